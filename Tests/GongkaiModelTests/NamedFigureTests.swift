import Foundation
import GongkaiModel
import Testing

/// A classified line's named figures (`figures: {initial_budget: …}`): totals beside the line's amounts that
/// a layout's filter picks (`where: {figure: …}`), summed up the tree and checked like stated subtotals.
@Suite struct NamedFigureTests {
    /// The sample with `yaml` as its function lines.
    static func lines(_ yaml: String) throws -> [BudgetLine] {
        let sample = try String(contentsOfFile: Fixture.samplePath, encoding: .utf8)
        let head = sample.components(separatedBy: "\nbudget_tables:")[0]
        let file = head + "\nother_matters: \"x\"\nbudget_tables:\n  function:\n" + yaml
        let disclosure = try DisclosureLoader.load(yaml: file, file: "lines.yaml")
        return try #require(disclosure.budgetTables).function
    }

    @Test func figuresAreReadSummedUpTheTreeAndFiltered() throws {
        let lines = try Self.lines("""
                - {code: "2012601", personnel: 10, figures: {initial_budget: 9, income: 11}}
                - {code: "2012604", project: 5, figures: {initial_budget: 6}}
                - {code: "2012604", source: other, project: 1, figures: {initial_budget: 2}}
            """)
        #expect(lines[0].figures == ["initial_budget": 9, "income": 11])
        let tree = try ClassifiedTree(.function, lines: lines, codes: nil, file: "lines.yaml", requireNames: false)
        #expect(tree.total(LineFilter(figure: "initial_budget")) == 17)
        #expect(tree.total(LineFilter(sources: [.generalBudget], figure: "initial_budget")) == 15)
        #expect(tree.total(LineFilter(figure: "income")) == 11)
        #expect(tree.total(.all) == 16)
        let parent = try #require(tree.rows.first { $0.code == "20126" })
        #expect(parent.sum(LineFilter(figure: "initial_budget")) == 17)
        // Only rows with the figure match a filter for it.
        #expect(tree.rows(matching: LineFilter(figure: "income")).map(\.code) == ["201", "20126", "2012601"])
    }

    @Test func aStatedSubtotalOfAFigureIsCheckedAgainstItsChildren() throws {
        let lines = try Self.lines("""
                - {code: "20126", personnel: 10, figures: {initial_budget: 8}}
                - {code: "2012601", personnel: 10, figures: {initial_budget: 9}}
            """)
        let tree = try ClassifiedTree(.function, lines: lines, codes: nil, file: "lines.yaml", requireNames: false)
        let mismatch = try #require(tree.mismatches.first)
        #expect(mismatch.figure == "initial_budget")
        #expect(mismatch.stated == 8 && mismatch.computed == 9)
    }

    @Test func aFigureThatIsNotAnAmountIsAnErrorNamingIt() throws {
        let error = try #require(throws: DataError.self) {
            try Self.lines("    - {code: \"2012601\", personnel: 10, figures: {initial_budget: 九}}")
        }
        #expect(error.fieldPath == "budget_tables.function[0].figures.initial_budget")
    }
}
