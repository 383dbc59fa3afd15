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
    /// Never leave a single character (with its punctuation) alone on a paragraph's last line (孤字): the
    /// line before gives it a companion.
    public var avoidsLoneLastCharacter: Bool = false
    /// Make the lines of a paragraph that needs several as even as they can be, keeping their number
    /// (GB/T 9704's titles: 排列对称, a symmetrical stack rather than a full line and a stub).
    public var balancesLines: Bool = false
    /// Honour the CJK line-breaking prohibitions (禁则): no line starts with 。，、；：？！）》 … and none
    /// ends with （《“ …. Off only to show what they prevent.
    public var prohibitsLineBreaks: Bool = true
    /// With `prohibitsLineBreaks`: a number is never cut from its sign, its own digits or the unit after it
    /// ("273.87│万元", "≥│6,300", "3│次" are not breaks); see `NumberUnits`. nil switches the rule off
    /// (a number of ASCII digits alone still stays whole).
    public var numberUnits: NumberUnits? = .standard
    /// Space between an ideograph and a Latin letter or digit, in ems (CLREQ: about a quarter);
    /// a literal space there is replaced by it, so "2023 年" and "2023年" set alike. 0 leaves text as is.
    public var cjkLatinSpacing: Double = 0
    /// Set adjacent full-width punctuation ("）、", "。”", "》、《") at half width (标点挤压), and let a
    /// closing mark that overflows a line by at most half its width stay on it, compressed (push-in).
    public var compressesPunctuation: Bool = false
    /// A justified paragraph's last line is filled too when it falls short by less than this (points):
    /// a line a fraction of a character short of the edge reads as a mistake.
    public var lastLineFill: Double = 0
    /// Set an opening mark at the start of a line and a closing mark at its end at half width (CLREQ's
    /// optional line-edge compression); the justification takes up the space.
    public var compressesPunctuationAtLineEdges: Bool = false
    /// GB/T 9704's character grid: every full-width character takes exactly this advance (the type
    /// area's width over its characters per line), so that lines hold a fixed count. nil: natural widths.
    public var gridAdvance: Double?

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
