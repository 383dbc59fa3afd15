import Foundation
import GongkaiDocument
import GongkaiLayout
import GongkaiModel
import Testing

/// The department-budget layout's standard tables, composed from the sample's classified lines.
@Suite struct StandardTableTests {
    func tables() throws -> [String: Table] {
        let document = try DocumentComposer(layout: LayoutFixtures.layout()).compose(LayoutFixtures.sample())
        var tables: [String: Table] = [:]
        for case .table(let table) in document.blocks { tables[table.name] = table }
        return tables
    }

    func texts(_ row: [TableCell]) -> [String] { row.map(\.text) }

    @Test func everyStandardTableKeepsAMillimetreAroundItsTextAndBreaksHeadersBetweenWords() throws {
        let tables = try tables()
        let names = [
            "budget_summary", "income_by_source", "expenditure_summary", "appropriation_summary",
            "general_budget_expenditure", "general_budget_basic", "three_public_expenditure",
            "government_fund_expenditure", "state_capital_expenditure",
        ]
        for name in names {
            let table = try #require(tables[name], "no table \(name)")
            #expect(table.style.padding >= 2.83, "\(name): padding \(table.style.padding) pt")
            #expect(table.style.headerWords == .budgetTerms, "\(name)")
        }
    }

    @Test func theExpenditureSummaryComputesParentsAndIndentsNames() throws {
        let table = try #require(try tables()["expenditure_summary"])
        #expect(texts(table.headerRows[0]) == ["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
        #expect(texts(table.bodyRows[0]) == ["合　　计", "273.87", "90.73", "183.14"])
        #expect(table.bodyRows[0][0].colSpan == 2)
        #expect(texts(table.bodyRows[1]) == ["201", "一般公共服务支出", "253.42", "70.28", "183.14"])
        #expect(texts(table.bodyRows[2]) == ["20129", "群众团体事务", "253.42", "70.28", "183.14"])
        #expect(texts(table.bodyRows[4]) == ["2012906", "工会事务", "183.14", "0.00", "183.14"])
        // Names step in by one character per level below 类.
        #expect(table.bodyRows.dropFirst().prefix(3).map { $0[1].indent } == [0, 10.5, 21])
        #expect(table.bodyRows.count == 1 + 14)
    }

    @Test func theGeneralBudgetTableHasATwoLevelHeader() throws {
        let table = try #require(try tables()["general_budget_expenditure"])
        #expect(texts(table.headerRows[0]) == ["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
        #expect(table.headerRows[0].map(\.rowSpan) == [2, 2, 2, 1, 2])
        #expect(table.headerRows[0][3].colSpan == 3)
        #expect(texts(table.headerRows[1]) == ["小计", "人员经费", "公用经费"])
        #expect(texts(table.bodyRows[0]) == ["合　　计", "273.87", "90.73", "82.58", "8.15", "183.14"])
    }

    @Test func theBasicTableIsByEconomicClassification() throws {
        let table = try #require(try tables()["general_budget_basic"])
        #expect(texts(table.bodyRows[0]) == ["合　　计", "90.73", "82.58", "8.15"])
        #expect(texts(table.bodyRows[1]) == ["301", "工资福利支出", "80.48", "80.48", "0.00"])
        #expect(table.bodyRows.map { $0[0].text }.contains("30217"))
    }

    @Test func theBudgetSummaryPairsIncomeAndExpenditure() throws {
        let table = try #require(try tables()["budget_summary"])
        #expect(texts(table.headerRows[0]) == ["收　　入", "支　　出"])
        #expect(texts(table.headerRows[1]) == ["项　　目", "预算数", "项　　目", "预算数"])
        #expect(texts(table.bodyRows[0]) == ["一、一般公共预算拨款收入", "273.87", "一、一般公共服务支出", "253.42"])
        // Every 类 of the 2023 list, income rows padded below their five.
        #expect(texts(table.bodyRows[5]).prefix(2) == ["", ""])
        #expect(table.bodyRows.contains { $0[2].text == "二十三、其他支出" })
        #expect(texts(table.bodyRows.last ?? []) == ["收入总计", "273.87", "支出总计", "273.87"])
        #expect(texts(table.bodyRows[table.bodyRows.count - 2]) == ["上年结转", "0.00", "结转下年", "0.00"])
    }

    @Test func aClassTheListLacksFollowsTheListedOnes() throws {
        var sample = try LayoutFixtures.sample()
        sample.budgetTables?.function += [
            BudgetLine(code: "233", name: "债务发行费用支出", amounts: [.project: 0]),
            BudgetLine(code: "230", name: "转移性支出", amounts: [.project: 0]),
        ]
        let document = try DocumentComposer(layout: LayoutFixtures.layout()).compose(sample)
        var labels: [String] = []
        for case .table(let table) in document.blocks where table.name == "budget_summary" {
            labels = table.bodyRows.map { $0[2].text }.filter { !$0.isEmpty }
        }
        let tail = labels.drop { $0 != "二十三、其他支出" }.prefix(3)
        #expect(Array(tail) == ["二十三、其他支出", "二十四、转移性支出", "二十五、债务发行费用支出"])
    }

    @Test func theThreePublicTableComesFromTheFigures() throws {
        let table = try #require(try tables()["three_public_expenditure"])
        #expect(texts(table.headerRows[0]) == ["项　　目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"])
        #expect(texts(table.bodyRows[0]) == ["2022年预算数", "0.09", "0.00", "0.00", "0.00", "0.00", "0.09"])
        #expect(texts(table.bodyRows[1]) == ["2023年预算数", "0.10", "0.00", "0.00", "0.00", "0.00", "0.10"])
    }

    @Test func anEmptyTableIsPrintedWithItsNote() throws {
        let document = try DocumentComposer(layout: LayoutFixtures.layout()).compose(LayoutFixtures.sample())
        let blocks = document.blocks
        let index = try #require(blocks.firstIndex { if case .table(let t) = $0 { t.name == "government_fund_expenditure" } else { false } })
        guard case .table(let table) = blocks[index], case .paragraph(let note) = blocks[index + 1] else {
            Issue.record("the 政府性基金 table is not followed by its note")
            return
        }
        #expect(table.bodyRows.map(texts) == [["合　　计", "0.00", "0.00", "0.00", "0.00", "0.00"]])
        #expect(note.plainText == "注：承德高新技术产业开发区总工会2023年没有使用政府性基金预算拨款安排的支出，故本表无数据。")
    }

    @Test func wideTablesAreSetAcrossPortraitPages() throws {
        let layout = try LayoutFixtures.layout()
        let document = try DocumentComposer(layout: layout).compose(LayoutFixtures.sample())
        var landscape = false
        var orientation: [String: Bool] = [:]
        for block in document.blocks {
            switch block {
            case .pageSetup(let geometry):
                // The sheet stays A4 portrait; only the content turns.
                #expect(geometry.width < geometry.height)
                landscape = geometry.orientation == .turned
            case .table(let table): orientation[table.name] = landscape
            default: break
            }
        }
        #expect(orientation.filter(\.value).keys.sorted() == [
            "appropriation_summary", "general_budget_expenditure", "government_fund_expenditure", "income_by_source",
            "state_capital_expenditure",
        ])
        #expect(orientation["budget_summary"] == false && orientation["performance_matrix"] == false)
    }

    /// The nine national tables are printed by default: 表九 too, empty with its note.
    @Test func theStateCapitalTablePrintsEmptyWithItsNote() throws {
        let layout = try LayoutFixtures.layout()
        let document = try DocumentComposer(layout: layout).compose(LayoutFixtures.sample())
        let paragraphs = LayoutFixtures.paragraphs(document)
        #expect(paragraphs.contains("表九　2023年国有资本经营预算支出表"))
        #expect(paragraphs.last == "注：承德高新技术产业开发区总工会2023年没有使用国有资本经营预算拨款安排的支出，故本表无数据。")
    }

    @Test func withoutCodeListsTheLayoutSaysWhatIsMissing() throws {
        var layout = try LayoutFixtures.layout()
        layout.codeLists = nil
        #expect(throws: LayoutError.self) { try DocumentComposer(layout: layout).compose(LayoutFixtures.sample()) }
        layout.codeLists = CodeListLibrary(lists: [], directory: "/nowhere")
        do {
            _ = try DocumentComposer(layout: layout).compose(LayoutFixtures.sample())
            Issue.record("composed without a 2023 code list")
        } catch let error as LayoutError {
            #expect(error.message.contains("no code lists for 2023"))
        }
    }
}

@Suite struct CodeListLocationTests {
    /// `code_lists` is relative to the layout file, however the layout's own path was written.
    @Test func aLayoutGivenByARelativePathFindsItsCodeLists() throws {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.pathComponents
        let target = URL(fileURLWithPath: LayoutFixtures.layoutPath).standardizedFileURL.pathComponents
        let common = zip(here, target).prefix { $0 == $1 }.count
        let relative = (Array(repeating: "..", count: here.count - common) + target.dropFirst(common)).joined(separator: "/")
        let layout = try LayoutLoader.load(from: relative)
        let lists = try #require(layout.codeLists)
        #expect(lists.directory == LayoutFixtures.root.appendingPathComponent("Classifications").standardizedFileURL.path)
        #expect(lists.lists(for: 2023)?.function.entry("2012906")?.name == "工会事务")
        #expect(lists.lists(for: 2024)?.economic.entry("30217")?.name == "公务接待费")
    }
}
