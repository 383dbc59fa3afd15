import Foundation
import GongkaiMessages
import GongkaiModel

/// A field a layout declares for its documents (`fields:` in layout.yaml), which the data then gives in its
/// own `fields:` section and templates, phrases, tables and rules read as `fields.<key>`: how a layout
/// carries figures and words the built-in data format has no place for, without Swift.
public struct FieldDeclaration: Sendable {
    public indirect enum FieldType: Sendable {
        case amount
        case text
        case integer
        /// A list of elements of one type.
        case list(FieldDeclaration)
        /// A group of declared fields, in their declared order.
        case record([FieldDeclaration])
    }

    public var key: String
    public var type: FieldType
    /// The field's Chinese name (年初预算数), for messages and the layout's readers.
    public var label: String
    /// What the field holds, in a line.
    public var doc: String?
    /// Whether the data may leave it out (it is then absent: `when` skips it, a template prints nothing).
    public var optional: Bool
}

extension FieldDeclaration {
    /// The typed value of `node`, checked against the declaration.
    /// - Throws: `DataError` with the data file, line and field for a missing, unknown or mistyped field.
    func value(of node: FieldNode?, path: String, parent: FieldNode?, file: String) throws -> TemplateValue {
        guard let node, node.content != .null else {
            if optional { return .absent }
            let place = node ?? parent
            throw DataError(
                .missingField, file: file, location: place?.location, fieldPath: path,
                text: LayoutCheckMessages.missingDeclared(key, label: label))
        }
        switch (type, node.content) {
        case (.amount, .scalar(let text)):
            guard let amount = AmountParser.parse(text) else {
                throw node.error(.wrongType, LayoutCheckMessages.expectedDeclaredAmount(label, found: text), file: file)
            }
            return .amount(amount)
        case (.integer, .scalar(let text)):
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw node.error(.wrongType, LayoutCheckMessages.expectedDeclaredInteger(label, found: text), file: file)
            }
            return .integer(number)
        case (.text, .scalar(let text)):
            return .text(text)
        case (.list(let element), .list(let items)):
            return .list(try items.map { try element.value(of: $0, path: $0.path, parent: node, file: file) })
        case (.record(let fields), .mapping(let keys, let children)):
            return try Self.record(fields, keys: keys, children: children, node: node, file: file)
        default:
            throw node.error(.wrongType, LayoutCheckMessages.expectedDeclared(type, label, found: node.content), file: file)
        }
    }

    /// A group of declared fields from a mapping: every key must be declared, every required field given.
    static func record(
        _ fields: [FieldDeclaration], keys: [String], children: [String: FieldNode], node: FieldNode?, file: String
    ) throws -> TemplateValue {
        let declared = Set(fields.map(\.key))
        if let unknown = keys.first(where: { !declared.contains($0) }), let child = children[unknown] {
            throw child.error(.unknownField, LayoutCheckMessages.undeclaredField(unknown, declared: fields.map(\.key)), file: file)
        }
        var record: [String: TemplateValue] = [:]
        for field in fields {
            let path = (node.map { $0.path + "." } ?? "fields.") + field.key
            record[field.key] = try field.value(of: children[field.key], path: path, parent: node, file: file)
        }
        return .record(record)
    }

    /// A value of the declared shape, for checking a layout's templates before any data is read: lists have
    /// one element, optional fields are given.
    var example: TemplateValue {
        switch type {
        case .amount: .amount(0)
        case .text: .text("")
        case .integer: .integer(0)
        case .list(let element): .list([element.example])
        case .record(let fields): .record(Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.example) }))
        }
    }
}

extension FieldDeclaration.FieldType: CustomStringConvertible {
    public var description: String {
        switch self {
        case .amount: "an amount"
        case .text: "text"
        case .integer: "a whole number"
        case .list: "a list"
        case .record: "a mapping of fields"
        }
    }
}

extension FieldNode.Content: CustomStringConvertible {
    public var description: String {
        switch self {
        case .scalar(let text): "\"\(text)\""
        case .list: "a list"
        case .mapping: "a mapping"
        case .null: "nothing"
        }
    }
}

extension Disclosure {
    /// Every field a layout's templates may name, the layout's declared fields (typed) among them.
    /// - Throws: `DataError` for a declared field the data gives wrongly, or a field it gives that the layout
    ///   does not declare.
    public func templateValue(declaring fields: [FieldDeclaration]) throws -> TemplateValue {
        guard case .record(var record) = templateValue else { return templateValue }
        if fields.isEmpty, let (key, node) = self.fields.first {
            throw node.error(.unknownField, LayoutCheckMessages.noDeclaredFields(key), file: sourceFile)
        }
        let keys = self.fields.keys.sorted { (self.fields[$0]?.location?.line ?? 0) < (self.fields[$1]?.location?.line ?? 0) }
        record["fields"] = try FieldDeclaration.record(fields, keys: keys, children: self.fields, node: nil, file: sourceFile)
        return .record(record)
    }
}
