import Foundation
import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

@testable import GongkaiRendering

/// A table set across the page, as the PDF writer draws it: an A4 portrait sheet, the content under a
/// quarter-turn matrix, the page number upright, the text still extractable and tagged, the same look as
/// the PNG painter's.
@Suite(.serialized) struct TurnedPageWritingTests {
    static let a4 = PageGeometry(width: 595.276, height: 841.89, marginTop: 105, marginBottom: 99, marginLeft: 79, marginRight: 74)

    /// A wide table set across from the first page on, long enough for two pages (odd, then even).
    static func document(fonts: PageRenderer) throws -> TypesetDocument {
        let font = FontSpec(families: ["Noto Serif CJK SC"])
        let body = ParagraphStyle(text: TextStyle(font: font, size: 10.5), lineHeight: 15, alignment: .left)
        let style = TableStyle(body: body, header: body, caption: body)
        let columns = ["科目编码", "科目名称", "合计", "基本支出", "项目支出", "上年结转", "单位资金", "其他资金"]
        let table = Table(
            name: "wide", caption: TableCaption(left: "116 某单位", right: "单位：万元"),
            columns: columns.map { _ in TableColumn(width: .fraction(1)) }, headerRows: [columns.map { TableCell($0) }],
            bodyRows: (0..<30).map { row in ["20129\(row)", "群众团体事务"] + (0..<6).map { "\(row).\($0)0" } }.map { $0.map { TableCell($0) } },
            style: style)
        let number = PageNumberStyle(
            format: "— {n} —", text: TextStyle(font: font, size: 14), placement: .outside, indent: 14, distanceBelowTypeArea: 20)
        let document = Document(
            metadata: DocumentMetadata(title: "测试", author: "测试"), page: a4, header: nil, pageNumber: number,
            blocks: [.pageSetup(a4.turned), .table(table)])
        return try Typesetter(measurer: fonts.measurer).typeset(document)
    }

    @Test func theTurnedFrameIsDrawnOnAPortraitSheet() throws {
        let renderer = PageRenderer(fonts: try FontSetup(configurationPath: PDFDocumentWriterTests.fonts))
        let document = try Self.document(fonts: renderer)
        #expect(document.pages.count == 2)
        #expect(document.pages.allSatisfy { $0.turned?.turn == .counterclockwise })
        let pdf = try PDFTools.write(document, with: renderer, name: "turned")
        defer { unlink(pdf) }
        let pages = try PDFPage.pages(of: pdf)
        #expect(pages.count == 2)
        for page in pages {
            #expect(page.mediaBox == "0 0 595.276 841.89")
            // No /Rotate: the sheet prints as every other page does.
            #expect(page.rotate == nil)
        }
        // The table's text extracts, turned or not.
        let text = try PDFTools.run("pdftotext", [pdf, "-"]).stdout.filter { !$0.isWhitespace }
        for word in ["科目编码", "群众团体事务", "201290", "单位：万元", "29.50"] { #expect(text.contains(word), "\(word)") }
        // Our writer: the turned content under a quarter turn counterclockwise (q, cm … Q), drawn first and
        // tagged; the page number after it, upright, as an artifact.
        for (index, page) in try PDFPage.pages(of: pdf).enumerated() {
            #expect(page.content.hasPrefix("q\n0 1 -1 0 595.276 0 cm\n"), "\(page.content.prefix(80))")
            if index == 0 { #expect(page.content.contains("cm\n/Caption <</MCID 0>> BDC\n")) }
            let restore = try #require(page.content.range(of: "\nQ\n"))
            #expect(page.content[restore.upperBound...].hasPrefix("/Artifact <</Type /Pagination>> BDC"))
        }
        // The structure tree still has the table in reading order.
        let structure = try PDFTools.run("pdfinfo", ["-struct-text", pdf]).stdout
        let order = ["Caption", "科目编码", "科目名称", "201290", "群众团体事务", "201291"].compactMap {
            structure.range(of: $0)?.lowerBound
        }
        #expect(order.count == 6 && order == order.sorted(), "\(structure.prefix(600))")

        // The same pixels as the painter's, but for anti-aliasing, on both pages.
        for number in 1...2 {
            #expect(try PDFTools.expectSameLook(pdf, page: number, as: document, with: renderer) > 500, "the page has a table")
        }
    }

    @Test func theMatrixTakesTheFrameOntoTheSheet() {
        // Frame 841.89 × 595.276 (the sheet on its side) onto the sheet 595.276 × 841.89, PDF coordinates.
        func apply(_ m: [Double], _ x: Double, _ y: Double) -> [Double] {
            [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
        }
        let counter = TurnedFrame(turn: .counterclockwise, width: 841.89, height: 595.276, items: []).transform
        let m = PageWriter.matrix(counter, frameHeight: 595.276, sheetHeight: 841.89)
        #expect(m == [0, 1, -1, 0, 595.276, 0])
        // The frame's top-left corner (PDF: 0, 595.276) is the sheet's bottom-left; its top edge the left edge.
        #expect(apply(m, 0, 595.276) == [0, 0])
        #expect(apply(m, 841.89, 595.276) == [0, 841.89])
        let clockwise = TurnedFrame(turn: .clockwise, width: 841.89, height: 595.276, items: []).transform
        let c = PageWriter.matrix(clockwise, frameHeight: 595.276, sheetHeight: 841.89)
        #expect(c == [0, -1, 1, 0, 0, 841.89])
        #expect(apply(c, 0, 595.276) == [595.276, 841.89])
    }
}
