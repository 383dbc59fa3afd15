import Foundation
import GongkaiMessages
import GongkaiModel
import Testing

/// Messages are put into words in the user's language: the locale decides, a field is named by its key and,
/// in Chinese, by the label a reader knows; each kind of message reads in both languages.
@Suite struct MessageLanguageTests {
    @Test func theLocaleDecidesInPOSIXOrder() {
        #expect(Language(environment: [:]) == .english)
        #expect(Language(environment: ["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(Language(environment: ["LANG": "C"]) == .english)
        #expect(Language(environment: ["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .english)
        #expect(Language(environment: ["LANG": "C", "LC_MESSAGES": "zh_TW.UTF-8"]) == .chinese)
        #expect(Language(environment: ["LC_ALL": "zh_CN.GB18030", "LC_MESSAGES": "C", "LANG": "C"]) == .chinese)
        // An empty variable is not set.
        #expect(Language(environment: ["LC_ALL": "", "LANG": "zh_CN.UTF-8"]) == .chinese)
    }

    @Test func fieldsHaveTheLabelsAReaderKnows() {
        #expect(FieldLabels.named("budget.income.general_budget", in: .chinese) == "budget.income.general_budget（一般公共预算收入）")
        #expect(FieldLabels.named("budget.income.general_budget", in: .english) == "budget.income.general_budget")
        #expect(FieldLabels.label(of: "previous_budget.expenditure.project") == "上年项目支出")
        #expect(FieldLabels.label(of: "three_public.current.vehicles.purchase") == "本年公务用车购置费")
        #expect(FieldLabels.label(of: "performance.matrix[2].activities[0].indicators[1].name") == "绩效指标")
        #expect(FieldLabels.label(of: "no.such.field") == nil)
    }

    @Test func anErrorReadsInBothLanguages() throws {
        let yaml = Fixture.minimal.replacingOccurrences(of: "general_budget: 100.5", with: "general_budget: 一百")
        let error = try #require(throws: DataError.self) { try Fixture.load(yaml) }
        let line = try #require(yaml.components(separatedBy: "\n").firstIndex { $0.contains("一百") }) + 1
        #expect(error.description(in: .english).hasPrefix("fixture.yaml:\(line):"))
        #expect(error.description(in: .english).hasSuffix(
            "budget.income.general_budget: expected an amount (e.g. 273.87 or \"16,745.59\"), found \"一百\""))
        #expect(error.description(in: .chinese).hasPrefix("fixture.yaml:\(line):"))
        #expect(error.description(in: .chinese).hasSuffix(
            "budget.income.general_budget（一般公共预算收入）: 应为金额（如 273.87 或 \"16,745.59\"），实为 \"一百\""))
        #expect(error.description == error.description(in: .english))
    }

    @Test func aMissingFieldReadsInBothLanguages() throws {
        let yaml = Fixture.minimal.replacingOccurrences(of: "    project: 30\n", with: "")
        let error = try #require(throws: DataError.self) { try Fixture.load(yaml) }
        #expect(error.description(in: .english).hasSuffix("budget.expenditure.project: missing required field `project`"))
        #expect(error.description(in: .chinese).hasSuffix("budget.expenditure.project（项目支出）: 缺少必填字段 `project`"))
    }

    @Test func findingsOfEachSeverityReadInBothLanguages() throws {
        let yaml = Fixture.minimal.replacingOccurrences(of: "general_budget: 100.5", with: "general_budget: 100.5\n    total: 120")
        let findings = DisclosureValidator.findings(for: try Fixture.load(yaml))
        let error = try #require(findings.first { $0.rule == "income-total" })
        #expect(error.description(in: .english).hasSuffix("error: budget.income.total: 120 is stated, but its sources make 100.5 [income-total]"))
        #expect(error.description(in: .chinese).hasSuffix("错误: budget.income.total（收入合计）: 填报 120，但各项收入合计为 100.5 [income-total]"))
        let warning = try #require(findings.first { $0.severity == .warning })
        #expect(warning.description(in: .english).contains("warning: "))
        #expect(warning.description(in: .chinese).contains("警告: "))
        #expect(warning.description(in: .chinese) != warning.description(in: .english))
    }

    @Test func aNumberStillToBeFilledReadsAsZeroAndIsReported() throws {
        let yaml = Fixture.minimal.replacingOccurrences(of: "general_budget: 100.5", with: "general_budget: \"待填写\"")
        let disclosure = try Fixture.load(yaml)
        #expect(disclosure.budget.income?.generalBudget == 0)
        let finding = try #require(DisclosureValidator.findings(for: disclosure).first { $0.rule == "placeholder" })
        #expect(finding.fieldPath == "budget.income.general_budget")
        #expect(finding.description(in: .chinese).contains("budget.income.general_budget（一般公共预算收入）: 含有占位符“待填写”"))
    }

    @Test func aJSONReportGivesTheLabelAndTheMessageInTheChosenLanguage() throws {
        let finding = Finding(
            severity: .error, rule: "placeholder", fieldPath: "other_matters", location: nil,
            text: LocalizedText("contains the placeholder", zh: "含有占位符"))
        let encoder = JSONEncoder()
        encoder.userInfo[.messageLanguage] = Language.chinese
        let json = String(decoding: try encoder.encode(finding), as: UTF8.self)
        #expect(json.contains("\"label\":\"其他需要说明的事项\"") && json.contains("\"message\":\"含有占位符\""), "\(json)")
        let english = String(decoding: try JSONEncoder().encode(finding), as: UTF8.self)
        #expect(english.contains("\"message\":\"contains the placeholder\""), "\(english)")
    }
}
