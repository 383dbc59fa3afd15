import Foundation
import GongkaiModel
import Testing

/// docs/data-format.md: `income.total`, `expenditure.basic.total` and `expenditure.total` are optional,
/// "computed as the sum; if given, it is checked". A stated total that disagrees with its parts must be
/// reported, not printed.
@Suite("Stated totals")
struct StatedTotalTests {
    @Test func consistentStatedTotalsLoad() throws {
        let yaml = try Fixture.minimal(replacing: "    other: 0\n", with: "    other: 0\n    total: 100.50\n")
            .replacingOccurrences(of: "      public: 10.5\n", with: "      public: 10.5\n      total: 70.5\n")
            .replacingOccurrences(of: "    project: 30\n", with: "    project: 30\n    total: \"100.5\"\n")
        let budget = try Fixture.load(yaml).budget
        #expect(budget.income?.total == decimal("100.5"))
        #expect(budget.expenditure.basic.total == decimal("70.5"))
        #expect(budget.expenditure.total == decimal("100.5"))
    }

    /// A disagreeing total still loads (a real document must still render), and validation reports it
    /// as an error at the total's line, with both figures.
    @Test(arguments: [
        ("    other: 0\n", "    other: 0\n    total: 999\n", "budget.income.total", "999"),
        ("      public: 10.5\n", "      public: 10.5\n      total: 71\n", "budget.expenditure.basic.total", "71"),
        ("    project: 30\n", "    project: 30\n    total: 100\n", "budget.expenditure.total", "100"),
    ])
    func statedTotalThatDisagreesWithItsPartsIsAFinding(old: String, new: String, path: String, stated: String) throws {
        let yaml = try Fixture.minimal(replacing: old, with: new)
        let disclosure = try Fixture.load(yaml)
        let findings = DisclosureValidator.findings(for: disclosure).filter { $0.fieldPath == path && $0.severity == .error }
        let finding = try #require(findings.first, "no finding for \(path)")
        #expect(finding.location?.line == (try Fixture.line(of: new.components(separatedBy: "\n")[1], in: yaml)))
        #expect(finding.message.contains(stated))
    }

    @Test func consistentTotalsGiveNoFinding() throws {
        let yaml = try Fixture.minimal(replacing: "    other: 0\n", with: "    other: 0\n    total: 100.50\n")
        #expect(DisclosureValidator.findings(for: try Fixture.load(yaml)).filter { $0.severity == .error }.isEmpty)
    }

    /// The seed's matrix budgets (25 + 7.376 + 96.6 + 82.44 = 211.416) do not match 项目支出 183.14.
    @Test func theSamplesMatrixBudgetMismatchIsFound() throws {
        let sample = try DisclosureLoader.load(contentsOf: Fixture.samplePath)
        let findings = DisclosureValidator.findings(for: sample)
        #expect(findings.map(\.rule) == ["matrix-budget"])
        let finding = try #require(findings.first)
        #expect(finding.fieldPath == "performance.matrix")
        #expect(finding.message.contains("211.416") && finding.message.contains("183.14"))
        #expect(finding.location?.line != nil)
    }
}
