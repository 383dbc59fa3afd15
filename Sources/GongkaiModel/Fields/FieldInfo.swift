/// What a field of the department data format is, declared once with its model type (`DataField`): its
/// YAML key, type, Chinese label and documentation. Messages' labels (`FieldLabels`), the schema a layout is
/// checked against, and the tables of docs/data-format.md are all derived from these.
public struct FieldInfo: Sendable {
    public indirect enum Kind: Sendable {
        case text
        case amount
        case integer
        /// A whole number, 0 or more.
        case count
        case boolean
        /// A list of values of one kind.
        case list(Kind)
        /// A mapping of the fields given.
        case record([FieldInfo])
        /// A mapping of values by names the data chooses (`table_notes`' texts).
        case byName(Kind)
        /// The fields a layout declares for itself (`fields:`): typed by the layout, not here.
        case layoutFields
    }

    /// Where the field is.
    public enum Role: Sendable {
        /// Read from the data file and seen by templates.
        case data
        /// Read from the data file only (the layout reaches it otherwise, or not at all).
        case dataOnly
        /// Computed from other fields, for templates only (totals, `previous_year`, shares).
        case computed
    }

    /// The YAML key, which is also the template's.
    public var key: String
    public var kind: Kind
    /// The name messages in Chinese give the field (一般公共预算收入); nil where messages name it by key alone.
    public var label: String?
    /// What the field holds, in a line (for docs/data-format.md).
    public var doc: String
    /// Whether the data may leave it out.
    public var optional: Bool
    public var role: Role
    /// Put before the labels of the fields below this one: 上年 for `previous_budget`'s.
    public var labelPrefix: String = ""

    public var isData: Bool { role != .computed }
    public var isTemplate: Bool { role != .dataOnly }

    /// The fields below a record, or a list of records.
    public var children: [FieldInfo] {
        switch kind {
        case .record(let fields), .list(.record(let fields)): fields
        default: []
        }
    }
}

extension FieldInfo {
    /// A value of the field's shape as templates see it, for checking a layout before any data is read:
    /// lists have one element, optional fields are given.
    public var example: TemplateValue { Self.example(of: kind) }

    private static func example(of kind: Kind) -> TemplateValue {
        switch kind {
        case .text: .text("x")
        case .amount: .amount(0)
        case .integer, .count: .integer(0)
        case .boolean: .text("x")
        case .list(let element): .list([example(of: element)])
        case .record(let fields):
            .record(Dictionary(uniqueKeysWithValues: fields.filter { $0.isTemplate }.map { ($0.key, $0.example) }))
        case .byName(let kind): .record(["x": example(of: kind)])
        case .layoutFields: .record([:])
        }
    }

    /// The label of every data field below `fields`, by its path without list indices
    /// (`performance.matrix.activities.name`), each with its ancestors' prefixes (上年项目支出).
    public static func labels(of fields: [FieldInfo], path: String = "", prefix: String = "") -> [String: String] {
        var labels: [String: String] = [:]
        for field in fields where field.isData {
            let fieldPath = path.isEmpty ? field.key : path + "." + field.key
            if let label = field.label { labels[fieldPath] = prefix + label }
            labels.merge(Self.labels(of: field.children, path: fieldPath, prefix: prefix + field.labelPrefix)) { old, _ in old }
        }
        return labels
    }
}
