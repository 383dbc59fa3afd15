import Foundation
import ZIPFoundation

/// Writes a plain .xlsx workbook: sheets of text and number cells with merged ranges, and nothing else (no
/// styles, no formulas), as an example of what the budget system exports. The same sheets always give the
/// same bytes (the zip entries carry a fixed date).
public struct XLSXWriter {
    /// A sheet to write: its tab name, its rows of cell texts ("" for an empty cell) and its merged ranges.
    public struct SheetContent: Sendable {
        public var name: String
        public var rows: [[String]]
        public var merges: [CellRange]

        public init(name: String, rows: [[String]], merges: [CellRange] = []) {
            self.name = name
            self.rows = rows
            self.merges = merges
        }
    }

    public var sheets: [SheetContent]

    public init(sheets: [SheetContent]) { self.sheets = sheets }

    /// Writes the workbook to `url`, replacing any file there.
    public func write(to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        let date = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01: a fixed date, for the same bytes every time
        for (path, text) in parts() {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date, compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private func parts() -> [(String, String)] {
        var overrides = ""
        var sheetElements = ""
        var links = ""
        var sheetParts: [(String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            overrides += #"<Override PartName="/xl/worksheets/sheet\#(number).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            sheetElements += #"<sheet name="\#(Self.escape(sheet.name))" sheetId="\#(number)" r:id="rId\#(number)"/>"#
            links += #"<Relationship Id="rId\#(number)" Type="\#(Self.relationships)/worksheet" Target="worksheets/sheet\#(number).xml"/>"#
            sheetParts.append(("xl/worksheets/sheet\(number).xml", Self.header + Self.sheetXML(sheet)))
        }
        return [
            ("[Content_Types].xml", Self.header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\#(overrides)</Types>"#),
            ("_rels/.rels", Self.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(Self.relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", Self.header + #"<workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.relationships)"><sheets>\#(sheetElements)</sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", Self.header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(links)</Relationships>"#),
        ] + sheetParts
    }

    /// A worksheet: numbers as `<v>` values as Excel stores them, other text as inline strings.
    private static func sheetXML(_ sheet: SheetContent) -> String {
        var xml = #"<worksheet xmlns="\#(main)"><sheetData>"#
        for (rowIndex, row) in sheet.rows.enumerated() {
            xml += #"<row r="\#(rowIndex + 1)">"#
            for (columnIndex, text) in row.enumerated() where !text.isEmpty {
                let reference = "\(CellRange.columnName(columnIndex))\(rowIndex + 1)"
                if isNumber(text) {
                    xml += #"<c r="\#(reference)"><v>\#(text)</v></c>"#
                } else {
                    xml += #"<c r="\#(reference)" t="inlineStr"><is><t>\#(escape(text))</t></is></c>"#
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !sheet.merges.isEmpty {
            xml += #"<mergeCells count="\#(sheet.merges.count)">"#
            xml += sheet.merges.map { #"<mergeCell ref="\#($0.description)"/>"# }.joined()
            xml += "</mergeCells>"
        }
        return xml + "</worksheet>"
    }

    /// Plain decimal numbers only: a code such as 2012901 is a number to Excel too, as the budget system writes it.
    private static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && text.filter { $0 == "." }.count <= 1
            && text.first != "." && text.last != "."
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
