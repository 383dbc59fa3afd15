import Foundation
import GongkaiLayout
import GongkaiModel
import Testing

/// A layout's own rules and the built-in checks it waives, as `check` reports them (`Layout.findings`).
@Suite struct LayoutRuleTests {
    static func layout(rules: String) throws -> Layout {
        let yaml = LayoutFixtures.layoutYAML(content: #"  - paragraph: "x""#) + """

            fields:
              opening: {type: amount, label: 年初结转和结余}
              closing: {type: amount, label: 年末结转和结余}
              rate: {type: amount, label: 完成率, optional: true}
              items: {type: list, items: {type: record, fields: {amount: {type: amount}}}}
            \(rules)
            """
        return try LayoutLoader.load(yaml: yaml, file: "rules.yaml")
    }

    /// The sample (income 273.87 = expenditure 273.87) with its own `fields:`.
    static func sample(_ fields: String, otherMatters: String = "我部门无其他需要说明的事项。") throws -> Disclosure {
        let yaml = try String(contentsOfFile: LayoutFixtures.samplePath, encoding: .utf8)
            .replacingOccurrences(of: "我部门无其他需要说明的事项。", with: otherMatters) + "\nfields:\n" + fields
        return try DisclosureLoader.load(yaml: yaml, file: "dept.yaml")
    }

    static let carryOver = """
        rules:
          - {name: carry-over, about: "收入 + 年初 = 支出 + 年末", sum: [budget.income.total, fields.opening],
             equals: [budget.expenditure.total, fields.closing]}
        """

    @Test func aSumRuleThatHoldsFindsNothing() throws {
        let findings = try Self.layout(rules: Self.carryOver).findings(for: Self.sample("  opening: 5\n  closing: 5\n  items: []"))
        #expect(!findings.contains { $0.rule == "carry-over" })
    }

    @Test func aSumRuleThatFailsNamesItsFieldLineAndBothSums() throws {
        let findings = try Self.layout(rules: Self.carryOver).findings(for: Self.sample("  opening: 5\n  closing: 6\n  items: []"))
        let finding = try #require(findings.first { $0.rule == "carry-over" })
        #expect(finding.severity == .error)
        #expect(finding.fieldPath == "budget.income.total")
        #expect(finding.location?.line ?? 0 > 0)
        #expect(finding.message.contains("收入 + 年初 = 支出 + 年末"))
        #expect(finding.message.contains("278.87") && finding.message.contains("279.87"))
    }

    @Test func aRateRuleChecksTheStatedPercentage() throws {
        let rules = """
            rules:
              - {name: completion, rate: fields.rate, of: fields.closing, over: fields.opening}
            """
        let good = try Self.layout(rules: rules).findings(for: Self.sample("  opening: 3\n  closing: 2\n  rate: 66.67\n  items: []"))
        #expect(!good.contains { $0.rule == "completion" })
        let bad = try Self.layout(rules: rules).findings(for: Self.sample("  opening: 3\n  closing: 2\n  rate: 66.5\n  items: []"))
        let finding = try #require(bad.first { $0.rule == "completion" })
        #expect(finding.fieldPath == "fields.rate")
        #expect(finding.message.contains("66.67%"))
        // Left out, the rate is not checked.
        let absent = try Self.layout(rules: rules).findings(for: Self.sample("  opening: 3\n  closing: 2\n  items: []"))
        #expect(!absent.contains { $0.rule == "completion" })
    }

    @Test func termsAddUpClassifiedLinesAndListElements() throws {
        let rules = """
            rules:
              - {name: lines, sum: [{lines: function, where: {kind: project}}], equals: [fields.opening]}
              - {name: list, sum: [{sum_of: fields.items, field: amount}], equals: [fields.closing]}
            """
        // The sample's 项目支出 is 183.14.
        let fields = "  opening: 183.14\n  closing: 3\n  items: [{amount: 1}, {amount: 2.5}]"
        let findings = try Self.layout(rules: rules).findings(for: Self.sample(fields))
        #expect(!findings.contains { $0.rule == "lines" })
        let list = try #require(findings.first { $0.rule == "list" })
        #expect(list.message.contains("3.5"))
    }

    @Test func aWaivedCheckIsNotReportedAndOthersStill() throws {
        // Income above expenditure breaks the built-in balance check.
        var disclosure = try Self.sample("  opening: 0\n  closing: 0\n  items: []")
        disclosure.budget.income?.other = 10
        disclosure.budget.income?.statedTotal = nil
        let plain = try Self.layout(rules: "").findings(for: disclosure)
        #expect(plain.contains { $0.rule == "balance" })
        let waived = try Self.layout(rules: "waive: [balance, {rule: text-table, field: budget.income.other}]").findings(for: disclosure)
        #expect(!waived.contains { $0.rule == "balance" })
        #expect(!waived.contains { $0.rule == "text-table" && $0.fieldPath == "budget.income.other" })
    }

    @Test func aLayoutsYearLabelWordsMakeMoreYearsLabels() throws {
        let disclosure = try Self.sample("  opening: 0\n  closing: 0\n  items: []", otherMatters: "2019年决算已另行公开。")
        #expect(!(try Self.layout(rules: "").findings(for: disclosure)).contains { $0.rule == "year-label" })
        let findings = try Self.layout(rules: #"year_label_words: ["决算"]"#).findings(for: disclosure)
        let finding = try #require(findings.first { $0.rule == "year-label" })
        #expect(finding.fieldPath == "other_matters")
        #expect(finding.message.contains("2019年"))
    }

    @Test func aRuleNamingSomethingThatIsNotAnAmountIsALayoutError() throws {
        let error = try #require(throws: LayoutError.self) {
            try Self.layout(rules: "rules:\n  - {name: x, sum: [department.name], equals: [fields.opening]}")
        }
        #expect(error.message.contains("department.name"))
        let table = try #require(throws: LayoutError.self) { try Self.layout(rules: "rules:\n  - {name: x, balanced: nothing}") }
        #expect(table.message.contains("nothing"))
    }
}
