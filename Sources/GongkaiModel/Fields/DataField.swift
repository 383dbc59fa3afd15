import Foundation

/// A field of a model record declared once: what it is (`FieldInfo`), how it is read from YAML into the
/// record, and the value templates see. A record type's table of these (`DataRecord.dataFields`) is its YAML
/// reading, its template value, its messages' labels and the layout schema; docs/data-format.md's tables are
/// generated from them (DataFormatDocsTests).
struct DataField<Record>: Sendable {
    var info: FieldInfo
    /// Reads the field from the record's mapping into the record; nil for a computed field.
    let read: (@Sendable (inout Record, NodeReader) throws -> Void)?
    /// The value templates see; nil from the closure leaves the key out. Nil for a field read only.
    let value: (@Sendable (Record) -> TemplateValue?)?

    init(
        _ info: FieldInfo, read: (@Sendable (inout Record, NodeReader) throws -> Void)?,
        value: (@Sendable (Record) -> TemplateValue?)?
    ) {
        self.info = info
        self.read = read
        self.value = value
    }
}

/// A model type read from a YAML mapping by its declared fields.
protocol DataRecord: SendableMetatype {
    /// Every field at its default, for the reader to fill in.
    init()
    /// The record's fields, in the order they are read.
    static var dataFields: [DataField<Self>] { get }
    /// Checks across fields, after they are read (a total or its parts, a name not empty).
    mutating func validate(_ r: NodeReader) throws
}

extension DataRecord {
    mutating func validate(_ r: NodeReader) throws {}

    init(_ r: NodeReader) throws {
        self = try Self.read(r, fields: Self.dataFields)
    }

    /// The record in `r`, read by `fields`, then validated.
    static func read(_ r: NodeReader, fields: [DataField<Self>]) throws -> Self {
        var record = Self()
        try record.read(fields, from: r)
        try record.validate(r)
        return record
    }

    /// Reads `fields` from the mapping `r` into this record, after checking that it has no other keys.
    mutating func read(_ fields: [DataField<Self>], from r: NodeReader) throws {
        _ = try r.mapping(allowing: DataField.keys(of: fields))
        for field in fields { try field.read?(&self, r) }
    }

    var templateValue: TemplateValue { DataField.templateValue(of: self, fields: Self.dataFields) }
}

extension DataField {
    /// The keys of `fields` a mapping may have.
    static func keys(of fields: [DataField]) -> [String] { fields.compactMap { $0.info.isData ? $0.info.key : nil } }

    /// The record's fields as templates see them.
    static func templateValue(of record: Record, fields: [DataField]) -> TemplateValue {
        var values: [String: TemplateValue] = [:]
        for field in fields {
            if let value = field.value?(record) { values[field.info.key] = value }
        }
        return .record(values)
    }
}
