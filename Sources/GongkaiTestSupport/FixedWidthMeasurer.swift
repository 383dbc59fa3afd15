import GongkaiDocument
import GongkaiTypesetting

/// A deterministic measurer for tests: every character is as wide as the font size times a fixed
/// factor (1 for CJK and other wide characters, 0.5 for ASCII), like an ideal monospaced CJK font.
public struct FixedWidthMeasurer: TextMeasurer, Sendable {
    /// Width of an ASCII character in ems.
    public var asciiWidth: Double
    /// Ascent and descent in ems.
    public var ascent: Double
    public var descent: Double

    public init(asciiWidth: Double = 0.5, ascent: Double = 0.88, descent: Double = 0.12) {
        self.asciiWidth = asciiWidth
        self.ascent = ascent
        self.descent = descent
    }

    /// One synthetic glyph a character, in font 0: its number is the character's first scalar.
    public func shape(_ text: String, in style: TextStyle) -> TextShaping {
        var advances: [Double] = []
        var glyphs: [ShapedGlyph] = []
        var byte = 0
        for (index, character) in text.enumerated() {
            let advance = character.isASCII ? style.size * asciiWidth : style.size
            let length = character.utf8.count
            advances.append(advance)
            glyphs.append(
                ShapedGlyph(
                    id: character.unicodeScalars.first?.value ?? 0, advance: advance, xOffset: 0, yOffset: 0,
                    character: index, text: byte..<(byte + length)))
            byte += length
        }
        return TextShaping(advances: advances, pieces: glyphs.isEmpty ? [] : [GlyphPiece(font: FontKey(0), glyphs: glyphs)])
    }

    public func metrics(of style: TextStyle) -> FontMetrics {
        FontMetrics(ascent: style.size * ascent, descent: style.size * descent)
    }
}
