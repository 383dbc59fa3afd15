import Foundation
import GongkaiImport
import Yams

/// Reading a file or a text into a reader for its root: straight from libyaml's events where that reader takes
/// the text, else by Yams, with the same values and errors either way.
extension NodeReader {
    /// Reads the file at `path` (UTF-8 YAML) into a reader for its root node.
    /// - Parameter typing: `.deferred` reads the file faster, with the same values and errors.
    package static func read(contentsOf path: String, typing: ScalarTyping = .resolved) throws -> NodeReader {
        let data = try SourceFile.contents(of: path, limit: InputLimits.standard.fileBytes)
        // A file of valid UTF-8 is read from its bytes: its text is made only for Yams, or for an error.
        if typing == .deferred, TextDecoding.firstInvalidUTF8Offset(in: data) == nil,
            let reader = try data.withUnsafeBytes({ try fromEvents($0.bindMemory(to: UInt8.self), file: path) })
        {
            return reader
        }
        return try parsedByYams(yaml: SourceFile.text(of: data, file: path), file: path, typing: typing)
    }

    /// Parses `yaml`, reporting errors against `file`.
    /// - Parameter typing: `.deferred` reads the file faster, with the same values and errors.
    package static func parse(yaml: String, file: String, typing: ScalarTyping = .resolved) throws -> NodeReader {
        if typing == .deferred {
            var text = yaml
            if let reader = try text.withUTF8({ try fromEvents($0, file: file) }) { return reader }
        }
        return try parsedByYams(yaml: yaml, file: file, typing: typing)
    }

    /// `parse` by Yams alone: typed, or (with `.deferred`) untyped unless the text could tell the two apart.
    private static func parsedByYams(yaml: String, file: String, typing: ScalarTyping) throws -> NodeReader {
        let untyped = typing == .deferred && !ScalarTyping.mayHaveTags(yaml)
        do {
            try YAMLShape.check(yaml, limits: .standard)
        } catch let excess as YAMLShape.Excess {
            throw excessError(excess, file: file)
        }
        do {
            if untyped {
                do {
                    guard let node = try Yams.compose(yaml: yaml, .basic, .default, yamsEncoding) else { throw emptyFile(file) }
                    return NodeReader(
                        file: file, node: YAMLTree(node).rootNode, path: "", sourceMap: SourceMap(capacityFor: yaml),
                        typing: .deferred, place: SourceLocations.Builder.root)
                } catch YamlError.duplicatedKeysInMapping {
                    // Keys with the same text may still differ in type (`1` and "1"): the typed parse decides.
                }
            }
            guard let node = try Yams.compose(yaml: yaml, .default, .default, yamsEncoding) else { throw emptyFile(file) }
            return NodeReader(file: file, node: node)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        }
    }

    /// A reader of the untyped tree of `yaml` (UTF-8) read straight from libyaml's events; nil when that reader
    /// leaves the text to Yams (`YAMLTree.EventReading.unsupported`).
    private static func fromEvents(_ yaml: UnsafeBufferPointer<UInt8>, file: String) throws -> NodeReader? {
        guard !ScalarTyping.mayHaveTags(yaml), yamsEncoding == .utf8 else { return nil }
        let reading: YAMLTree.EventReading
        do {
            reading = try YAMLTree.read(events: yaml, limits: .standard)
        } catch let excess as YAMLShape.Excess {
            throw excessError(excess, file: file)
        }
        switch reading {
        case .tree(let tree):
            return NodeReader(
                file: file, node: tree.rootNode, path: "", sourceMap: SourceMap(nodes: tree.entries.count), typing: .deferred,
                place: SourceLocations.Builder.root)
        case .empty:
            throw emptyFile(file)
        case .unsupported:
            return nil
        }
    }

    /// Yams' default encoding, found without what `Parser.Encoding.default` does on every parse: read the
    /// whole environment to look for `YAMS_DEFAULT_ENCODING` (UTF-8 when it is not set).
    package static var yamsEncoding: Parser.Encoding {
        getenv("YAMS_DEFAULT_ENCODING") == nil ? .utf8 : .default
    }

    private static func excessError(_ excess: YAMLShape.Excess, file: String) -> DataError {
        DataError(
            .invalidValue, file: file, location: SourceLocation(file: file, line: excess.line, column: excess.column),
            fieldPath: "", text: excess.text)
    }

    private static func emptyFile(_ file: String) -> DataError {
        DataError(.missingField, file: file, location: nil, fieldPath: "", text: ModelMessages.fileEmpty)
    }

    private static func syntaxError(_ error: YamlError, file: String) -> DataError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let message = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return DataError(
                .syntax, file: file, location: SourceLocation(file: file, line: mark.line, column: mark.column),
                fieldPath: "", text: ModelMessages.yamlSyntax(message))
        case let .duplicatedKeysInMapping(duplicates, context):
            return DataError(
                .syntax, file: file,
                location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                fieldPath: "", text: ModelMessages.duplicatedFields(duplicates))
        case let .reader(problem, offset, _, yaml):
            // The reader reports an offset in characters; turn it into a line and column.
            var location: SourceLocation?
            if let offset, let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) {
                let before = yaml[..<index]
                let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let lineStart = before.lastIndex(of: "\n").map { yaml.index(after: $0) } ?? yaml.startIndex
                location = SourceLocation(file: file, line: line, column: yaml[lineStart..<index].unicodeScalars.count + 1)
            }
            return DataError(.syntax, file: file, location: location, fieldPath: "", text: ModelMessages.yamlSyntax(problem))
        default:
            return DataError(.syntax, file: file, location: nil, fieldPath: "", text: ModelMessages.yamlError("\(error)"))
        }
    }
}
