import Foundation
import GongkaiMessages

/// A value of the data's `fields` section as written, before the layout types it: the fields a layout
/// declares for itself (docs/layouts.md, "Declared fields"). Every scalar keeps its text, path and place,
/// so that the layout's typing reports a wrong or unknown field with file, line and field.
public struct FieldNode: Hashable, Sendable {
    public indirect enum Content: Hashable, Sendable {
        case scalar(String)
        case list([FieldNode])
        /// Keys in the order written.
        case mapping([String], [String: FieldNode])
        /// An empty or null value (`key:` with nothing after it).
        case null
    }

    public var content: Content
    /// The field's path, e.g. `fields.initial_budget.income`.
    public var path: String
    public var location: SourceLocation?

    public init(content: Content, path: String, location: SourceLocation?) {
        self.content = content
        self.path = path
        self.location = location
    }

    /// A `DataError` about this field.
    public func error(_ kind: DataError.Kind, _ message: String, file: String) -> DataError {
        DataError(kind, file: file, location: location, fieldPath: path, message: message)
    }

    /// A `DataError` about this field, in each language.
    public func error(_ kind: DataError.Kind, _ text: LocalizedText, file: String) -> DataError {
        DataError(kind, file: file, location: location, fieldPath: path, text: text)
    }
}

extension FieldNode {
    /// Reads a node as written; texts are recorded with the file's other texts (checked for placeholders).
    init(_ r: NodeReader) throws {
        path = r.path
        location = r.location()
        if r.node.isSequence {
            content = .list(try r.elements().map(FieldNode.init))
        } else if r.node.isMapping {
            let keys = r.node.keys.compactMap(\.string)
            guard keys.count == r.node.count else { throw r.error(.wrongType, "field names must be text") }
            var children: [String: FieldNode] = [:]
            for key in keys {
                children[key] = try r.optional(key).map(FieldNode.init)
                    ?? FieldNode(content: .null, path: r.path + "." + key, location: r.location())
            }
            content = .mapping(keys, children)
        } else {
            content = .scalar(try r.text())
        }
    }
}
