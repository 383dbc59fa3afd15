import Foundation
import GongkaiImport
import Testing
import ZIPFoundation

/// Inputs `make fuzz` found to crash, hang or blow up the export readers, kept in
/// Fixtures/fuzz-regressions/ as the fuzzers read them: each must now be read, or refused with an
/// `ImportError`, quickly.
///
/// A `NAME.csv` is a CSV export, a `NAME.xlsx` a workbook, and a `NAME.parts` a workbook written as text
/// (Fuzz/Sources/FuzzSupport/WorkbookParts.swift: a line `=== PATH` starts each part), so that no binary
/// workbook is committed.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasSuffix(".hang") }.sorted()
    }

    /// The workbook a `.parts` input stands for, written into `temporary`.
    static func workbook(fromParts data: Data, in temporary: TemporaryFolder) throws -> URL {
        var parts: [(path: String, lines: [Data])] = []
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if line.starts(with: Array("=== ".utf8)) {
                parts.append((String(decoding: line.dropFirst(4), as: UTF8.self), []))
            } else if !parts.isEmpty {
                parts[parts.count - 1].lines.append(Data(line))
            }
        }
        let url = temporary.url.appendingPathComponent("input.xlsx")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, lines) in parts where !path.isEmpty {
            let content = Data(lines.joined(separator: [UInt8(ascii: "\n")]))
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(content.count), compressionMethod: .none,
                provider: { position, size in content.subdata(in: Int(position)..<(Int(position) + size)) })
        }
        return url
    }

    /// Reads one kept input as the loaders do: every sheet of a workbook, then a table looked for by its labels.
    static func read(_ name: String, in temporary: TemporaryFolder) throws {
        let url = folder.appendingPathComponent(name)
        var locators: [TableLocator] = []
        switch url.pathExtension {
        case "csv":
            locators.append(TableLocator(table: try CSVTable(contentsOf: url)))
        case "xlsx", "parts":
            let workbookURL = url.pathExtension == "xlsx" ? url : try workbook(fromParts: Data(contentsOf: url), in: temporary)
            let workbook = try XLSXWorkbook(contentsOf: workbookURL)
            for sheet in workbook.sheetNames {
                locators.append(TableLocator(sheet: try workbook.sheet(named: sheet)))
            }
        default:
            Issue.record("\(name): not an input this test knows how to read")
        }
        for locator in locators {
            _ = try locator.locate(["项目", "数量", "价值"])
        }
    }

    @Test(arguments: inputs) func everyKeptInputIsReadOrRefusedWithAnImportError(_ name: String) throws {
        let temporary = try TemporaryFolder()
        do {
            try Self.read(name, in: temporary)
        } catch is ImportError {
            // Refused with a message naming the file: what a department's run should report.
        }
    }

    /// Made by hand while looking at what the XLSX fuzzer's slow inputs cost, kept with the fuzzers' inputs:
    /// 400 copies of one merged range over a 1,000 × 1,000 grid (12 KB): filling them took 400 million
    /// cell copies, about a minute (hours for a 16,384-column grid), before overlapping ranges were refused.
    @Test func overlappingMergedRangesAreRefused() throws {
        let temporary = try TemporaryFolder()
        let error = try #require(throws: ImportError.self) { try Self.read("overlapping-merges.parts", in: temporary) }
        guard case .malformedPart(_, let part, let reason) = error else {
            Issue.record("expected a malformed part, got \(error)")
            return
        }
        #expect(part == "xl/worksheets/sheet1.xml")
        #expect(reason.contains("merged ranges that overlap (A1:ALL1000)"))
    }

    /// `<\xFFH`: swift-corelibs-foundation's XMLParser traps on an element name that is not UTF-8.
    @Test func aPartThatIsNotUTF8IsRefusedBeforeXMLParserSeesIt() throws {
        let temporary = try TemporaryFolder()
        let error = try #require(throws: ImportError.self) { try Self.read("non-utf8-element-name.parts", in: temporary) }
        guard case .malformedPart(_, let part, let reason) = error else {
            Issue.record("expected a malformed part, got \(error)")
            return
        }
        #expect(part == "_rels/.rels")
        #expect(reason == "not UTF-8 text (at byte 1)")
    }

    /// `</i<row "></c>`: a <row> opened inside a cell left the cell at column -1, and filling the grid trapped.
    /// (The fuzzer's own input, in the inputs above, now stops earlier, at its workbook part; this one is
    /// well-formed XML with the row inside the cell.)
    @Test func aRowInsideACellIsRefused() throws {
        let temporary = try TemporaryFolder()
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is><row r="2"></row></c></row>\
            </sheetData></worksheet>
            """
        let workbook = try XLSXWorkbook(contentsOf: XLSXFixture(sheets: [("表", xml)]).write(in: temporary))
        let error = try #require(throws: ImportError.self) { try workbook.sheet(named: "表") }
        guard case .malformedPart(_, let part, let reason) = error else {
            Issue.record("expected a malformed part, got \(error)")
            return
        }
        #expect(part == "xl/worksheets/sheet1.xml")
        #expect(reason.contains("outside any row or column"))
    }

    /// A worksheet whose deflated data ends before its last block (one byte changed in 562): ZIPFoundation
    /// 0.9.20 never returns from `archive.extract` (Data+Compression.swift, `decode`: once the entry's bytes
    /// are used up it reads empty chunks and loops while inflate has not seen the stream's end). Parts are
    /// now inflated from their own bytes by a provider that fails when they are used up (`ZIPRawEntry`).
    @Test func aDeflateStreamWithoutItsEndIsRefused() throws {
        let temporary = try TemporaryFolder()
        let url = temporary.url.appendingPathComponent("unended.xlsx")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("unended-deflate-stream.xlsx.hang"), to: url)
        let workbook = try XLSXWorkbook(contentsOf: url)
        #expect(throws: ImportError.self) { try workbook.sheet(named: workbook.sheetNames.first ?? "") }
    }

    /// Excel's own merged ranges never overlap, and cover at most the whole grid: still read.
    @Test func mergedRangesCoveringTheWholeGridOnceAreRead() throws {
        let temporary = try TemporaryFolder()
        let xml = XLSXFixture.sheetXML([["项目", "数量", "价值"], ["甲", "1", "2"]], merges: ["A1:A2", "B1:C2"])
        let workbook = try XLSXWorkbook(contentsOf: XLSXFixture(sheets: [("表", xml)]).write(in: temporary))
        #expect(try workbook.sheet(named: "表").mergedRanges.count == 2)
    }

    /// A worksheet part in UTF-16 with its byte-order mark, which packages may have, is still read.
    @Test func aUTF16PartIsStillRead() throws {
        let temporary = try TemporaryFolder()
        let url = try XLSXFixture(sheets: [("表", "<x/>")]).write(in: temporary)
        let xml = #"<?xml version="1.0" encoding="UTF-16"?>"# + XLSXFixture.sheetXML([["项目", "数量", "价值"], ["甲", "1", "2"]])
        let utf16 = Data([0xFF, 0xFE]) + (xml.data(using: .utf16LittleEndian) ?? Data())
        let archive = try Archive(url: url, accessMode: .update)
        try archive.remove(try #require(archive["xl/worksheets/sheet1.xml"]))
        try archive.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(utf16.count), compressionMethod: .none,
            provider: { position, size in utf16.subdata(in: Int(position)..<(Int(position) + size)) })
        let sheet = try XLSXWorkbook(contentsOf: url).sheet(named: "表")
        #expect(sheet.rows == [["项目", "数量", "价值"], ["甲", "1", "2"]])
    }
}
