import Foundation
import GongkaiModel
import Testing

/// The standard tables' rules: stated subtotals, text against tables, economic against function.
@Suite struct StandardTableRuleTests {
    static let codeLists = CodeListLibrary(lists: [
        CodeLists(
            year: 2024,
            function: CodeList(classification: .function, year: 2024, entries: [
                CodeEntry(code: "201", name: "一般公共服务支出", level: 1, parent: nil),
                CodeEntry(code: "20129", name: "群众团体事务", level: 2, parent: "201"),
                CodeEntry(code: "2012901", name: "行政运行", level: 3, parent: "20129"),
                CodeEntry(code: "2012906", name: "工会事务", level: 3, parent: "20129"),
            ]),
            economic: CodeList(classification: .economic, year: 2024, entries: [
                CodeEntry(code: "301", name: "工资福利支出", level: 1, parent: nil),
                CodeEntry(code: "30101", name: "基本工资", level: 2, parent: "301"),
                CodeEntry(code: "302", name: "商品和服务支出", level: 1, parent: nil),
                CodeEntry(code: "30201", name: "办公费", level: 2, parent: "302"),
            ]))
    ])

    /// Lines consistent with the minimal fixture: 人员 60, 公用 10.5, 项目 30.
    static let tables = """
        budget_tables:
          function:
            - {code: "201", personnel: 60, public: 10.5, project: 30}
            - {code: "20129", personnel: 60, public: 10.5, project: 30}
            - {code: "2012901", personnel: 60, public: 10.5}
            - {code: "2012906", project: 30}
          economic:
            - {code: "30101", personnel: 60}
            - {code: "30201", public: 10.5}
        other_matters:
        """

    func findings(_ change: (String) -> String = { $0 }, lists: CodeListLibrary? = codeLists) throws -> [Finding] {
        let base = try ValidationRuleTests.clean().replacingOccurrences(of: "other_matters:", with: Self.tables)
        return DisclosureValidator.findings(for: try Fixture.load(change(base)), codeLists: lists)
    }

    @Test func consistentTablesHaveNoFinding() throws {
        #expect(try findings().isEmpty)
    }

    @Test func changingALeafShowsItsParentsFindings() throws {
        let found = try findings { $0.replacingOccurrences(of: #"{code: "2012906", project: 30}"#, with: #"{code: "2012906", project: 25}"#) }
        let subtotals = found.filter { $0.rule == "subtotal" }
        #expect(subtotals.map(\.fieldPath) == ["budget_tables.function[0].project", "budget_tables.function[1].project"])
        #expect(subtotals.allSatisfy { $0.severity == .error && $0.location?.line != nil })
        #expect(subtotals.last?.message.contains("20129 群众团体事务") == true)
        #expect(subtotals.last?.message.contains("30") == true && subtotals.last?.message.contains("25") == true)
        // The text's 项目支出 no longer matches the tables either.
        #expect(found.contains { $0.rule == "text-table" && $0.fieldPath == "budget.expenditure.project" })
    }

    @Test func economicAndFunctionClassificationMustAgree() throws {
        let found = try findings { $0.replacingOccurrences(of: #"{code: "30201", public: 10.5}"#, with: #"{code: "30201", public: 9.5}"#) }
        #expect(found.map(\.rule) == ["cross-table"])
        #expect(found.first?.message.contains("公用经费") == true)
    }

    @Test func aRowsStatedTotalsMustEqualTheirParts() throws {
        let found = try findings {
            $0.replacingOccurrences(
                of: #"{code: "2012901", personnel: 60, public: 10.5}"#,
                with: #"{code: "2012901", personnel: 60, public: 10.5, basic: 70.5, total: 71}"#)
        }
        #expect(found.map(\.rule) == ["column-identity"])
        #expect(found.first?.fieldPath == "budget_tables.function[2].total")
        #expect(found.first?.message.contains("71") == true && found.first?.message.contains("70.5") == true)
    }

    @Test func aCodeOutsideTheListIsReportedWithItsLine() throws {
        let found = try findings { $0.replacingOccurrences(of: #"{code: "2012906", project: 30}"#, with: #"{code: "2012977", project: 30}"#) }
        let classification = try #require(found.first { $0.rule == "classification" })
        #expect(classification.message.contains("2012977"))
        #expect(classification.location?.line != nil)
    }

    @Test func aMissingYearOfCodeListsIsReported() throws {
        let found = try findings(lists: CodeListLibrary(lists: [], directory: "/nowhere"))
        #expect(found.contains { $0.rule == "code-list" && $0.message.contains("2024") })
    }

    @Test func badLinesAreRefusedWhenRead() throws {
        let base = try ValidationRuleTests.clean().replacingOccurrences(of: "other_matters:", with: Self.tables)
        for (old, new, words) in [
            (#"{code: "30101", personnel: 60}"#, #"{code: "3010", personnel: 60}"#, "支出经济分类"),
            (#"{code: "30101", personnel: 60}"#, #"{code: "30101", personnel: 60, source: budget}"#, "fund source"),
            (#"{code: "30101", personnel: 60}"#, #"{code: "30101"}"#, "at least one"),
        ] {
            let error = try Fixture.error(loading: base.replacingOccurrences(of: old, with: new))
            #expect(error.description.contains(words), "\(error)")
            #expect(error.location?.line != nil)
        }
    }
}
