import GongkaiModel

// How templates walk the value tree: list elements and dotted paths.

extension TemplateValue {
    /// The fields a template sees for the `index`-th (0-based) element of a list: the element's own fields
    /// (or `item` for plain text), and `n`, its number counted from 1.
    func elementFields(index: Int) -> [String: TemplateValue] {
        var fields: [String: TemplateValue] = ["n": .integer(index + 1)]
        if case .record(let record) = self {
            fields.merge(record) { own, _ in own }
        } else {
            fields["item"] = self
        }
        return fields
    }

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
