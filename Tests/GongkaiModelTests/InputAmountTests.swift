import Foundation
import GongkaiModel
import Testing

/// Amounts as written in a department file (docs/data-format.md, "Conventions").
@Suite("Amounts in the file")
struct InputAmountTests {
    /// The minimal fixture with `budget.income.other` written as `written`.
    private func income(other written: String) throws -> Income {
        let yaml = try Fixture.minimal(replacing: "    other: 0\n", with: "    other:\(written)\n")
        return try #require(try Fixture.load(yaml).budget.income)
    }

    @Test func stringWithThousandsSeparator() throws {
        let yaml = try Fixture.minimal(replacing: "general_budget: 100.5", with: #"general_budget: "16,745.59""#)
        let income = try #require(try Fixture.load(yaml).budget.income)
        #expect(income.generalBudget == decimal("16745.59"))
        #expect(income.total == decimal("16745.59"))
    }

    @Test func blankRequiredAmountIsZero() throws {
        let income = try income(other: "")
        #expect(income.other == 0)
        #expect(income.total == decimal("100.5"))
    }

    @Test func tildeRequiredAmountIsZero() throws {
        #expect(try income(other: " ~").other == 0)
    }

    @Test func dashIsZero() throws {
        #expect(try income(other: #" "-""#).other == 0)
        #expect(try income(other: #" "—""#).other == 0)
    }

    @Test func zeroWithDecimalsIsZero() throws {
        let income = try income(other: " 0.00")
        #expect(income.other == 0)
        #expect(income.other == decimal("0"))
        #expect(income.sumOfSources == decimal("100.5"))
    }

    @Test func quotedAndPlainNumbersAreTheSame() throws {
        #expect(try income(other: " 1.25").other == decimal("1.25"))
        #expect(try income(other: #" "1.25""#).other == decimal("1.25"))
        #expect(try income(other: " '1.25'").other == decimal("1.25"))
    }

    @Test func trailingZerosAreNotLostOrAdded() throws {
        // 7.376 must not become 7.3759999… or 7.38.
        let yaml = try Fixture.minimal(replacing: "          budget: 5", with: "          budget: 7.376")
        let budget = try Fixture.load(yaml).performance.matrix.first?.activities.first?.budget
        #expect(budget == decimal("7.376"))
    }

    @Test func sumOfParsedAmountsIsExact() throws {
        let yaml = try Fixture.minimal(replacing: "general_budget: 100.5", with: "general_budget: 0.1")
            .replacingOccurrences(of: "    other: 0\n", with: "    other: 0.2\n")
        let income = try #require(try Fixture.load(yaml).budget.income)
        #expect(income.generalBudget == decimal("0.1"))
        #expect(income.other == decimal("0.2"))
        #expect(income.generalBudget + income.other == decimal("0.3"))
        #expect(income.sumOfSources == decimal("0.3"))
        #expect(income.total == decimal("0.3"))
    }

    @Test func blankOptionalAmountStaysBlank() throws {
        let yaml = try Fixture.minimal(replacing: "      value: 1\n", with: "      value:\n")
        let row = try #require(try Fixture.load(yaml).assets.rows.first)
        #expect(row.value == nil)
    }

    @Test func blankStatedTotalIsComputed() throws {
        let yaml = try Fixture.minimal(replacing: "    other: 0\n", with: "    other: 0\n    total:\n")
        let income = try #require(try Fixture.load(yaml).budget.income)
        #expect(income.statedTotal == nil)
        #expect(income.total == decimal("100.5"))
    }

    @Test(arguments: ["\"1,23.4\"", "abc", "12.", "1.2.3", "\"16.745,59\"", "1e3"])
    func malformedAmountIsTheWrongType(written: String) throws {
        let yaml = try Fixture.minimal(replacing: "general_budget: 100.5", with: "general_budget: \(written)")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .wrongType)
        #expect(error.fieldPath == "budget.income.general_budget")
        #expect(error.location?.line == (try Fixture.line(of: "general_budget:", in: yaml)))
    }
}
