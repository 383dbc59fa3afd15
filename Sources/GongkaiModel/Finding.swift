/// Something wrong, or worth a look, in a department's figures.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
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

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(fieldPath): \(message) [\(rule)]"
    }
}
