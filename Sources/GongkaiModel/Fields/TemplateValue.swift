import Foundation

/// The model's data as layout templates see it: a tree of typed values addressed by dotted paths
/// (`budget.expenditure.basic.total`), built from the field declarations (`DataField`).
public enum TemplateValue: Hashable, Sendable {
    case text(String)
    case amount(Decimal)
    case integer(Int)
    case list([TemplateValue])
    case record([String: TemplateValue])
    /// An optional field that was not given; prints as nothing.
    case absent
}
