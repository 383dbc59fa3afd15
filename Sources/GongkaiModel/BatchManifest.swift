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
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n")
        let content = lines.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("---") }
        if content?.hasPrefix("{") == true {
            return (try? NodeReader.parse(yaml: text, file: path))?.node.mapping?["departments"] != nil
        }
        return lines.contains { $0.hasPrefix("departments:") || $0.hasPrefix("\"departments\":") }
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
        let root = try NodeReader.read(contentsOf: path)
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
            throw DataError(.invalidValue, file: path, location: nil, fieldPath: "", message: error.description)
        }
    }
}
