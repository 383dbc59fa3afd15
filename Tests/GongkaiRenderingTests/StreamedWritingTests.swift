import Foundation
import GongkaiDocument
import GongkaiPDF
import GongkaiTypesetting
import Testing

@testable import GongkaiRendering

/// Pages written as they come: the writer draws them a few at a time and lets them go, and the file is the
/// same as when every page is drawn at once, whatever the number drawn together.
@Suite(.serialized) struct StreamedWritingTests {
    static let fonts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fonts/fonts.conf").path

    /// Several pages of body text in a CFF font (Noto), headings in a TrueType one (LXGW WenKai) whose codes
    /// are filled in at the end, a page set across, and a table with a link on its last page.
    static func document(_ renderer: PageRenderer) throws -> TypesetDocument {
        let page = PageGeometry(width: 595.276, height: 841.89, marginTop: 105, marginBottom: 99, marginLeft: 79, marginRight: 74)
        let body = ParagraphStyle(text: TextStyle(font: FontSpec(families: ["Noto Serif CJK SC"]), size: 16), lineHeight: 28)
        let heading = ParagraphStyle(text: TextStyle(font: FontSpec(families: ["LXGW WenKai"]), size: 16), lineHeight: 28)
        var blocks: [Block] = []
        for section in 1...6 {
            blocks.append(.paragraph(Paragraph("（\(section)）第\(section)部分的标题", style: heading, role: .heading(level: 2))))
            for line in 1...12 {
                blocks.append(.paragraph(Paragraph("第\(section)部分第\(line)段：按照年度预算安排，认真完成各项工作任务，确保资金使用效益。", style: body)))
            }
        }
        var across = page
        across.orientation = .turned
        blocks.append(.pageSetup(across))
        let cell = ParagraphStyle(text: TextStyle(font: FontSpec(families: ["Noto Sans CJK SC"]), size: 10), lineHeight: 14)
        let table = Table(
            name: "links", caption: TableCaption(left: "某单位", right: "单位：万元"),
            columns: [TableColumn(width: .fraction(2)), TableColumn(width: .fraction(1))],
            headerRows: [[TableCell("项目"), TableCell("网址")]],
            bodyRows: (1...40).map { [TableCell("项目\($0)"), TableCell("公开网站", link: .uri("https://example.gov.cn/\($0)"))] },
            style: TableStyle(body: cell, header: cell, caption: cell))
        blocks.append(.table(table))
        let document = Document(
            metadata: DocumentMetadata(title: "测试", author: "测试"), page: page, header: nil, pageNumber: nil, blocks: blocks)
        return try Typesetter(measurer: renderer.measurer).typeset(document)
    }

    func written(_ document: TypesetDocument, by renderer: PageRenderer, pagesPerDrawing: Int) throws -> [UInt8] {
        let writer = PDFDocumentWriter(
            programs: renderer.programs, deflater: Deflater(), metadata: document.metadata,
            creationDate: "2024-01-01T00:00:00Z", frontMatterPages: 0, pagesPerDrawing: pagesPerDrawing)
        for page in document.pages { try writer.add(page) }
        return try writer.finish()
    }

    @Test func pagesDrawnAFewAtATimeGiveTheSameBytesAsAllAtOnce() throws {
        let renderer = PageRenderer(fonts: try FontSetup(configurationPath: Self.fonts))
        let document = try Self.document(renderer)
        #expect(document.pages.count > 6)
        #expect(document.pages.contains { $0.turned != nil })
        let whole = try written(document, by: renderer, pagesPerDrawing: document.pages.count)
        for pagesPerDrawing in [1, 2, 5] {
            let streamed = try written(document, by: renderer, pagesPerDrawing: pagesPerDrawing)
            #expect(streamed == whole, "\(pagesPerDrawing) pages drawn together")
        }
        let path = PDFTools.temporaryPath("streamed.pdf")
        defer { unlink(path) }
        try Data(whole).write(to: URL(fileURLWithPath: path))
        #expect(try PDFTools.run("qpdf", ["--check", path]).status == 0)
        let fonts = try PDFTools.run("pdffonts", [path]).stdout
        #expect(fonts.contains("CID TrueType") && fonts.contains("CID Type 0C"), "\(fonts)")
        let text = try PDFTools.run("pdftotext", [path, "-"]).stdout.filter { !$0.isWhitespace }
        #expect(text.contains("（6）第6部分的标题") && text.contains("项目40"))
    }

    /// The stream a renderer begins writes the same file as writing the typeset document whole.
    @Test func aPageStreamWritesWhatWritePDFWrites() throws {
        let renderer = PageRenderer(fonts: try FontSetup(configurationPath: Self.fonts))
        let document = try Self.document(renderer)
        let whole = PDFTools.temporaryPath("whole.pdf")
        let streamed = PDFTools.temporaryPath("streamed.pdf")
        defer {
            unlink(whole)
            unlink(streamed)
        }
        try renderer.writePDF(document, to: whole, creationDate: "2024-01-01T00:00:00Z")
        let stream = renderer.beginPDF(metadata: document.metadata, creationDate: "2024-01-01T00:00:00Z")
        for page in document.pages { try stream.add(page) }
        try stream.finish(to: streamed)
        #expect(FileManager.default.contents(atPath: whole) == FileManager.default.contents(atPath: streamed))
    }
}
