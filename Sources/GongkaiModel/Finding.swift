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
    public var message: String

    public init(severity: Severity, rule: String, fieldPath: String, location: SourceLocation?, message: String) {
        self.severity = severity
        self.rule = rule
        self.fieldPath = fieldPath
        self.location = location
        self.message = message
    }

    private enum CodingKeys: String, CodingKey {
        case severity, rule, fieldPath = "field", file, line, column, message
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(rule, forKey: .rule)
        try container.encode(fieldPath, forKey: .fieldPath)
        try container.encodeIfPresent(location?.file, forKey: .file)
        // Line 0 stands for a file known without a place in it (one that cannot be read).
        try container.encodeIfPresent(location.flatMap { $0.line > 0 ? $0.line : nil }, forKey: .line)
        try container.encodeIfPresent(location.flatMap { $0.line > 0 ? $0.column : nil }, forKey: .column)
        try container.encode(message, forKey: .message)
    }

    public var description: String {
        let place = location.map { $0.line > 0 ? "\($0): " : "\($0.file): " } ?? ""
        let field = fieldPath.isEmpty ? "" : "\(fieldPath): "
        return "\(place)\(severity.rawValue): \(field)\(message) [\(rule)]"
    }
}
