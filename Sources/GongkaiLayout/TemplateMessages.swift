import GongkaiMessages

/// The catalogue of what templates (`"{budget.income.total|fixed2}"`) say when they cannot be read or filled,
/// in English and Chinese: each message ends by quoting the template.
enum TemplateMessages {
    /// `what` followed by the template it is in.
    static func inTemplate(_ what: LocalizedText, _ source: String) -> LocalizedText {
        what + LocalizedText(" in template \"\(source)\"", zh: "（模板“\(source)”）")
    }

    // MARK: - Reading a template

    static let unclosedBrace = LocalizedText("an unclosed {", zh: "有未闭合的 {")
    static let closingWithoutOpening = LocalizedText("a } without {", zh: "有 } 而没有对应的 {")
    static func malformedPlaceholder(_ expression: String) -> LocalizedText {
        LocalizedText("a malformed placeholder {\(expression)}", zh: "占位符 {\(expression)} 格式不对")
    }
    static func phraseTakesTwoFields(_ expression: String) -> LocalizedText {
        LocalizedText(
            "a phrase takes two fields, this year's and last year's: {\(expression)}",
            zh: "短语须有两个字段，本年的和上年的：{\(expression)}")
    }
    static let emptyPlaceholder = LocalizedText("an empty placeholder {}", zh: "空的占位符 {}")
    static func unknownFormat(_ format: String) -> LocalizedText {
        LocalizedText(
            "an unknown format `\(format)` (plain, fixed2, table, chinese)",
            zh: "未知的格式 `\(format)`（应为 plain、fixed2、table 或 chinese）")
    }

    // MARK: - Filling a template

    static func unknownField(_ path: String) -> LocalizedText {
        LocalizedText("unknown field `\(path)`", zh: "未知字段 `\(path)`")
    }
    static func notAnAmount(_ path: String) -> LocalizedText {
        LocalizedText("`\(path)` is not an amount", zh: "`\(path)` 不是金额")
    }
    static func notAValue(_ path: String) -> LocalizedText {
        LocalizedText("`\(path)` is a list or a group of fields, not a value", zh: "`\(path)` 是列表或一组字段，不是单个值")
    }
    static func formatDoesNotApply(_ format: String, to path: String) -> LocalizedText {
        LocalizedText("format `\(format)` does not apply to `\(path)`", zh: "格式 `\(format)` 不适用于 `\(path)`")
    }
    static func noPhrase(_ name: String, have: [String]) -> LocalizedText {
        LocalizedText(
            "no phrase named `\(name)` in `phrases` (have: \(have.joined(separator: ", ")))",
            zh: "`phrases` 中没有名为 `\(name)` 的短语（现有：\(have.joined(separator: "、"))）")
    }
    static func noPhrase(_ name: String) -> LocalizedText {
        LocalizedText("no phrase named `\(name)` in `phrases`", zh: "`phrases` 中没有名为 `\(name)` 的短语")
    }
}
