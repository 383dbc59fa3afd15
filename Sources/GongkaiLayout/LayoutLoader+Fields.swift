import Foundation
import GongkaiMessages
import GongkaiModel

// Reading a layout's declared fields (`fields:`): see docs/layouts.md, "Declared fields".

extension LayoutReader {
    func readFields(_ node: NodeReader) throws -> [FieldDeclaration] {
        try keys(of: node).map { try readField(node.required($0), key: $0) }
    }

    private func readField(_ r: NodeReader, key: String) throws -> FieldDeclaration {
        _ = try r.mapping(allowing: ["type", "label", "doc", "optional", "fields", "items"])
        let typeNode = try r.required("type")
        let type: FieldDeclaration.FieldType
        switch try typeNode.text() {
        case "amount": type = .amount
        case "text": type = .text
        case "integer": type = .integer
        case "list": type = .list(try readField(r.required("items"), key: "items"))
        case "record": type = .record(try readFields(r.required("fields")))
        case let other:
            throw typeNode.error(.invalidValue, LayoutMessages.expectedFieldType(found: other))
        }
        if case .list = type {} else if try r.optional("items") != nil {
            throw try r.required("items").error(.invalidValue, LayoutMessages.itemsBelongToList)
        }
        if case .record = type {} else if try r.optional("fields") != nil {
            throw try r.required("fields").error(.invalidValue, LayoutMessages.fieldsBelongToRecord)
        }
        return FieldDeclaration(
            key: key, type: type, label: try r.optionalText("label") ?? key, doc: try r.optionalText("doc"),
            optional: try r.optional("optional").map { try bool($0) } ?? false)
    }
}
