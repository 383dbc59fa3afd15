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

    public func advances(of text: String, in style: TextStyle) -> [Double] {
        text.map { $0.isASCII ? style.size * asciiWidth : style.size }
    }

    public func metrics(of style: TextStyle) -> FontMetrics {
        FontMetrics(ascent: style.size * ascent, descent: style.size * descent)
    }
}
