import Foundation
import GongkaiModel
import Testing

@Suite struct ClassificationTests {
    @Test func levelsAndParentsComeFromTheCodeLengths() {
        #expect(Classification.function.level(of: "201") == 1)
        #expect(Classification.function.level(of: "20129") == 2)
        #expect(Classification.function.level(of: "2012901") == 3)
        #expect(Classification.function.parent(of: "2012901") == "20129")
        #expect(Classification.function.parent(of: "20129") == "201")
        #expect(Classification.function.parent(of: "201") == nil)
        #expect(Classification.economic.level(of: "30101") == 2)
        #expect(Classification.economic.level(of: "3010101") == nil)
        #expect(Classification.function.level(of: "20A29") == nil)
        #expect(Classification.function.level(of: "2012") == nil)
    }
}

@Suite struct CodeListTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("codes-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func readsAWellFormedList() throws {
        let path = try write("code,name,level,parent\n201,一般公共服务支出,1,\n20129,群众团体事务,2,201\n2012906,工会事务,3,20129\n")
        let list = try CodeList(contentsOf: path, classification: .function, year: 2023)
        #expect(list.entries.map(\.code) == ["201", "20129", "2012906"])
        #expect(list.entry("2012906")?.name == "工会事务")
        #expect(list.entry("2012906")?.parent == "20129")
        #expect(list.topLevel.map(\.code) == ["201"])
    }

    @Test(arguments: [
        ("code,name\n201,x\n", 1, "header"),
        ("code,name,level,parent\n201,一般公共服务支出,2,\n", 2, "level"),
        ("code,name,level,parent\n201,一般公共服务支出,1,\n2012906,工会事务,3,20129\n", 3, "not listed before"),
        ("code,name,level,parent\n201,一般公共服务支出,1,\n201,重复,1,\n", 3, "twice"),
        ("code,name,level,parent\n201,一般公共服务支出,1,\n20129,群众团体事务,2,202\n", 3, "parent"),
        ("code,name,level,parent\n2O1,一般公共服务支出,1,\n", 2, "not a 支出功能分类 code"),
    ])
    func refusesABadListNamingItsLine(text: String, line: Int, words: String) throws {
        let path = try write(text)
        do {
            _ = try CodeList(contentsOf: path, classification: .function, year: 2023)
            Issue.record("a bad list was accepted: \(text)")
        } catch let error as DataError {
            #expect(error.location?.line == line, "\(error)")
            #expect(error.description.contains(words), "\(error)")
            #expect(error.description.contains(path))
        }
    }
}

@Suite struct ClassifiedTreeTests {
    static let codes = CodeList(classification: .function, year: 2023, entries: [
        CodeEntry(code: "201", name: "一般公共服务支出", level: 1, parent: nil),
        CodeEntry(code: "20129", name: "群众团体事务", level: 2, parent: "201"),
        CodeEntry(code: "2012901", name: "行政运行", level: 3, parent: "20129"),
        CodeEntry(code: "2012906", name: "工会事务", level: 3, parent: "20129"),
        CodeEntry(code: "221", name: "住房保障支出", level: 1, parent: nil),
        CodeEntry(code: "22102", name: "住房改革支出", level: 2, parent: "221"),
        CodeEntry(code: "2210201", name: "住房公积金", level: 3, parent: "22102"),
    ])

    func line(_ code: String, _ source: FundSource = .generalBudget, personnel: Decimal? = nil, public p: Decimal? = nil,
              project: Decimal? = nil, previous: Decimal? = nil) -> BudgetLine {
        var amounts: [ExpenditureKind: Decimal] = [:]
        amounts[.personnel] = personnel
        amounts[.publicUse] = p
        amounts[.project] = project
        return BudgetLine(code: code, source: source, amounts: amounts, previous: previous, fieldPath: "budget_tables.function[\(code)]")
    }

    @Test func parentsAreComputedFromTheLeavesAndComeFirst() throws {
        let tree = try ClassifiedTree(.function, lines: [
            line("2012901", personnel: 60, public: 8.15),
            line("2012906", project: 183.14),
            line("2210201", personnel: 6.35),
            line("2012906", .governmentFund, project: 10),
        ], codes: Self.codes, file: "t.yaml")
        #expect(tree.rows.map(\.code) == ["201", "20129", "2012901", "2012906", "221", "22102", "2210201"])
        #expect(tree.rows.map(\.level) == [1, 2, 3, 3, 1, 2, 3])
        #expect(tree.rows[0].name == "一般公共服务支出")
        #expect(tree.rows[0].sum(.all) == Decimal(string: "261.29"))
        #expect(tree.rows[0].sum(LineFilter(sources: [.generalBudget])) == Decimal(string: "251.29"))
        #expect(tree.rows[1].sum(LineFilter(kinds: [.personnel, .publicUse])) == Decimal(string: "68.15"))
        #expect(tree.total(LineFilter(kinds: [.personnel])) == Decimal(string: "66.35"))
        #expect(tree.total(LineFilter(sources: [.governmentFund], kinds: [.project])) == 10)
        #expect(tree.mismatches.isEmpty)
        // Only codes with money of a source appear in a table of that source.
        #expect(tree.rows(matching: LineFilter(sources: [.governmentFund])).map(\.code) == ["201", "20129", "2012906"])
        #expect(tree.rows(matching: LineFilter(sources: [.stateCapital])).isEmpty)
    }

    @Test func aStatedSubtotalIsCheckedNotAddedAgain() throws {
        let lines = [
            line("201", personnel: 60, project: 183.14),
            line("20129", personnel: 60, project: 183.14),
            line("2012901", personnel: 60),
            line("2012906", project: 180),
        ]
        let tree = try ClassifiedTree(.function, lines: lines, codes: Self.codes, file: "t.yaml")
        #expect(tree.total(.all) == 240)
        let mismatched = tree.mismatches.map { "\($0.line.code) \($0.key?.kind.rawValue ?? "previous") \($0.stated) \($0.computed)" }
        #expect(mismatched == ["201 project 183.14 180", "20129 project 183.14 180"])
    }

    @Test func lastYearsTotalsAddUpToo() throws {
        let tree = try ClassifiedTree(.function, lines: [
            line("20129", personnel: 70, previous: 50),
            line("2012901", personnel: 70, previous: 45),
        ], codes: Self.codes, file: "t.yaml")
        #expect(tree.rows[0].sum(LineFilter(previousYear: true)) == 45)
        #expect(tree.mismatches.count == 1)
        #expect(tree.mismatches.first?.key == nil)
    }

    @Test func aCodeNeitherListedNorNamedIsAnError() throws {
        #expect(throws: DataError.self) {
            try ClassifiedTree(.function, lines: [self.line("2012977", project: 1)], codes: Self.codes, file: "t.yaml")
        }
        var named = line("2012977", project: 1)
        named.name = "其他工会事务"
        let tree = try ClassifiedTree(.function, lines: [named], codes: Self.codes, file: "t.yaml")
        #expect(tree.rows.last?.name == "其他工会事务")
    }

    @Test func anImpliedCodeNeitherListedNorNamedIsReportedAtTheFirstLineBelowIt() throws {
        let lines = ["2080101", "2080102", "2080201", "2080202", "2080301", "2080302"].map { line($0, project: 1) }
        let error = try #require(throws: DataError.self) {
            try ClassifiedTree(.function, lines: lines, codes: Self.codes, file: "t.yaml")
        }
        #expect(error.fieldPath == "budget_tables.function[2080101]")
    }

    @Test func aCodeAndSourceGivenTwiceIsAnError() {
        #expect(throws: DataError.self) {
            try ClassifiedTree(.function, lines: [self.line("2012901", personnel: 1), self.line("2012901", personnel: 2)],
                               codes: Self.codes, file: "t.yaml")
        }
    }
}
