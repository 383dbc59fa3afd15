import Foundation
@testable import GongkaiRendering
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

/// Command-line PDF tools for checking what the writer produces.
enum PDFTools {
    static func run(_ tool: String, _ arguments: [String]) throws -> ProgramOutput {
        try ProgramOutput.tool(tool, arguments)
    }

    /// Every object of `pdf` as qpdf reads it ("obj:7 0 R" → its JSON value), streams with their decoded data.
    static func objects(of pdf: String) throws -> [String: String] {
        let output = try run("qpdf", ["--json", "--json-key=qpdf", "--json-stream-data=inline", pdf])
        guard output.status == 0, let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any],
            let qpdf = json["qpdf"] as? [Any], let table = qpdf.last as? [String: Any]
        else { throw CocoaError(.fileReadCorruptFile) }
        var objects: [String: String] = [:]
        for (key, value) in table where key.hasPrefix("obj:") {
            let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
            objects[key] = String(decoding: data, as: UTF8.self)
        }
        return objects
    }

    /// A fresh file path in the temporary folder.
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-rendering-\(UUID().uuidString)-\(name)").path
    }

    /// Writes `document` with the PDF writer into a temporary file named after `name`, and checks it with
    /// qpdf; returns its path.
    static func write(_ document: TypesetDocument, with renderer: PageRenderer, name: String) throws -> String {
        let path = temporaryPath("\(name).pdf")
        try renderer.writePDF(document, to: path, creationDate: "2024-01-01T00:00:00Z")
        #expect(try run("qpdf", ["--check", path]).status == 0)
        return path
    }

    /// Expects page `page` of `pdf`, as poppler draws it through Cairo (pdftocairo) at 144 dpi, to look as
    /// the PNG painter draws the document's page: compared in blocks of 3 × 3 pixels, few inked blocks may
    /// differ much (a glyph one pixel off changes a third of its blocks). Returns the painter's count of
    /// inked blocks.
    @discardableResult
    static func expectSameLook(_ pdf: String, page: Int, as document: TypesetDocument, with renderer: PageRenderer) throws -> Int {
        let dpi = 144.0
        let painted = try renderer.rasterize(document.pages[page - 1], dpi: dpi)
        let stem = temporaryPath("page")
        _ = try run("pdftocairo", ["-png", "-singlefile", "-r", "\(Int(dpi))", "-gray", "-f", "\(page)", "-l", "\(page)", pdf, stem])
        defer { unlink(stem + ".png") }
        let drawn = try RasterImage(contentsOfPNG: stem + ".png")
        func grey(_ rgb: UInt32) -> Int {
            (Int(rgb >> 16 & 0xFF) * 299 + Int(rgb >> 8 & 0xFF) * 587 + Int(rgb & 0xFF) * 114) / 1000
        }
        let block = 3
        // Rows and columns both have: the two round the page's size differently.
        let rows = min(painted.height, drawn.height) / block
        let columns = min(painted.width, drawn.width) / block
        var differing = 0
        var inked = 0
        for row in 0..<rows {
            for column in 0..<columns {
                var ours = 0
                var theirs = 0
                for y in (row * block)..<((row + 1) * block) {
                    for x in (column * block)..<((column + 1) * block) {
                        ours += grey(painted.pixels[y * painted.width + x])
                        theirs += grey(drawn.pixels[y * drawn.width + x])
                    }
                }
                let area = block * block
                if ours < 192 * area { inked += 1 }
                if abs(ours - theirs) > 48 * area { differing += 1 }
            }
        }
        #expect(differing * 50 < inked, "page \(page): \(differing) blocks differ of \(inked) inked")
        return inked
    }
}
