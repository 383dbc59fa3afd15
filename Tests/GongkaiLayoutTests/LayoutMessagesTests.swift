import Foundation
import GongkaiMessages
import GongkaiModel
import Testing

@testable import GongkaiLayout

/// The layout's catalogues (`LayoutMessages`, `LayoutCheckMessages`, `TemplateMessages`, `LayoutFindingMessages`):
/// one message of each kind, as the errors and findings that carry it put it into words in each language.
@Suite struct LayoutMessagesTests {
    /// A minimal layout whose `styles:` has `body` with `extra` added to it.
    static func layout(body extra: String = "", content: String = #"  - paragraph: "x""#) -> String {
        LayoutFixtures.layoutYAML(content: content).replacingOccurrences(
            of: "body: {font: serif, size: 16, line_height: 28}", with: "body: {font: serif, size: 16, line_height: 28\(extra)}")
    }

    @Test func aBrokenLayoutFileIsReportedInChineseWithItsFileLineAndSetting() throws {
        let error = try #require(throws: DataError.self) {
            try LayoutLoader.load(yaml: Self.layout(body: ", align: middle"), file: "broken.yaml")
        }
        let line = try #require(error.location?.line)
        let chinese = error.description(in: .chinese)
        #expect(chinese.hasPrefix("broken.yaml:\(line):"))
        #expect(chinese.contains("styles.body.align"))
        #expect(chinese.contains("应为 left、center、right 或 justified（两端对齐）"))
        #expect(!chinese.contains("expected"))
        let english = error.description(in: .english)
        #expect(english.hasPrefix("broken.yaml:\(line):"))
        #expect(english.hasSuffix("expected left, center, right or justified"))
    }

    @Test func aStyleTheLayoutDoesNotHaveIsNamedInBothLanguages() throws {
        let error = try #require(throws: DataError.self) {
            try LayoutLoader.load(yaml: Self.layout(content: "  - {paragraph: \"x\", style: nope}"), file: "style.yaml")
        }
        #expect(error.text.chinese == "`styles` 中没有名为 `nope` 的样式")
        #expect(error.text.english == "no style named `nope` in `styles`")
        #expect(error.description(in: .chinese).hasPrefix("style.yaml:\(error.location?.line ?? 0):"))
    }

    @Test func aMalformedTemplateIsQuotedWithItsLineInBothLanguages() throws {
        let error = try #require(throws: LayoutError.self) {
            try LayoutLoader.load(yaml: Self.layout(content: #"  - paragraph: "共 {budget.income.total""#), file: "template.yaml")
        }
        let line = try #require(error.location?.line)
        #expect(error.description(in: .chinese) == "template.yaml:\(line):\(error.location?.column ?? 0): 有未闭合的 {（模板“共 {budget.income.total”）")
        #expect(error.description(in: .english).hasSuffix(#": an unclosed { in template "共 {budget.income.total""#))
    }

    @Test func aTemplateNamingAFieldTheDataLacksIsALayoutErrorInChinese() throws {
        let error = try #require(throws: LayoutError.self) {
            try LayoutLoader.load(yaml: Self.layout(content: #"  - paragraph: "{budget.nothing}""#), file: "field.yaml")
        }
        #expect(error.location?.file == "field.yaml")
        #expect(error.description(in: .chinese).contains("未知字段 `budget.nothing`（模板“{budget.nothing}”）"))
        #expect(error.description(in: .english).contains("unknown field `budget.nothing` in template"))
    }

    @Test func checkingTheLayoutAgainstTheDataSpeaksBothLanguages() throws {
        let error = try #require(throws: LayoutError.self) {
            try LayoutLoader.load(
                yaml: Self.layout(content: "  - each: budget.income\n    paragraph: \"x\""), file: "each.yaml")
        }
        #expect(error.text.chinese == "`each` 指定的 `budget.income` 不是数据中的列表")
        #expect(error.text.english == "`each` names `budget.income`, which is not a list of the data")
        let table = LayoutCheckMessages.inTable("t", LayoutCheckMessages.needsCodeLists)
        #expect(table.chinese == "表格 `t`：需要科目代码表：请在版式中加上 `code_lists:`（一个文件夹）")
        #expect(table.english.hasPrefix("table `t`: needs classification code lists"))
    }

    @Test func aBrokenRuleNamesItsFieldsByKeyAndLabelInChinese() throws {
        let findings = try LayoutRuleTests.layout(rules: LayoutRuleTests.carryOver)
            .findings(for: LayoutRuleTests.sample("  opening: 5\n  closing: 6\n  items: []"))
        let finding = try #require(findings.first { $0.rule == "carry-over" })
        let chinese = finding.description(in: .chinese)
        #expect(chinese.contains("dept.yaml:\(finding.location?.line ?? 0):"))
        #expect(chinese.contains("错误"))
        #expect(chinese.contains("收入 + 年初 = 支出 + 年末："))
        #expect(chinese.contains("budget.income.total（收入合计） + fields.opening（年初结转和结余） 合计 273.87 + 5 = 278.87"))
        #expect(chinese.contains("，但 budget.expenditure.total（支出合计） + fields.closing（年末结转和结余） 合计 273.87 + 6 = 279.87"))
        let english = finding.description(in: .english)
        #expect(english.contains("budget.income.total + fields.opening make 273.87 + 5 = 278.87, but budget.expenditure.total"))
        #expect(!english.contains("（"))
    }

    @Test func aRateFindingNamesItsTermsInEachLanguage() throws {
        let text = LayoutFindingMessages.rate(
            stated: "66.5", part: LocalizedText("fields.closing", zh: "fields.closing（年末结转和结余）"),
            whole: LocalizedText(verbatim: "fields.opening"), p: "2", w: "3", computed: "66.67")
        #expect(text.chinese == "填报 66.5%，但 fields.closing（年末结转和结余） / fields.opening = 2 / 3 为 66.67%")
        #expect(text.english == "66.5% is stated, but fields.closing / fields.opening = 2 / 3 is 66.67%")
        let unbalanced = LayoutFindingMessages.unbalanced(table: "summary", income: "10", expenditure: "9")
        #expect(unbalanced.chinese == "表格 `summary`：收入方合计 10，支出方合计 9，不相等")
        #expect(unbalanced.english == "table `summary`: its income side totals 10, its expenditure side 9")
    }

    @Test func aFieldTheLayoutDeclaresIsGivenWithItsDeclaredLabel() throws {
        let layout = try LayoutRuleTests.layout(rules: "")
        #expect(LayoutFindingMessages.named("fields.opening", declared: layout.fields).chinese == "fields.opening（年初结转和结余）")
        #expect(LayoutFindingMessages.named("fields.opening", declared: layout.fields).english == "fields.opening")
        #expect(LayoutFindingMessages.named("budget.expenditure.project", declared: []).chinese == "budget.expenditure.project（项目支出）")
        #expect(LayoutFindingMessages.named("fields.unknown", declared: layout.fields).chinese == "fields.unknown")
    }

    @Test func aLayoutRenamesADataFieldInItsFindings() throws {
        let layout = try LayoutLoader.load(yaml: Self.layout() + "\nfield_labels:\n  budget_tables: 部门决算公开表\n", file: "labels.yaml")
        #expect(layout.fieldLabels == ["budget_tables": "部门决算公开表"])
        let finding = Finding(severity: .error, rule: "r", fieldPath: "budget_tables", location: nil, message: "m")
        let other = Finding(severity: .error, rule: "r", fieldPath: "budget.income.total", location: nil, message: "m")
        let labelled = layout.labelled([finding, other])
        #expect(labelled[0].description(in: .chinese) == "错误: budget_tables（部门决算公开表）: m [r]")
        #expect(labelled[0].description(in: .english) == "error: budget_tables: m [r]")
        #expect(labelled[1].description(in: .chinese) == "错误: budget.income.total（收入合计）: m [r]")
        #expect(finding.description(in: .chinese) == "错误: budget_tables（部门预算公开表）: m [r]")
    }

    @Test func aMisspeltFieldInFieldLabelsIsALayoutErrorInBothLanguages() throws {
        let error = try #require(throws: DataError.self) {
            try LayoutLoader.load(yaml: Self.layout() + "\nfield_labels:\n  budget_table: 部门决算公开表\n", file: "labels.yaml")
        }
        #expect(error.location?.file == "labels.yaml")
        #expect(error.description(in: .chinese).contains("`field_labels` 中的 `budget_table` 不是有名称的数据字段"))
        #expect(error.description(in: .english).contains("`budget_table` in `field_labels` is not a data field with a label"))
    }

    @Test func dataGivenWrongForADeclaredFieldIsSaidInChinese() throws {
        let layout = try LayoutRuleTests.layout(rules: "")
        let error = try #require(throws: DataError.self) {
            try DocumentComposer(layout: layout).compose(LayoutRuleTests.sample("  opening: lots\n  closing: 1\n  items: []"))
        }
        #expect(error.description(in: .chinese).contains("年初结转和结余应为金额（如 273.87），实为 \"lots\""))
        #expect(error.description(in: .english).contains("expected an amount (年初结转和结余), e.g. 273.87, found \"lots\""))
    }
}
