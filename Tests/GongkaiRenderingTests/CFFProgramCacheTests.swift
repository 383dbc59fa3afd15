import Foundation
import GongkaiDocument
import GongkaiTypesetting
import Testing

@testable import GongkaiRendering

/// Font programs shared by the documents of a batch (`CFFProgramCache`): glyphs are cut once, none is
/// lost, and no output changes.
@Suite(.serialized) struct CFFProgramCacheTests {
    static let fonts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fonts/fonts.conf").path

    /// A page of serif text, a bold heading and a sans line, so that three source fonts are subset.
    static func document(_ text: String, fonts: PageRenderer) throws -> TypesetDocument {
        let serif = ParagraphStyle(text: TextStyle(font: FontSpec(families: ["Noto Serif CJK SC"]), size: 16), lineHeight: 28)
        let bold = ParagraphStyle(
            text: TextStyle(font: FontSpec(families: ["Noto Serif CJK SC"], weight: .bold), size: 16), lineHeight: 28)
        let sans = ParagraphStyle(text: TextStyle(font: FontSpec(families: ["Noto Sans CJK SC"]), size: 12), lineHeight: 20)
        let page = PageGeometry(width: 595.276, height: 841.89, marginTop: 105, marginBottom: 99, marginLeft: 79, marginRight: 74)
        let document = Document(
            metadata: DocumentMetadata(title: "测试", author: "测试"), page: page, header: nil, pageNumber: nil,
            blocks: [
                .paragraph(Paragraph("一、" + text.prefix(6), style: bold, role: .heading(level: 1))),
                .paragraph(Paragraph(text, style: serif)), .paragraph(Paragraph(String(text.reversed()), style: sans)),
            ])
        return try Typesetter(measurer: fonts.measurer).typeset(document)
    }

    func pdf(_ text: String, with renderer: PageRenderer) throws -> (bytes: Data, text: String) {
        let path = PDFTools.temporaryPath("subset.pdf")
        defer { unlink(path) }
        let document = try Self.document(text, fonts: renderer)
        try renderer.writePDF(document, to: path, creationDate: "2024-01-01T00:00:00Z")
        let extracted = try PDFTools.run("pdftotext", [path, "-"])
        let fonts = try PDFTools.run("pdffonts", [path])
        #expect(fonts.status == 0)
        // Every font embedded: the "emb" column says yes.
        let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.split(separator: " ").contains("yes") })
        return (try Data(contentsOf: URL(fileURLWithPath: path)), extracted.stdout.filter { !$0.isWhitespace })
    }

    static let first = "部门预算信息公开说明本单位职责包括组织实施年度工作计划"
    /// Characters the first document has none of.
    static let second = "鹦鹉螺龘齉爨麤饕餮魑魅魍魉"

    static func renderer(_ setup: FontSetup, programs: CFFProgramCache = CFFProgramCache()) -> PageRenderer {
        PageRenderer(fonts: setup, programs: programs)
    }

    @Test func glyphsAreCutOnceLosingNoCharacterAndChangingNoByte() throws {
        let setup = try FontSetup(configurationPath: Self.fonts)
        let cache = CFFProgramCache()
        let shared = Self.renderer(setup, programs: cache)
        let first = try pdf(Self.first, with: shared)
        #expect(cache.cutCount == 3)
        // New glyphs: each font cuts those.
        let second = try pdf(Self.second, with: shared)
        #expect(cache.cutCount == 6)
        for character in Self.second { #expect(second.text.contains(character), "\(character) lost") }
        // Nothing new: nothing is cut.
        let firstAgain = try pdf(Self.first, with: shared)
        #expect(cache.cutCount == 6)
        for character in Self.first { #expect(firstAgain.text.contains(character), "\(character) lost") }

        // Each document's bytes are those it has when rendered alone, whatever was cut before it.
        #expect(try pdf(Self.second, with: Self.renderer(setup)).bytes == second.bytes)
        #expect(try pdf(Self.first, with: Self.renderer(setup)).bytes == first.bytes)
        #expect(firstAgain.bytes == first.bytes)
    }

    /// Renderers with font maps of their own (batch workers) share the glyphs cut.
    @Test func renderersWithTheirOwnFontsShareTheGlyphs() throws {
        let cache = CFFProgramCache()
        let one = Self.renderer(try FontSetup(configurationPath: Self.fonts), programs: cache)
        let other = Self.renderer(try FontSetup(configurationPath: Self.fonts), programs: cache)
        _ = try pdf(Self.first, with: one)
        #expect(cache.cutCount == 3)
        _ = try pdf(Self.first, with: other)
        #expect(cache.cutCount == 3)
    }
}
