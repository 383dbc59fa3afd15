import Foundation
import GongkaiDocument
import GongkaiTypesetting
import Testing

import GongkaiPDF
@testable import GongkaiRendering

/// The PDF writer: text that extracts as written, TrueType fonts embedded as well as CFF ones, and the
/// same look as the PNG painter's drawing of the same pages.
@Suite(.serialized) struct PDFDocumentWriterTests {
    static let fonts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fonts/fonts.conf").path

    static func document(_ paragraphs: [(String, FontSpec)], fonts: PageRenderer) throws -> TypesetDocument {
        let page = PageGeometry(width: 595.276, height: 841.89, marginTop: 105, marginBottom: 99, marginLeft: 79, marginRight: 74)
        let blocks = paragraphs.map { text, font in
            Block.paragraph(Paragraph(text, style: ParagraphStyle(text: TextStyle(font: font, size: 16), lineHeight: 28)))
        }
        let document = Document(
            metadata: DocumentMetadata(title: "测试", author: "测试"), page: page, header: nil, pageNumber: nil, blocks: blocks)
        return try Typesetter(measurer: fonts.measurer).typeset(document)
    }

    func write(_ document: TypesetDocument, with renderer: PageRenderer) throws -> String {
        try PDFTools.write(document, with: renderer, name: "document")
    }

    /// Noto draws 日 and the radical ⽇ with one glyph: the second text goes with the glyph as /ActualText.
    @Test func aGlyphSharedByTwoCharactersExtractsAsEach() throws {
        let renderer = PageRenderer(fonts: try FontSetup(configurationPath: Self.fonts))
        let text = "日⽇日月⽉月"
        let pdf = try write(try Self.document([(text, FontSpec(families: ["Noto Serif CJK SC"]))], fonts: renderer), with: renderer)
        defer { unlink(pdf) }
        let extracted = try PDFTools.run("pdftotext", [pdf, "-"]).stdout.filter { !$0.isWhitespace }
        #expect(extracted == text)
    }

    /// Right-to-left text (a pasted override mark, Hebrew, Arabic no font here draws) is written, not a
    /// crash: its clusters run backwards through the text.
    @Test func rightToLeftTextIsWritten() throws {
        let renderer = PageRenderer(fonts: try FontSetup(configurationPath: Self.fonts))
        let texts = ["完成\u{202E}领导交办\u{202C}的其它任务。", "阿拉伯文 مرحبا 结束。", "希伯来文 שלום עולם 结束。"]
        let pdf = try write(
            try Self.document(texts.map { ($0, FontSpec(families: ["Noto Serif CJK SC"])) }, fonts: renderer), with: renderer)
        defer { unlink(pdf) }
        let extracted = try PDFTools.run("pdftotext", [pdf, "-"]).stdout
        for word in ["领导交办", "的其它任务", "阿拉伯文", "希伯来文", "结束"] {
            #expect(extracted.contains(word) || extracted.contains(String(word.reversed())), "\(word) in \(extracted)")
        }
    }

    /// A TrueType font (DejaVu here; SimHei or FangSong in a bureau) is embedded as a CIDFontType2 with
    /// its own subset, beside the CFF CJK fallback, and looks as the painter draws it.
    @Test func trueTypeFontsAreEmbeddedAndLookAsThePainterDrawsThem() throws {
        let directory = PDFTools.temporaryPath("fonts")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let configuration = (directory as NSString).appendingPathComponent("fonts.conf")
        try """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <dir>/usr/share/fonts/truetype/dejavu</dir>
              <dir>/usr/share/fonts/opentype/noto</dir>
              <cachedir>\(directory)/cache</cachedir>
            </fontconfig>
            """.write(toFile: configuration, atomically: true, encoding: .utf8)
        let renderer = PageRenderer(fonts: try FontSetup(configurationPath: configuration))
        let text = "Budget 2024: revenue 273.87, fi ffl — 部门预算"
        let document = try Self.document([(text, FontSpec(families: ["DejaVu Serif", "Noto Serif CJK SC"]))], fonts: renderer)
        let pdf = try write(document, with: renderer)
        defer { unlink(pdf) }
        let fonts = try PDFTools.run("pdffonts", [pdf]).stdout
        #expect(fonts.contains("CID TrueType"), "\(fonts)")
        #expect(fonts.contains("CID Type 0C"), "\(fonts)")
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 2 && rows.allSatisfy { $0.split(separator: " ").contains("yes") })
        let extracted = try PDFTools.run("pdftotext", [pdf, "-"]).stdout
        #expect(extracted.filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })

        #expect(try PDFTools.expectSameLook(pdf, page: 1, as: document, with: renderer) > 100, "the page has text")
    }

    @Test func numbersDatesAndStringsAreWrittenAsPDFSyntax() {
        func number(_ value: Double) -> String {
            var bytes: [UInt8] = []
            PDFSyntax.appendNumber(value, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(number(0) == "0")
        #expect(number(12.5) == "12.5")
        #expect(number(-0.125) == "-0.125")
        #expect(number(841.889764) == "841.89")
        #expect(number(595.2756) == "595.276")
        #expect(number(-3) == "-3")
        #expect(number(1e-9) == "0")
        #expect(number(.nan) == "0")
        #expect(PDFSyntax.date("2023-02-10T00:00:00Z") == "D:20230210000000Z")
        #expect(PDFSyntax.date("2023-02-10T08:30:00+08:00") == "D:20230210083000+08'00'")
        #expect(PDFSyntax.date("2023-02-10T00:00:00") == "D:20230210000000")
        #expect(PDFSyntax.date("2023-02-10T08:30:00.250-0500") == "D:20230210083000-05'00'")
        #expect(PDFSyntax.date("2023-02-10T08:30:00.5Z") == "D:20230210083000Z")
        #expect(number(.infinity) == "0")
        #expect(number(1e300) == "1000000000000")
        #expect(PDFSyntax.textString("Gongkai (1)") == .token("(Gongkai \\(1\\))"))
        #expect(PDFSyntax.textString("部门") == .token("<FEFF90E895E8>"))
        #expect(PDFSyntax.uriString("http://例.cn/a b") == .token("(http://%E4%BE%8B.cn/a%20b)"))
    }
}
