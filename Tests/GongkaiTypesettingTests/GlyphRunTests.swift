import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

@Suite("Glyph runs")
struct GlyphRunTests {
    /// A paragraph that is justified, spaced between CJK and Latin (its literal space dropped), compressed
    /// at its punctuation and given a page number: every way the typesetter moves characters.
    static func page() throws -> Page {
        var style = Fixture.style()
        style.cjkLatinSpacing = 0.25
        style.compressesPunctuation = true
        let text = "一二三 2023年，（四）五六七八九十" + "。" + Fixture.chars(3) + "abc"
        let pageNumber = PageNumberStyle(
            format: "— {n} —", text: Fixture.text, placement: .center, indent: 0, distanceBelowTypeArea: 5)
        let document = Fixture.document([Fixture.paragraph(text, style: style)], pageNumber: pageNumber)
        return try #require(try Fixture.typeset(document).pages.first)
    }

    @Test("each glyph sits where its character was set, and stands for that character's text")
    func glyphsFollowTheCharacters() throws {
        for run in try Self.page().textRuns {
            let glyphs = run.glyphs.flatMap(\.glyphs)
            // The fixed-width measurer draws a character with one glyph, numbered by its scalar.
            #expect(glyphs.count == run.text.count, "\(run.text)")
            let bytes = Array(run.text.utf8)
            for (glyph, (character, offset)) in zip(glyphs, zip(run.text, run.offsets)) {
                #expect(glyph.x == offset, "\(character) in \(run.text)")
                #expect(glyph.id == character.unicodeScalars.first?.value)
                #expect(String(decoding: bytes[glyph.text], as: UTF8.self) == String(character))
            }
        }
    }

    /// Two glyphs a character (three quarters and a quarter of an em), positions in quarter points.
    struct ClusterMeasurer: TextMeasurer {
        func shape(_ text: String, in style: TextStyle) -> TextShaping {
            var glyphs: [ShapedGlyph] = []
            var byte = 0
            for (index, character) in text.enumerated() {
                let bytes = byte..<(byte + character.utf8.count)
                glyphs.append(ShapedGlyph(id: 1, advance: style.size * 0.75, xOffset: 0, yOffset: 0, character: index, text: bytes))
                glyphs.append(ShapedGlyph(id: 2, advance: style.size * 0.25, xOffset: 0, yOffset: 1, character: index, text: bytes))
                byte = bytes.upperBound
            }
            return TextShaping(
                advances: Array(repeating: style.size, count: text.count), pieces: [GlyphPiece(font: FontKey(7), glyphs: glyphs)],
                positionsPerPoint: 4)
        }

        func metrics(of style: TextStyle) -> FontMetrics { FontMetrics(ascent: style.size * 0.88, descent: style.size * 0.12) }
    }

    @Test("a cluster's later glyphs follow its first by their natural advances, from a position in the measurer's unit")
    func clustersKeepTheirShape() throws {
        // Nine characters justified over 100 pt: a step of 11.25 pt, which quarter points round.
        let text = "一二三四五六七八九十" + "。" + Fixture.chars(3)
        let document = Fixture.document([Fixture.paragraph(text)])
        let page = try #require(try Typesetter(measurer: ClusterMeasurer()).typeset(document).pages.first)
        let run = try #require(page.textRuns.first)
        let glyphs = try #require(run.glyphs.first).glyphs
        #expect(run.glyphs.first?.font == FontKey(7))
        #expect(glyphs.count == 2 * run.text.count)
        for (index, offset) in run.offsets.enumerated() {
            let pen = (offset * 4).rounded() / 4
            #expect(glyphs[2 * index].x == pen)
            #expect(glyphs[2 * index + 1].x == pen + 7.5)
            #expect(glyphs[2 * index + 1].yOffset == 1)
        }
    }
}
