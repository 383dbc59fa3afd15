import Foundation
import GongkaiMessages
import GongkaiImport
import Yams

/// Reads a YAML node into typed values, keeping track of the field path and the source location so
/// that every error names file, line, column and field.
package struct NodeReader {
    package let file: String
    package let node: YAMLNode
    package let path: String
    /// Shared by every reader of one file.
    package let sourceMap: SourceMap
    /// The node's field in `sourceMap.locations`.
    let place: Int32
    /// How the tree's plain scalars were typed, which decides how keys are matched.
    let typing: ScalarTyping

    /// A reader for the root of a tree Yams composed with its default resolver.
    package init(file: String, node: Node, sourceMap: SourceMap = SourceMap()) {
        self.init(
            file: file, node: YAMLTree(node).rootNode, path: "", sourceMap: sourceMap, typing: .resolved,
            place: SourceLocations.Builder.root)
    }

    init(file: String, node: YAMLNode, path: String, sourceMap: SourceMap, typing: ScalarTyping, place: Int32) {
        self.file = file
        self.node = node
        self.path = path
        self.sourceMap = sourceMap
        self.typing = typing
        self.place = place
        let line = node.line
        if line > 0 { sourceMap.locations.record(place, file: file, line: line, column: node.column) }
    }

    package func location(of node: YAMLNode? = nil) -> SourceLocation? {
        let node = node ?? self.node
        let line = node.line
        guard line > 0 else { return nil }
        return SourceLocation(file: file, line: line, column: node.column)
    }

    package func error(_ kind: DataError.Kind, _ text: LocalizedText, at node: YAMLNode? = nil, path: String? = nil) -> DataError {
        DataError(kind, file: file, location: location(of: node), fieldPath: path ?? self.path, text: text)
    }

    /// An error in words the catalogue does not have yet: the same in every language.
    package func error(_ kind: DataError.Kind, _ message: String, at node: YAMLNode? = nil, path: String? = nil) -> DataError {
        error(kind, LocalizedText(verbatim: message), at: node, path: path)
    }

    private func childPath(_ key: String) -> String {
        path.isEmpty ? key : Self.concatenate(path, ".", key, "")
    }

    private func elementPath(_ index: Int) -> String {
        Self.concatenate(path, "[", String(index), "]")
    }

    /// `a + b + c + d` in one allocation (paths are made for every field read).
    private static func concatenate(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
        String(unsafeUninitializedCapacity: a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count) { buffer in
            var end = 0
            func append(_ part: String) {
                end += UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(from: part.utf8).1
            }
            append(a)
            append(b)
            append(c)
            append(d)
            return end
        }
    }

    /// The child node at `key` of this mapping node as Yams' `mapping[key]` finds it in a tree typed by the
    /// default resolver; nil when absent.
    private func child(_ key: String, in mapping: YAMLTree.Entry) -> YAMLNode? {
        switch typing {
        case .resolved:
            // The last key of the same text and of the type the default resolver gives `key`.
            var found: YAMLNode?
            var wanted: Tag.Name?
            for pair in 0..<Int(mapping.count) {
                let candidate = node.key(at: pair, of: mapping)
                guard candidate.hasText(key) else { continue }
                if wanted == nil { wanted = ScalarTyping.tag(ofPlain: key) }
                if candidate.tagName == wanted { found = node.value(at: pair, of: mapping) }
            }
            return found
        case .deferred:
            // No two keys have the same text (the parse checked), and a key and `key` match when they have the
            // same text and type: a plain key is typed as `key` is, a quoted one is text.
            for pair in 0..<Int(mapping.count) {
                let candidate = node.key(at: pair, of: mapping)
                guard candidate.hasText(key) else { continue }
                return candidate.isPlainScalar || ScalarTyping.isText(key) ? node.value(at: pair, of: mapping) : nil
            }
            return nil
        }
    }

    /// The child node at `key`, nil when absent; throws when this node is not a mapping.
    private func child(_ key: String) throws -> YAMLNode? {
        let entry = node.entry
        guard entry.kind == .mapping else {
            throw error(.wrongType, ModelMessages.expectedMapping(found(node)))
        }
        return child(key, in: entry)
    }

    /// Whether this node is a mapping with a `key`.
    package func has(_ key: String) -> Bool {
        let entry = node.entry
        guard entry.kind == .mapping else { return false }
        return child(key, in: entry) != nil
    }

    /// A mapping key's name (`Node.string` in a tree typed by the default resolver); nil when it is not text.
    package func name(of key: YAMLNode) -> String? {
        switch typing {
        case .resolved:
            return key.string
        case .deferred:
            // A mapping used as a key names itself by its `=` (value) key, if it has one.
            if key.isMapping {
                for (inner, value) in key.pairs {
                    if inner.isPlainScalar, let text = inner.scalarText, ScalarTyping.tag(ofPlain: text) == .value {
                        return name(of: value)
                    }
                }
            }
            return key.scalarText
        }
    }

    /// The node as a mapping, checking that it has no keys other than `allowed` (a list of a few names,
    /// searched in place rather than hashed into a set for each mapping read).
    @discardableResult
    package func mapping(allowing allowed: [String]) throws -> YAMLNode {
        let entry = node.entry
        guard entry.kind == .mapping else {
            throw error(.wrongType, ModelMessages.expectedMapping(found(node)))
        }
        for pair in 0..<Int(entry.count) {
            let key = node.key(at: pair, of: entry)
            // The key's name is worked out only for a key that is not plain text, or for an error.
            if typing == .deferred, let name = key.scalarText, allowed.contains(name) { continue }
            guard let name = name(of: key) else { throw error(.wrongType, ModelMessages.fieldNamesMustBeText, at: key) }
            if !allowed.contains(name) {
                let suggestion = allowed.sorted().first { $0.lowercased() == name.lowercased() }
                throw error(.unknownField, ModelMessages.unknownField(name, suggestion: suggestion), at: key, path: childPath(name))
            }
        }
        return node
    }

    /// The child at `key`, or nil when absent or null.
    package func optional(_ key: String) throws -> NodeReader? {
        guard let child = try child(key) else { return nil }
        // An empty or null plain value ("total:" with nothing after it) is the same as an absent one.
        if Self.isNull(child) { return nil }
        return reader(child, key: key)
    }

    /// A reader for the field `key` of this one's.
    private func reader(_ node: YAMLNode, key: String) -> NodeReader {
        NodeReader(
            file: file, node: node, path: childPath(key), sourceMap: sourceMap, typing: typing,
            place: sourceMap.locations.node(under: place, key: key))
    }

    /// A reader for the `index`-th element of this one's list.
    private func reader(_ node: YAMLNode, index: Int) -> NodeReader {
        NodeReader(
            file: file, node: node, path: elementPath(index), sourceMap: sourceMap, typing: typing,
            place: sourceMap.locations.node(under: place, index: index))
    }

    /// The child at `key`, required.
    package func required(_ key: String) throws -> NodeReader {
        guard let child = try optional(key) else {
            throw error(.missingField, ModelMessages.missingField(key), path: childPath(key))
        }
        return child
    }

    /// The node's elements, each with its indexed path.
    package func elements() throws -> [NodeReader] {
        guard node.isSequence else {
            throw error(.wrongType, ModelMessages.expectedList(found(node)))
        }
        let count = node.count
        if count > InputLimits.standard.tableRows {
            throw error(.invalidValue, ModelMessages.tooManyEntries(count, limit: InputLimits.standard.tableRows))
        }
        return node.elements.enumerated().map { reader($1, index: $0) }
    }

    package func text() throws -> String {
        // The text is made from the tree's bytes into storage of its own: the model keeps its texts after the
        // tree is let go, and a text sharing the tree's memory would keep that from being given back.
        guard let text = node.scalarText else { throw error(.wrongType, ModelMessages.expectedText(found(node))) }
        let limit = InputLimits.standard.textCharacters
        // utf8.count is free; a text of more bytes than the limit may still be short enough in characters.
        if text.utf8.count > limit, text.count > limit {
            throw error(.invalidValue, ModelMessages.textTooLong(text.count, limit: limit))
        }
        return hygienic(text)
    }

    /// `text` without the characters `TextHygiene` leaves out, each reported as a finding on this field;
    /// recorded with the field for the checks of every text.
    /// - Parameter cell: where the text is, when it is a cell of an export the field takes a table from.
    package func hygienic(_ text: String, cell: ExportCell? = nil) -> String {
        let problems = TextHygiene.problems(in: text)
        guard !problems.isEmpty else {
            sourceMap.texts.append(text, field: place, cell: cell)
            return text
        }
        let detail = LocalizedText(verbatim: cell.map { "\($0): " } ?? "")
        for problem in problems {
            sourceMap.findings.append(Finding(
                severity: problem.isError ? .error : .warning, rule: problem.rule, fieldPath: path, location: location(),
                text: detail + problem.text))
        }
        let cleaned = TextHygiene.cleaned(text)
        sourceMap.texts.append(cleaned, field: place, cell: cell)
        return cleaned
    }

    package func amount() throws -> Decimal {
        guard let text = node.scalarText else { throw error(.wrongType, ModelMessages.expectedAmount(found(node))) }
        if isToBeFilled(text) { return 0 }
        guard let value = AmountParser.parse(text) else {
            throw error(.wrongType, ModelMessages.notAnAmount(text))
        }
        return value
    }

    /// true or false (YAML's spellings of them).
    package func boolean() throws -> Bool {
        switch node.scalarText {
        case "true", "True", "TRUE", "yes", "Yes", "YES": return true
        case "false", "False", "FALSE", "no", "No", "NO": return false
        default: throw error(.wrongType, ModelMessages.expectedBoolean(found(node)))
        }
    }

    package func integer() throws -> Int {
        guard let text = node.scalarText, let value = Int(text.trimmingWhitespace) else {
            throw error(.wrongType, ModelMessages.expectedInteger(found(node)))
        }
        return value
    }

    // Conveniences for fields.
    package func text(_ key: String) throws -> String { try required(key).text() }
    package func optionalText(_ key: String) throws -> String? { try optional(key)?.text() }
    /// A required amount; a present but blank value ("total:") is zero, as on the budget system's sheets.
    package func amount(_ key: String) throws -> Decimal {
        guard let child = try child(key) else {
            throw error(.missingField, ModelMessages.missingField(key), path: childPath(key))
        }
        if Self.isNull(child) { return 0 }
        return try reader(child, key: key).amount()
    }
    package func optionalAmount(_ key: String) throws -> Decimal? { try optional(key)?.amount() }
    package func integer(_ key: String) throws -> Int { try required(key).integer() }
    /// A number of things (trips, people, vehicles): a whole number, 0 or more.
    package func count(_ key: String) throws -> Int {
        let field = try required(key)
        if let text = field.node.scalarText, field.isToBeFilled(text) { return 0 }
        let value = try field.integer()
        guard value >= 0 else { throw field.error(.invalidValue, ModelMessages.negativeCount(value)) }
        return value
    }
    package func list(_ key: String) throws -> [NodeReader] { try required(key).elements() }
    package func optionalList(_ key: String) throws -> [NodeReader] { try optional(key)?.elements() ?? [] }
    package func texts(_ key: String) throws -> [String] { try list(key).map { try $0.text() } }

    /// Whether a number is still to be filled in (待填写, as `gongkai new` writes the figures no export gives):
    /// it counts as 0, and is recorded as the field's text, so that the placeholder check reports it.
    private func isToBeFilled(_ text: String) -> Bool {
        guard text.trimmingWhitespace == "待填写" else { return false }
        sourceMap.texts.append(text, field: place, cell: nil)
        return true
    }

    /// An empty or null plain value ("total:" with nothing after it, ~, null).
    private static func isNull(_ node: YAMLNode) -> Bool {
        let entry = node.entry
        guard entry.kind == .scalar, entry.isPlain, entry.count <= 4 else { return false }
        switch node.scalarText {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    private func found(_ node: YAMLNode) -> ModelMessages.Found {
        if node.isMapping { return .mapping }
        if node.isSequence { return .list }
        return .scalar(node.scalarText ?? "")
    }
}
