import GongkaiMessages

/// The name a reader of a disclosure knows each data field by (一般公共预算收入 for `income.general_budget`),
/// declared once with the field (`DataField`) and listed in docs/data-format.md: messages in Chinese name a
/// field by its key and this label.
public enum FieldLabels {
    /// The label of a field path (`budget.income.general_budget`, `performance.matrix[2].activities[0].name`),
    /// with 本年 or 上年 in front where the path is one year's of two; nil for a path without a label.
    public static func label(of path: String) -> String? {
        labels[withoutIndices(path)]
    }

    /// The path as messages name it: in Chinese followed by its label, `budget.income.general_budget（一般公共预算收入）`;
    /// `label`, where given, instead of the data format's (a layout's name for the field in its document).
    public static func named(_ path: String, label: String? = nil, in language: Language) -> String {
        guard language == .chinese, let label = label ?? self.label(of: path) else { return path }
        return "\(path)（\(label)）"
    }

    /// The path with list indices and export places (`[2]`, `[116.xlsx, sheet “…”, row 7]`) left out.
    public static func withoutIndices(_ path: String) -> String {
        var result = ""
        var depth = 0
        for character in path {
            if character == "[" { depth += 1 } else if character == "]" { depth = max(0, depth - 1) } else if depth == 0 { result.append(character) }
        }
        return result
    }

    /// Every data field's label, from the declarations (`Disclosure.fieldInfos`).
    static let labels = FieldInfo.labels(of: Disclosure.fieldInfos)
}
