import Foundation

// The kinds of field a record declares, each read with NodeReader's own reading of it (so that messages,
// locations and limits are NodeReader's) and shown to templates as its typed value.

extension DataField {
    typealias Path<Value> = WritableKeyPath<Record, Value> & Sendable
    typealias Shown<Value> = KeyPath<Record, Value> & Sendable

    /// A required text.
    static func text(_ key: String, _ path: Path<String>, label: String?, doc: String) -> Self {
        Self(FieldInfo(key: key, kind: .text, label: label, doc: doc, optional: false, role: .data),
             read: { record, r in record[keyPath: path] = try r.text(key) },
             value: { .text($0[keyPath: path]) })
    }

    /// A text that may be left out: absent to templates.
    static func optionalText(_ key: String, _ path: Path<String?>, label: String?, doc: String) -> Self {
        Self(FieldInfo(key: key, kind: .text, label: label, doc: doc, optional: true, role: .data),
             read: { record, r in record[keyPath: path] = try r.optionalText(key) },
             value: { $0[keyPath: path].map(TemplateValue.text) ?? .absent })
    }

    /// A required amount (a blank one is zero).
    static func amount(_ key: String, _ path: Path<Decimal>, label: String?, doc: String) -> Self {
        Self(FieldInfo(key: key, kind: .amount, label: label, doc: doc, optional: false, role: .data),
             read: { record, r in record[keyPath: path] = try r.amount(key) },
             value: { .amount($0[keyPath: path]) })
    }

    /// An amount that may be left out (unless `required`): absent to templates.
    static func optionalAmount(
        _ key: String, _ path: Path<Decimal?>, required: Bool = false, label: String?, doc: String
    ) -> Self {
        Self(FieldInfo(key: key, kind: .amount, label: label, doc: doc, optional: !required, role: .data),
             read: { record, r in record[keyPath: path] = try required ? r.amount(key) : r.optionalAmount(key) },
             value: { $0[keyPath: path].map(TemplateValue.amount) ?? .absent })
    }

    /// A stated total that may be left out: templates see the total `shown`, stated or computed.
    static func statedTotal(_ key: String, _ path: Path<Decimal?>, shown: Shown<Decimal>, label: String?, doc: String) -> Self {
        Self(FieldInfo(key: key, kind: .amount, label: label, doc: doc, optional: true, role: .data),
             read: { record, r in record[keyPath: path] = try r.optionalAmount(key) },
             value: { .amount($0[keyPath: shown]) })
    }

    /// A required whole number, with a check of its own.
    static func integer(
        _ key: String, _ path: Path<Int>, label: String?, doc: String,
        check: (@Sendable (Int, NodeReader) throws -> Void)? = nil
    ) -> Self {
        Self(FieldInfo(key: key, kind: .integer, label: label, doc: doc, optional: false, role: .data),
             read: { record, r in
                 record[keyPath: path] = try r.integer(key)
                 try check?(record[keyPath: path], r.required(key))
             },
             value: { .integer($0[keyPath: path]) })
    }

    /// A required count of things: 0 or more.
    static func count(_ key: String, _ path: Path<Int>, label: String?, doc: String) -> Self {
        Self(FieldInfo(key: key, kind: .count, label: label, doc: doc, optional: false, role: .data),
             read: { record, r in record[keyPath: path] = try r.count(key) },
             value: { .integer($0[keyPath: path]) })
    }

    /// A list of texts; one that may be left out (`optional`) is then empty.
    static func texts(_ key: String, _ path: Path<[String]>, optional: Bool = false, label: String?, doc: String) -> Self {
        Self(FieldInfo(key: key, kind: .list(.text), label: label, doc: doc, optional: optional, role: .data),
             read: { record, r in
                 record[keyPath: path] = try optional ? r.optionalList(key).map { try $0.text() } : r.texts(key)
             },
             value: { .list($0[keyPath: path].map(TemplateValue.text)) })
    }

    /// A nested record; one that may be left out (`optional`) is then its type's default.
    static func record<Nested: DataRecord>(
        _ key: String, _ path: Path<Nested>, fields: [DataField<Nested>] = Nested.dataFields, optional: Bool = false,
        label: String?, labelPrefix: String = "", doc: String
    ) -> Self {
        var info = FieldInfo(
            key: key, kind: .record(fields.map { $0.info }), label: label, doc: doc, optional: optional, role: .data)
        info.labelPrefix = labelPrefix
        return Self(
            info,
            read: { record, r in
                guard let node = try optional ? r.optional(key) : r.required(key) else { return }
                record[keyPath: path] = try Nested.read(node, fields: fields)
            },
            value: { DataField<Nested>.templateValue(of: $0[keyPath: path], fields: fields) })
    }

    /// A nested record that may be left out (unless `required`): absent to templates.
    static func optionalRecord<Nested: DataRecord>(
        _ key: String, _ path: Path<Nested?>, fields: [DataField<Nested>] = Nested.dataFields, required: Bool = false,
        label: String?, doc: String
    ) -> Self {
        Self(FieldInfo(key: key, kind: .record(fields.map { $0.info }), label: label, doc: doc, optional: !required, role: .data),
             read: { record, r in
                 record[keyPath: path] = try (required ? r.required(key) : r.optional(key)).map { try Nested.read($0, fields: fields) }
             },
             value: { $0[keyPath: path].map { DataField<Nested>.templateValue(of: $0, fields: fields) } ?? .absent })
    }

    /// A list of records, written out (or, with `elements`, read otherwise: from an export); one that may be
    /// left out (`optional`) is then empty.
    static func list<Element: DataRecord>(
        _ key: String, _ path: Path<[Element]>, optional: Bool = false, label: String?, doc: String,
        elements: (@Sendable (NodeReader) throws -> [Element])? = nil
    ) -> Self {
        Self(FieldInfo(key: key, kind: .list(.record(Element.dataFields.map { $0.info })), label: label, doc: doc, optional: optional, role: .data),
             read: { record, r in
                 if let elements {
                     record[keyPath: path] = try elements(r.required(key))
                 } else {
                     record[keyPath: path] = try (optional ? r.optionalList(key) : r.list(key)).map(Element.init)
                 }
             },
             value: { .list($0[keyPath: path].map { $0.templateValue }) })
    }

    /// A mapping whose fields are the record's own (`vehicles: {purchase, operation}` of one year's "三公"
    /// figures); one that may be left out (`optional`) leaves them at their defaults.
    static func group(_ key: String, optional: Bool = false, label: String? = nil, doc: String, fields: [DataField]) -> Self {
        Self(FieldInfo(key: key, kind: .record(fields.map { $0.info }), label: label, doc: doc, optional: optional, role: .data),
             read: { record, r in
                 guard let node = try optional ? r.optional(key) : r.required(key) else { return }
                 _ = try node.mapping(allowing: DataField.keys(of: fields))
                 for field in fields { try field.read?(&record, node) }
             },
             value: { DataField.templateValue(of: $0, fields: fields) })
    }

    /// A field templates see, computed from the others.
    static func computed(_ key: String, _ kind: FieldInfo.Kind, doc: String, value: @escaping @Sendable (Record) -> TemplateValue) -> Self {
        Self(FieldInfo(key: key, kind: kind, label: nil, doc: doc, optional: false, role: .computed), read: nil, value: value)
    }
}
