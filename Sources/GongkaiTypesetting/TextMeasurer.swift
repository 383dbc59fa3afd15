import GongkaiDocument

/// Vertical metrics of a font at a size, in points.
public struct FontMetrics: Hashable, Sendable {
    /// Distance from the baseline up to the top of the em box.
    public var ascent: Double
    /// Distance from the baseline down to the bottom of the em box.
    public var descent: Double

    public init(ascent: Double, descent: Double) {
        self.ascent = ascent
        self.descent = descent
    }
}

/// Measures text for the typesetter. The typesetter never touches a font itself, so pagination can be
/// tested with a deterministic measurer; the Pango backend implements this for real output.
///
/// A real measurer must measure exactly as its painter draws, so that measured widths are drawn widths.
public protocol TextMeasurer {
    /// `text` shaped in `style`: the advance width of each `Character`, in points, in order (exactly
    /// `text.count` of them; a character that joins its predecessor's cluster has advance 0), and the
    /// glyphs that draw it, which the typesetter places and its pages carry to the painters.
    func shape(_ text: String, in style: TextStyle) -> TextShaping

    /// The advance width of each `Character` of `text` set in `style`: `shape(_:in:).advances`, which
    /// a measurer may keep longer than glyphs (the typesetter measures far more text than it sets).
    func advances(of text: String, in style: TextStyle) -> [Double]

    /// Vertical metrics for `style`.
    func metrics(of style: TextStyle) -> FontMetrics
}

extension TextMeasurer {
    /// The advances of `shape(_:in:)`.
    public func advances(of text: String, in style: TextStyle) -> [Double] {
        shape(text, in: style).advances
    }
}
