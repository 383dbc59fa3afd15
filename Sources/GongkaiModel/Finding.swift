import GongkaiMessages

/// Something wrong, or worth a look, in a department's figures.
public struct Finding: Hashable, Sendable, CustomStringConvertible, Encodable {
    public enum Severity: String, Hashable, Sendable, Comparable, Encodable {
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    /// A short name of the rule, e.g. `income-total`.
    public var rule: String
    /// The field the finding is about, e.g. `budget.income.total`.
    public var fieldPath: String
    /// Where that field is written, if known.
    public var location: SourceLocation?
    /// The field's label where the document's layout names it otherwise than the data format
    /// (`budget_tables` is 部门决算公开表 in final accounts); nil for the data format's label.
    public var label: String?
    /// What was found, in each language (from `ModelMessages`).
    public var text: LocalizedText
    /// What was found, in English.
    public var message: String { text.english }

    public init(severity: Severity, rule: String, fieldPath: String, location: SourceLocation?, text: LocalizedText) {
        self.severity = severity
        self.rule = rule
        self.fieldPath = fieldPath
        self.location = location
        self.text = text
    }

    /// A finding whose words come from outside the catalogue: the same in every language.
    public init(severity: Severity, rule: String, fieldPath: String, location: SourceLocation?, message: String) {
        self.init(severity: severity, rule: rule, fieldPath: fieldPath, location: location, text: LocalizedText(verbatim: message))
    }

    private enum CodingKeys: String, CodingKey {
        case severity, rule, fieldPath = "field", label, file, line, column, message
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(rule, forKey: .rule)
        try container.encode(fieldPath, forKey: .fieldPath)
        try container.encodeIfPresent(label ?? FieldLabels.label(of: fieldPath), forKey: .label)
        try container.encodeIfPresent(location?.file, forKey: .file)
        // Line 0 stands for a file known without a place in it (one that cannot be read).
        try container.encodeIfPresent(location.flatMap { $0.line > 0 ? $0.line : nil }, forKey: .line)
        try container.encodeIfPresent(location.flatMap { $0.line > 0 ? $0.column : nil }, forKey: .column)
        let language = encoder.userInfo[.messageLanguage] as? Language ?? .english
        try container.encode(text.text(in: language), forKey: .message)
    }

    public var description: String { description(in: .english) }

    /// One line: place, severity, field (in Chinese with the label a reader knows), what was found, rule.
    public func description(in language: Language) -> String {
        let place = location.map { $0.line > 0 ? "\($0): " : "\($0.file): " } ?? ""
        let field = fieldPath.isEmpty ? "" : "\(FieldLabels.named(fieldPath, label: label, in: language)): "
        let word = ModelMessages.severity(severity).text(in: language)
        return "\(place)\(word): \(field)\(text.text(in: language)) [\(rule)]"
    }
}
