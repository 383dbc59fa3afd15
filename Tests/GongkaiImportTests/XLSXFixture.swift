import Foundation
import ZIPFoundation

/// Builds small .xlsx workbooks in a test, part by part, so that no binary fixture is committed.
///
/// The parts are the minimum Excel itself needs to open the file: content types, the package and
/// workbook relationships, the workbook, the shared strings and one part per sheet.
struct XLSXFixture {
    /// Each sheet's tab name and the XML of its part.
    var sheets: [(name: String, xml: String)]
    /// The shared strings, each written as the inner XML of one `<si>` (so rich-text runs can be given).
    var sharedStringItems: [String] = []
    /// Prefix for every spreadsheetml element (`x:` as the Open XML SDK writes), or "" for the default namespace.
    var prefix: String = ""

    /// Writes the workbook into `folder` as `name` and returns its URL.
    func write(in folder: TemporaryFolder, name: String = "budget.xlsx") throws -> URL {
        let url = folder.url.appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts() {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return url
    }

    private func parts() -> [(String, String)] {
        let p = prefix
        let ns = prefix.isEmpty ? "xmlns" : "xmlns:\(prefix.dropLast())"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let officeRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        var overrides = ""
        var sheetElements = ""
        var relationships = ""
        var result: [(String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            overrides +=
                #"<Override PartName="/xl/worksheets/sheet\#(number).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            sheetElements +=
                #"<\#(p)sheet name="\#(Self.escape(sheet.name))" sheetId="\#(number)" r:id="rId\#(number)"/>"#
            relationships +=
                #"<Relationship Id="rId\#(number)" Type="\#(officeRels)/worksheet" Target="worksheets/sheet\#(number).xml"/>"#
            result.append(("xl/worksheets/sheet\(number).xml", header + sheet.xml))
        }
        relationships +=
            #"<Relationship Id="rId\#(sheets.count + 1)" Type="\#(officeRels)/sharedStrings" Target="sharedStrings.xml"/>"#
        let items = sharedStringItems.map { "<\(p)si>\($0)</\(p)si>" }.joined()
        return [
            (
                "[Content_Types].xml",
                header
                    + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\#(overrides)</Types>"#
            ),
            (
                "_rels/.rels",
                header
                    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(officeRels)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
            (
                "xl/workbook.xml",
                header
                    + #"<\#(p)workbook \#(ns)="\#(main)" xmlns:r="\#(officeRels)"><\#(p)sheets>\#(sheetElements)</\#(p)sheets></\#(p)workbook>"#
            ),
            (
                "xl/_rels/workbook.xml.rels",
                header
                    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(relationships)</Relationships>"#
            ),
            (
                "xl/sharedStrings.xml",
                header
                    + #"<\#(p)sst \#(ns)="\#(main)" count="\#(sharedStringItems.count)" uniqueCount="\#(sharedStringItems.count)">\#(items)</\#(p)sst>"#
            ),
        ] + result
    }

    /// A worksheet part from rows of cell texts: numbers as `<v>` as Excel stores them, other text as inline
    /// strings, empty cells left out; `merges` are A1-style ranges.
    static func sheetXML(_ rows: [[String]], merges: [String] = [], prefix p: String = "") -> String {
        let ns = p.isEmpty ? "xmlns" : "xmlns:\(p.dropLast())"
        var xml =
            #"<\#(p)worksheet \#(ns)="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><\#(p)sheetData>"#
        for (rowIndex, row) in rows.enumerated() {
            xml += #"<\#(p)row r="\#(rowIndex + 1)">"#
            for (columnIndex, text) in row.enumerated() where !text.isEmpty {
                let reference = "\(columnName(columnIndex))\(rowIndex + 1)"
                if Double(text) != nil {
                    xml += #"<\#(p)c r="\#(reference)"><\#(p)v>\#(text)</\#(p)v></\#(p)c>"#
                } else {
                    xml +=
                        #"<\#(p)c r="\#(reference)" t="inlineStr"><\#(p)is><\#(p)t>\#(escape(text))</\#(p)t></\#(p)is></\#(p)c>"#
                }
            }
            xml += "</\(p)row>"
        }
        xml += "</\(p)sheetData>"
        if !merges.isEmpty {
            xml += #"<\#(p)mergeCells count="\#(merges.count)">"#
            xml += merges.map { #"<\#(p)mergeCell ref="\#($0)"/>"# }.joined()
            xml += "</\(p)mergeCells>"
        }
        return xml + "</\(p)worksheet>"
    }

    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var name = ""
        while number > 0 {
            name = String(UnicodeScalar(UInt8(65 + (number - 1) % 26))) + name
            number = (number - 1) / 26
        }
        return name
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
