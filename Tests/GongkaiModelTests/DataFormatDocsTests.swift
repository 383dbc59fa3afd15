import Foundation
import GongkaiModel
import Testing

/// docs/data-format.md's tables of fields are generated from the field declarations (`Disclosure.fieldInfos`),
/// so that the documentation cannot drift from the reader: a table out of date fails here, and
/// `GONGKAI_WRITE_DOCS=1 swift test --filter DataFormatDocsTests` writes it anew.
@Suite struct DataFormatDocsTests {
    static let docsPath = Fixture.packageRoot.appendingPathComponent("docs/data-format.md").path

    @Test func everyTableOfFieldsIsUpToDate() throws {
        let written = try String(contentsOfFile: Self.docsPath, encoding: .utf8)
        let generated = try DataFormatTables.regenerate(written)
        if generated != written, ProcessInfo.processInfo.environment["GONGKAI_WRITE_DOCS"] == "1" {
            try generated.write(toFile: Self.docsPath, atomically: true, encoding: .utf8)
        }
        let writtenLines = written.split(separator: "\n", omittingEmptySubsequences: false)
        let generatedLines = generated.split(separator: "\n", omittingEmptySubsequences: false)
        if let index = writtenLines.indices.first(where: { $0 < generatedLines.count && writtenLines[$0] != generatedLines[$0] }) {
            Issue.record("docs/data-format.md line \(index + 1) is \"\(writtenLines[index])\", the declarations make it \"\(generatedLines[index])\"")
        }
        #expect(writtenLines.count == generatedLines.count)
    }

    @Test func everyDeclaredFieldIsDocumentedWithItsLabel() throws {
        let written = try String(contentsOfFile: Self.docsPath, encoding: .utf8)
        let covered = try DataFormatTables.coveredPaths(written)
        for (path, label) in DataFormatTables.allPaths(Disclosure.fieldInfos) {
            #expect(covered[path] != nil, "\(path) is in no table of docs/data-format.md")
            if let documented = covered[path] { #expect(documented == label, "\(path): documented as \(documented)") }
        }
    }
}

/// The tables of docs/data-format.md between `<!-- fields of PATH -->` (optionally `… without KEY, KEY`) and
/// `<!-- end of fields -->`: `.` is the top level, without the fields below it.
enum DataFormatTables {
    struct Marker {
        var path: String
        var without: Set<String>
    }

    static let end = "<!-- end of fields -->"

    static func marker(_ line: Substring) -> Marker? {
        guard line.hasPrefix("<!-- fields of "), line.hasSuffix(" -->") else { return nil }
        let body = line.dropFirst("<!-- fields of ".count).dropLast(" -->".count)
        let parts = body.components(separatedBy: " without ")
        let without = parts.count > 1 ? Set(parts[1].components(separatedBy: ", ")) : []
        return Marker(path: parts[0], without: without)
    }

    /// The document with every marked table made anew from the declarations.
    static func regenerate(_ text: String) throws -> String {
        var output: [Substring] = []
        var skipping = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if skipping {
                if line == end { skipping = false; output.append(line) }
                continue
            }
            output.append(line)
            if let marker = marker(line) {
                output += try table(marker).map { Substring($0) }
                skipping = true
            }
        }
        return output.joined(separator: "\n")
    }

    static func table(_ marker: Marker) throws -> [String] {
        let rows = try entries(marker).map { entry in
            "| `\(entry.relative)` | \(entry.label) | \(entry.type) | \(entry.doc) |"
        }
        return ["| field | 中文 | type | meaning |", "|---|---|---|---|"] + rows
    }

    struct Entry {
        var relative: String
        var absolute: String
        var label: String
        var type: String
        var doc: String
    }

    /// The fields a marker's table lists, in declaration order.
    static func entries(_ marker: Marker) throws -> [Entry] {
        if marker.path == "." {
            return Disclosure.fieldInfos.map { entry($0, relative: $0.key, absolute: $0.key, prefix: "") }
        }
        var infos = Disclosure.fieldInfos
        var prefix = ""
        var absolute = ""
        var isList = false
        for key in marker.path.split(separator: ".") {
            guard let info = infos.first(where: { $0.key == key }) else { throw DocsError.noField(marker.path) }
            absolute += (absolute.isEmpty ? "" : ".") + key
            prefix += info.labelPrefix
            infos = info.children
            if case .list = info.kind { isList = true } else { isList = false }
        }
        return walk(infos, relative: isList ? "[]" : "", absolute: absolute, prefix: prefix, without: marker.without)
    }

    private static func walk(_ infos: [FieldInfo], relative: String, absolute: String, prefix: String, without: Set<String>) -> [Entry] {
        infos.flatMap { info -> [Entry] in
            let path = relative.isEmpty ? info.key : relative + (relative.hasSuffix("[]") ? "." : ".") + info.key
            let full = absolute + "." + info.key
            let own = entry(info, relative: path, absolute: full, prefix: prefix)
            guard !without.contains(info.key), !info.children.isEmpty else { return [own] }
            let isList = if case .list = info.kind { true } else { false }
            return [own] + walk(
                info.children, relative: path + (isList ? "[]" : ""), absolute: full, prefix: prefix + info.labelPrefix, without: [])
        }
    }

    private static func entry(_ info: FieldInfo, relative: String, absolute: String, prefix: String) -> Entry {
        Entry(
            relative: relative, absolute: absolute, label: info.label.map { prefix + $0 } ?? "",
            type: info.role == .computed ? "computed: \(name(of: info.kind)), for templates" : name(of: info.kind) + (info.optional ? ", optional" : ""),
            doc: info.doc)
    }

    static func name(of kind: FieldInfo.Kind) -> String {
        switch kind {
        case .text: "string"
        case .amount: "amount"
        case .integer: "integer"
        case .count: "integer, 0 or more"
        case .boolean: "true or false"
        case .list(.text): "list of strings"
        case .list(.list(.text)): "list of lists of strings"
        case .list: "list"
        case .record: "mapping"
        case .byName(let kind): "mapping of \(name(of: kind))s by name"
        case .layoutFields: "mapping"
        }
    }

    /// Every path the marked tables list, with its label.
    static func coveredPaths(_ text: String) throws -> [String: String] {
        var covered: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let marker = marker(line) else { continue }
            for entry in try entries(marker) { covered[entry.absolute] = entry.label }
        }
        return covered
    }

    /// Every declared field by its path (list elements' fields without `[]`), with its label; the fields
    /// below `previous_budget`, `three_public.previous` and `budget_tables.economic` have the shape of
    /// `budget`, `three_public.current` and `budget_tables.function`'s and are documented there.
    static func allPaths(_ infos: [FieldInfo], path: String = "", prefix: String = "") -> [(String, String)] {
        let same: Set<String> = ["previous_budget", "three_public.previous", "budget_tables.economic"]
        return infos.flatMap { info -> [(String, String)] in
            let full = path.isEmpty ? info.key : path + "." + info.key
            let own = (full, info.label.map { prefix + $0 } ?? "")
            return same.contains(full) ? [own] : [own] + allPaths(info.children, path: full, prefix: prefix + info.labelPrefix)
        }
    }

    enum DocsError: Error {
        case noField(String)
    }
}
