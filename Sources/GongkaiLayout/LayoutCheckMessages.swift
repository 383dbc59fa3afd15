import GongkaiMessages
import GongkaiModel

/// The catalogue of what checking a layout against the data says, in English and Chinese: a setting that names
/// what the data does not have (a field, a list, an amount, code lists), a rule that cannot be worked out, and a
/// field the layout declares that the data gives wrongly. Field paths are named by key and, in Chinese, by the
/// label a reader knows (`fields.opening（年初预算数）`).
enum LayoutCheckMessages {
    /// A table's message: the table named in front.
    static func inTable(_ name: String, _ what: LocalizedText) -> LocalizedText {
        LocalizedText("table `\(name)`: ", zh: "表格 `\(name)`：") + what
    }
    /// A rule's message: the rule named in front.
    static func inRule(_ name: String, _ what: LocalizedText) -> LocalizedText {
        LocalizedText("rule `\(name)`: ", zh: "规则 `\(name)`：") + what
    }

    // MARK: - What the layout names in the data

    static func whenNotAField(_ path: String) -> LocalizedText {
        LocalizedText("`when` names `\(path)`, which is not a field of the data", zh: "`when` 指定的 `\(path)` 不是数据中的字段")
    }
    static func eachNotAList(_ path: String) -> LocalizedText {
        LocalizedText("`each` names `\(path)`, which is not a list of the data", zh: "`each` 指定的 `\(path)` 不是数据中的列表")
    }
    static func eachUnknownField(_ path: String) -> LocalizedText {
        LocalizedText("unknown field `\(path)` in `each`", zh: "`each` 中的字段 `\(path)` 不存在")
    }
    static func eachCannotWalk(_ path: String) -> LocalizedText {
        LocalizedText("`\(path)` is not a list, so `each` cannot walk it", zh: "`\(path)` 不是列表，`each` 无法逐项处理")
    }
    static func rowsNotAList(_ path: String) -> LocalizedText {
        LocalizedText("`rows` names `\(path)`, which is not a list of the data", zh: "`rows` 指定的 `\(path)` 不是数据中的列表")
    }
    static func notAListInData(_ path: String) -> LocalizedText {
        LocalizedText("`\(path)` is not a list in the data", zh: "`\(path)` 在数据中不是列表")
    }
    static func notAnAmountOfData(_ path: String) -> LocalizedText {
        LocalizedText("`\(path)` is not an amount of the data", zh: "`\(path)` 不是数据中的金额")
    }
    static let needsCodeLists = LocalizedText(
        "needs classification code lists: add `code_lists:` (a folder) to the layout", zh: "需要科目代码表：请在版式中加上 `code_lists:`（一个文件夹）")

    // MARK: - Rules

    static func noBalanceTable(_ name: String) -> LocalizedText {
        LocalizedText("no balance table named `\(name)` in `tables`", zh: "`tables` 中没有名为 `\(name)` 的收支平衡表")
    }
    static func notAListWithAmount(_ path: String, field: String) -> LocalizedText {
        LocalizedText(
            "`\(path)` is not a list whose elements have the amount `\(field)`", zh: "`\(path)` 不是其各项都有金额 `\(field)` 的列表")
    }

    // MARK: - Fields the layout declares

    static func missingDeclared(_ key: String, label: String) -> LocalizedText {
        LocalizedText(
            "missing required field `\(key)` (\(label)), which the layout declares", zh: "缺少版式规定的必填字段 `\(key)`（\(label)）")
    }
    static func expectedDeclaredAmount(_ label: String, found: String) -> LocalizedText {
        LocalizedText(
            "expected an amount (\(label)), e.g. 273.87, found \"\(found)\"", zh: "\(label)应为金额（如 273.87），实为 \"\(found)\"")
    }
    static func expectedDeclaredInteger(_ label: String, found: String) -> LocalizedText {
        LocalizedText("expected a whole number (\(label)), found \"\(found)\"", zh: "\(label)应为整数，实为 \"\(found)\"")
    }
    static func expectedDeclared(_ type: FieldDeclaration.FieldType, _ label: String, found: FieldNode.Content) -> LocalizedText {
        LocalizedText("expected \(type.description) (\(label)), found \(found.description)", zh: "\(label)应为\(chinese(type))，实为\(chinese(found))")
    }
    static func undeclaredField(_ key: String, declared: [String]) -> LocalizedText {
        LocalizedText("unknown field `\(key)`; the layout declares ", zh: "未知字段 `\(key)`；版式规定的字段为 ")
            + LayoutMessages.choices(declared)
    }
    static func noDeclaredFields(_ key: String) -> LocalizedText {
        LocalizedText("unknown field `\(key)`: the layout declares no fields", zh: "未知字段 `\(key)`：版式没有规定任何字段")
    }

    private static func chinese(_ type: FieldDeclaration.FieldType) -> String {
        switch type {
        case .amount: "金额"
        case .text: "文本"
        case .integer: "整数"
        case .list: "列表"
        case .record: "一组字段"
        }
    }

    private static func chinese(_ content: FieldNode.Content) -> String {
        switch content {
        case .scalar(let text): " \"\(text)\""
        case .list: "列表"
        case .mapping: "一组字段"
        case .null: "空值"
        }
    }
}
