import Foundation
import GongkaiImport
import Yams

/// Where each field of a file was read from, filled in as the file is read; and the workbooks its
/// tables come from, opened once however many tables the file takes from one workbook.
package final class SourceMap {
    package var locations: [String: SourceLocation] = [:]
    package var workbooks: [String: XLSXWorkbook] = [:]
}

/// Reads a YAML node into typed values, keeping track of the field path and the source location so
/// that every error names file, line, column and field.
package struct NodeReader {
    package let file: String
    package let node: Node
    package let path: String
    /// Shared by every reader of one file.
    package let sourceMap: SourceMap

    package init(file: String, node: Node, path: String, sourceMap: SourceMap = SourceMap()) {
        self.file = file
        self.node = node
        self.path = path
        self.sourceMap = sourceMap
        if let location = location() { sourceMap.locations[path] = location }
    }

    /// Reads the file at `path` (UTF-8 YAML) into a reader for its root node.
    package static func read(contentsOf path: String) throws -> NodeReader {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.unreadable, file: path, location: nil, fieldPath: "", message: "cannot read the file")
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw DataError(.unreadable, file: path, location: nil, fieldPath: "", message: "the file is not UTF-8 text")
        }
        return try parse(yaml: yaml, file: path)
    }

    /// Parses `yaml`, reporting errors against `file`.
    package static func parse(yaml: String, file: String) throws -> NodeReader {
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw DataError(.missingField, file: file, location: nil, fieldPath: "", message: "the file is empty")
            }
            return NodeReader(file: file, node: node, path: "")
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        }
    }

    private static func syntaxError(_ error: YamlError, file: String) -> DataError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let message = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return DataError(
                .syntax, file: file, location: SourceLocation(file: file, line: mark.line, column: mark.column),
                fieldPath: "", message: "YAML syntax error: \(message)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return DataError(
                .syntax, file: file,
                location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                fieldPath: "", message: "duplicated field(s) \(duplicates.joined(separator: ", "))")
        case let .reader(problem, offset, _, yaml):
            // The reader reports an offset in characters; turn it into a line and column.
            var location: SourceLocation?
            if let offset, let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) {
                let before = yaml[..<index]
                let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let lineStart = before.lastIndex(of: "\n").map { yaml.index(after: $0) } ?? yaml.startIndex
                location = SourceLocation(file: file, line: line, column: yaml[lineStart..<index].unicodeScalars.count + 1)
            }
            return DataError(.syntax, file: file, location: location, fieldPath: "", message: "YAML syntax error: \(problem)")
        default:
            return DataError(.syntax, file: file, location: nil, fieldPath: "", message: "YAML error: \(error)")
        }
    }

    package func location(of node: Node? = nil) -> SourceLocation? {
        guard let mark = (node ?? self.node).mark else { return nil }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    package func error(_ kind: DataError.Kind, _ message: String, at node: Node? = nil, path: String? = nil) -> DataError {
        DataError(kind, file: file, location: location(of: node), fieldPath: path ?? self.path, message: message)
    }

    private func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The node as a mapping, checking that it has no keys other than `allowed`.
    package func mapping(allowing allowed: Set<String>) throws -> Node.Mapping {
        guard let mapping = node.mapping else {
            throw error(.wrongType, "expected a mapping (fields), found \(describe(node))")
        }
        for key in mapping.keys {
            guard let name = key.string else { throw error(.wrongType, "field names must be text", at: key) }
            if !allowed.contains(name) {
                let suggestion = allowed.sorted().first { $0.lowercased() == name.lowercased() }
                    .map { " (did you mean `\($0)`?)" } ?? ""
                throw error(.unknownField, "unknown field `\(name)`\(suggestion)", at: key, path: childPath(name))
            }
        }
        return mapping
    }

    /// The child at `key`, or nil when absent or null.
    package func optional(_ key: String) throws -> NodeReader? {
        guard let mapping = node.mapping else {
            throw error(.wrongType, "expected a mapping (fields), found \(describe(node))")
        }
        guard let child = mapping[key] else { return nil }
        // An empty or null plain value ("total:" with nothing after it) is the same as an absent one.
        if Self.isNull(child) { return nil }
        return NodeReader(file: file, node: child, path: childPath(key), sourceMap: sourceMap)
    }

    /// The child at `key`, required.
    package func required(_ key: String) throws -> NodeReader {
        guard let child = try optional(key) else {
            throw error(.missingField, "missing required field `\(key)`", path: childPath(key))
        }
        return child
    }

    /// The node's elements, each with its indexed path.
    package func elements() throws -> [NodeReader] {
        guard let sequence = node.sequence else {
            throw error(.wrongType, "expected a list, found \(describe(node))")
        }
        return sequence.enumerated().map { NodeReader(file: file, node: $1, path: "\(path)[\($0)]", sourceMap: sourceMap) }
    }

    package func text() throws -> String {
        guard let scalar = node.scalar else { throw error(.wrongType, "expected text, found \(describe(node))") }
        return scalar.string
    }

    package func amount() throws -> Decimal {
        guard let scalar = node.scalar else { throw error(.wrongType, "expected an amount, found \(describe(node))") }
        guard let value = AmountParser.parse(scalar.string) else {
            throw error(.wrongType, "expected an amount (e.g. 273.87 or \"16,745.59\"), found \"\(scalar.string)\"")
        }
        return value
    }

    package func integer() throws -> Int {
        guard let scalar = node.scalar, let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            throw error(.wrongType, "expected a whole number, found \(describe(node))")
        }
        return value
    }

    // Conveniences for fields.
    package func text(_ key: String) throws -> String { try required(key).text() }
    package func optionalText(_ key: String) throws -> String? { try optional(key)?.text() }
    /// A required amount; a present but blank value ("total:") is zero, as on the budget system's sheets.
    package func amount(_ key: String) throws -> Decimal {
        if let child = node.mapping?[key], Self.isNull(child) {
            return 0
        }
        return try required(key).amount()
    }
    package func optionalAmount(_ key: String) throws -> Decimal? { try optional(key)?.amount() }
    package func integer(_ key: String) throws -> Int { try required(key).integer() }
    package func list(_ key: String) throws -> [NodeReader] { try required(key).elements() }
    package func optionalList(_ key: String) throws -> [NodeReader] { try optional(key)?.elements() ?? [] }
    package func texts(_ key: String) throws -> [String] { try list(key).map { try $0.text() } }

    /// An empty or null plain value ("total:" with nothing after it, ~, null).
    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
