/// Where lines sit between a paragraph's left and right edges.
public enum TextAlignment: String, Hashable, Sendable {
    case left
    case center
    case right
    /// Every line but the last fills the measure exactly; slack goes between characters.
    case justified
}

/// The look of a paragraph: its text style, measure, spacing and pagination rules.
/// Lengths are in points.
public struct ParagraphStyle: Hashable, Sendable {
    /// The style of the paragraph's text (spans may override it).
    public var text: TextStyle
    /// Distance from one baseline to the next.
    public var lineHeight: Double
    /// Extra indent of the first line (two characters in official documents); negative hangs.
    public var firstLineIndent: Double
    /// Indent of every line from the left edge of the column.
    public var leftIndent: Double
    /// Indent of every line from the right edge of the column.
    public var rightIndent: Double
    /// Horizontal placement of lines.
    public var alignment: TextAlignment
    /// Space above the paragraph; dropped at the top of a page.
    public var spaceBefore: Double
    /// Space below the paragraph.
    public var spaceAfter: Double
    /// Never end a page right after this paragraph (headings).
    public var keepWithNext: Bool
    /// The fewest lines of a paragraph left at the foot of a page.
    public var orphans: Int
    /// The fewest lines of a paragraph carried to the head of a page.
    public var widows: Int

    public init(
        text: TextStyle, lineHeight: Double, firstLineIndent: Double = 0, leftIndent: Double = 0,
        rightIndent: Double = 0, alignment: TextAlignment = .justified, spaceBefore: Double = 0,
        spaceAfter: Double = 0, keepWithNext: Bool = false, orphans: Int = 2, widows: Int = 2
    ) {
        self.text = text
        self.lineHeight = lineHeight
        self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent
        self.rightIndent = rightIndent
        self.alignment = alignment
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.keepWithNext = keepWithNext
        self.orphans = orphans
        self.widows = widows
    }
}
