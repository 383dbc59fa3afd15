import Foundation
import GongkaiModel
import Testing

/// Each validation rule with a failing fixture (one small change to the minimal document) and the
/// passing one it is derived from.
@Suite("Validation rules")
struct ValidationRuleTests {
    /// The minimal document with its matrix budget equal to 项目支出, so that it is clean.
    static func clean() throws -> String {
        try Fixture.minimal(replacing: "          budget: 5\n", with: "          budget: 30\n")
    }

    func findings(_ yaml: String) throws -> [Finding] {
        DisclosureValidator.findings(for: try Fixture.load(yaml))
    }

    func findings(replacing old: String, with new: String) throws -> [Finding] {
        let base = try Self.clean()
        #expect(base.contains(old), "fixture lacks \(old)")
        return try findings(base.replacingOccurrences(of: old, with: new))
    }

    @Test func theCleanFixtureHasNoFinding() throws {
        #expect(try findings(Self.clean()).isEmpty)
    }

    @Test func incomeAndExpenditureMustBalance() throws {
        let found = try findings(replacing: "    general_budget: 100.5", with: "    general_budget: 99")
        #expect(found.map(\.rule) == ["balance"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("99") == true && found.first?.message.contains("100.5") == true)
    }

    @Test func matrixBudgetsAgainstProjectExpenditure() throws {
        let found = try findings(Fixture.minimal)  // budget 5 against 项目支出 30
        #expect(found.map(\.rule) == ["matrix-budget"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.fieldPath == "performance.matrix")
        #expect(found.first?.location?.line != nil)
    }

    @Test func operatingCostsCannotExceedPublicExpenditure() throws {
        let found = try findings(replacing: "  amount: 10.5\n  purpose", with: "  amount: 11\n  purpose")
        #expect(found.map(\.rule) == ["operating-costs"])
        #expect(found.first?.fieldPath == "operating_costs.amount")
    }

    @Test func vehiclesBoughtWithoutAPurchaseAmount() throws {
        let found = try findings(replacing: "    purchased: 0", with: "    purchased: 1")
        #expect(found.map(\.rule) == ["vehicle-purchase"])
        #expect(found.first?.severity == .warning)
    }

    @Test func vehicleRunningCostsWithoutAVehicle() throws {
        let yaml = try Self.clean().replacingOccurrences(
            of: "  current:\n    trips_abroad: 0\n    vehicles:\n      purchase: 0\n      operation: 0",
            with: "  current:\n    trips_abroad: 0\n    vehicles:\n      purchase: 0\n      operation: 0.5")
        #expect(try findings(yaml).map(\.rule) == ["vehicle-operation"])
    }

    @Test func tripsAbroadWithoutATrip() throws {
        let yaml = try Self.clean().replacingOccurrences(
            of: "  current:\n    trips_abroad: 0", with: "  current:\n    trips_abroad: 0.3")
        #expect(try findings(yaml).map(\.rule) == ["trips-abroad"])
    }

    @Test func negativeAmountsAreErrors() throws {
        let found = try findings(replacing: "    reception: 0.2", with: "    reception: -0.2")
        #expect(found.map(\.rule) == ["negative-amount"])
        #expect(found.first?.fieldPath == "three_public.previous.reception")
        #expect(found.first?.severity == .error)
    }

    @Test func emptySectionsAreReported() throws {
        let noGlossary = try findings(replacing: "glossary:\n  - term: \"名词\"\n    definition: \"解释。\"", with: "glossary: []")
        #expect(noGlossary.map(\.rule) == ["missing-section"])
        #expect(noGlossary.first?.severity == .warning)
        let noMatters = try findings(replacing: "other_matters: \"无。\"", with: "other_matters: \"\"")
        #expect(noMatters.map(\.rule) == ["missing-section"])
        #expect(noMatters.first?.severity == .error)
    }

    @Test(arguments: ["概述XX。", "概述××。", "待填写", "见附件（略）"])
    func leftoverPlaceholdersAreErrors(text: String) throws {
        let found = try findings(replacing: "  overview: \"概述。\"", with: "  overview: \"\(text)\"")
        #expect(found.map(\.rule) == ["placeholder"])
        #expect(found.first?.fieldPath == "budget_notes.overview")
        #expect(found.first?.location?.line == (try Fixture.line(of: "  overview:", in: try Self.clean())))
    }

    @Test func yearsOtherThanTheBudgetYearAndTheOneBeforeAreReported() throws {
        let stale = try findings(replacing: "  duty_goals_intro: \"说明如下：\"", with: "  duty_goals_intro: \"根据 2021 年度规划，说明如下：\"")
        #expect(stale.map(\.rule) == ["year-label"])
        #expect(stale.first?.message.contains("2021") == true)
        // The budget year (2024) and the year before (2023) are fine; so is a number that is not a year.
        let fine = try findings(replacing: "  duty_goals_intro: \"说明如下：\"", with: "  duty_goals_intro: \"2024年与2023 年对比，共2021人。\"")
        #expect(fine.isEmpty)
    }

    @Test func onlyYearsThatLabelABudgetAreReported() throws {
        let labels = try findings(
            replacing: "  duty_goals_intro: \"说明如下：\"", with: "  duty_goals_intro: \"2021年预算、2020年“三公”经费，说明如下：\"")
        #expect(labels.filter { $0.rule == "year-label" }.count == 2)
        // An edition, a date and a founding year are not budget labels.
        let others = try findings(
            replacing: "  duty_goals_intro: \"说明如下：\"",
            with: "  duty_goals_intro: \"依据《课程标准（2022年版）》，单位成立于2015年，2019年12月31日前完成，说明如下：\"")
        #expect(others.isEmpty, "\(others)")
    }
}
