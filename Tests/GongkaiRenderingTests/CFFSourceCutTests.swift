import Foundation
import GongkaiPDF
import Testing

@testable import GongkaiRendering

/// Glyphs cut straight from a font's CFF table (`CFFSource`, `CFFFlattener`) are those HarfBuzz's
/// subsetter cuts: the same charstrings, CIDs and font dictionaries, so the same font programs.
@Suite struct CFFSourceCutTests {
    /// The Noto CJK faces the layouts draw with (face 2 of each collection is SC).
    static let fonts = ["NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"]
        .map { "/usr/share/fonts/opentype/noto/" + $0 }

    @Test(arguments: fonts) func sourceCutsAreHarfBuzzCuts(path: String) throws {
        let face = try #require(CFFSourceFace.face(path: path, index: 2))
        defer { face.release() }
        let source = try #require(CFFSourceTable(face)).source
        // Every 13th glyph and a run of common hanzi and punctuation, .notdef included.
        let glyphs = Set(stride(from: 0, to: source.glyphCount, by: 13).map(UInt32.init)).union((1...400).map(UInt32.init))
        var fromHarfBuzz = CFFGlyphTable()
        #expect(CFFProgramCache.cut(face, glyphs: glyphs, into: &fromHarfBuzz))
        var fromSource = CFFGlyphTable()
        try fromSource.add(glyphs.sorted(), from: source)
        var differing: [UInt32] = []
        for glyph in glyphs.sorted() where fromSource.glyphs[glyph]?.charString != fromHarfBuzz.glyphs[glyph]?.charString {
            differing.append(glyph)
        }
        #expect(differing.isEmpty, "charstrings differ for \(differing.count) glyphs, first \(differing.prefix(5))")
        #expect(fromSource.program(for: glyphs) == fromHarfBuzz.program(for: glyphs))
        // A table filled in several cuts writes the same program as one cut at once.
        var inTwo = CFFGlyphTable()
        try inTwo.add(glyphs.sorted().filter { $0 % 2 == 0 }, from: source)
        try inTwo.add(glyphs.sorted(), from: source)
        let some = glyphs.filter { $0 % 3 == 0 }
        #expect(inTwo.program(for: some) == fromHarfBuzz.program(for: some))
    }

    /// A glyph the font does not have is refused and nothing is added, so that HarfBuzz cuts instead.
    @Test func aGlyphNotInTheFontIsRefused() throws {
        let face = try #require(CFFSourceFace.face(path: Self.fonts[0], index: 2))
        defer { face.release() }
        let source = try #require(CFFSourceTable(face)).source
        var table = CFFGlyphTable()
        #expect(throws: CFFFont.Failure.self) { try table.add([1, 2, UInt32(source.glyphCount + 5)], from: source) }
        #expect(table.glyphs.isEmpty)
    }
}
