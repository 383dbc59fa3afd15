import Foundation

/// A model value as layout templates see it: a tree addressed by dotted paths
/// (`budget.expenditure.basic.total`).
public indirect enum TemplateValue: Hashable, Sendable {
    case text(String)
    case amount(Decimal)
    case integer(Int)
    case list([TemplateValue])
    case record([String: TemplateValue])
    /// An optional field that was not given; prints as nothing.
    case absent

    /// The value at a dotted path below this one, or nil if the path names no field.
    func value(at path: [Substring]) -> TemplateValue? {
        var current = self
        for key in path {
            guard case .record(let fields) = current, let next = fields[String(key)] else { return nil }
            current = next
        }
        return current
    }
}
