import Foundation
import GongkaiImport

/// A list of departments to render together: YAML (`departments:` of `{code, name, input, layout}`) or
/// CSV with those column labels (only `input` is required). Paths are relative to the manifest.
public struct BatchManifest: Sendable {
    public struct Entry: Hashable, Sendable {
        public var code: String?
        public var name: String?
        public var input: String
        public var layout: String?
    }

    public var entries: [Entry]

    /// Whether `path` is a manifest rather than a department file: a .csv file, or YAML whose top level
    /// has `departments`.
    public static func isManifest(_ path: String) -> Bool {
        if path.lowercased().hasSuffix(".csv") { return true }
        // A block mapping's top-level key starts a line: no need to parse a whole department file to see
        // that it is not a manifest. A flow mapping ({departments: …}) is parsed.
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.withUnsafeBytes { raw in
            let lines = Lines(bytes: raw.bindMemory(to: UInt8.self))
            if lines.firstContent?.hasPrefix("{") == true {
                let text = String(decoding: data, as: UTF8.self)
                return (try? NodeReader.parse(yaml: text, file: path))?.has("departments") == true
            }
            return lines.contains { $0.hasPrefix("departments:") || $0.hasPrefix("\"departments\":") }
        }
    }

    /// The lines of a file as `String(decoding:as:).split(separator: "\n")` gives them, looked at one by one
    /// and only where needed. A line feed ends a line unless a carriage return comes just before it (`"\r\n"`
    /// is one `Character`, not a `"\n"`); empty lines are left out; decoding a line on its own gives the same
    /// text as decoding the file, since a line feed ends any sequence of bytes that is not UTF-8.
    private struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>

        /// Where the line that starts at `start` ends.
        func end(from start: Int) -> Int {
            guard let base = bytes.baseAddress else { return start }
            var from = start
            while from < bytes.count, let found = memchr(base + from, 0x0A, bytes.count - from) {
                let newline = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if newline == 0 || bytes[newline - 1] != 0x0D { return newline }
                from = newline + 1
            }
            return bytes.count
        }

        func line(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// The first line that is more than white space, a comment or a document marker, trimmed.
        var firstContent: String? {
            var start = 0
            while start < bytes.count {
                let end = end(from: start)
                let trimmed = line(start..<end).trimmingWhitespace
                if !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("---") { return trimmed }
                start = end + 1
            }
            return nil
        }

        /// Whether a line that starts with `departments` or `"departments` satisfies `predicate`, which must be
        /// false for any other line.
        func contains(where predicate: (String) -> Bool) -> Bool {
            var start = 0
            while start < bytes.count {
                let end = end(from: start)
                if startsWithDepartments(start..<end), predicate(line(start..<end)) { return true }
                start = end + 1
            }
            return false
        }

        private func startsWithDepartments(_ range: Range<Int>) -> Bool {
            let word = "departments".utf8
            var from = range.lowerBound
            if from < range.upperBound, bytes[from] == UInt8(ascii: "\"") { from += 1 }
            return range.upperBound - from >= word.count && bytes[from..<from + word.count].elementsEqual(word)
        }
    }

    public init(contentsOf path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        func resolve(_ relative: String) -> String {
            relative.hasPrefix("/") ? relative : directory.appendingPathComponent(relative).standardized.path
        }
        if path.lowercased().hasSuffix(".csv") {
            entries = try Self.csvEntries(path).map {
                Entry(code: $0.code, name: $0.name, input: resolve($0.input), layout: $0.layout.map(resolve))
            }
            return
        }
        // Deferred typing: read from libyaml's events, with the same values and errors (a batch reads its
        // manifest before anything else starts).
        let root = try NodeReader.read(contentsOf: path, typing: .deferred)
        _ = try root.mapping(allowing: ["departments"])
        entries = try root.list("departments").map { entry in
            _ = try entry.mapping(allowing: ["code", "name", "input", "layout"])
            return Entry(
                code: try entry.optionalText("code"), name: try entry.optionalText("name"), input: resolve(try entry.text("input")),
                layout: try entry.optionalText("layout").map(resolve))
        }
    }

    /// The CSV's rows, paths as written; the fullest set of columns the file has is used.
    private static func csvEntries(_ path: String) throws -> [Entry] {
        do {
            let locator = TableLocator(table: try CSVTable(contentsOf: URL(fileURLWithPath: path)))
            var located: LocatedTable?
            var lastError: Error?
            for labels in [["code", "name", "input", "layout"], ["code", "name", "input"], ["input"]] where located == nil {
                do { located = try locator.locate(labels) } catch { lastError = error }
            }
            guard let table = located else { throw lastError ?? ImportError.headerLabelsNotFound(file: path, missing: ["input"]) }
            func value(_ row: [String: String], _ key: String) -> String? { row[key].flatMap { $0.isEmpty ? nil : $0 } }
            return table.rows.compactMap { row in
                value(row, "input").map { Entry(code: value(row, "code"), name: value(row, "name"), input: $0, layout: value(row, "layout")) }
            }
        } catch let error as ImportError {
            throw DataError(.invalidValue, file: path, location: nil, fieldPath: "", text: error.text)
        }
    }
}
