/// One piece of a document's flow, from top to bottom.
public enum Block: Hashable, Sendable {
    case paragraph(Paragraph)
    case table(Table)
    /// Start a new page here.
    case pageBreak
    /// Start a new page here with this geometry (pages set across for wide tables), until the next one.
    case pageSetup(PageGeometry)
    /// Empty space of this height (points) that, unlike space before a paragraph, is kept at a page's top:
    /// a cover's title set a third of the way down.
    case spacer(Double)
}

/// What a paragraph is, for the outline and for tagging.
public enum ParagraphRole: Hashable, Sendable {
    case body
    /// A heading; level 1 is the top (一、), 2 is （一）, and so on.
    case heading(level: Int)
    /// The document title.
    case title
    /// An item of a numbered list; items with the same `list` form one list.
    case listItem(list: Int)
}

/// A paragraph: spans of text in a paragraph style.
public struct Paragraph: Hashable, Sendable {
    /// The text, in runs of one style each.
    public var spans: [Span]
    /// Measure, alignment, spacing and pagination.
    public var style: ParagraphStyle
    /// What the paragraph is.
    public var role: ParagraphRole
    /// Text set before the first line in the left indent, for hanging list labels ("1、").
    /// When present, lines start after it and it does not wrap.
    public var hangingLabel: Span?

    public init(spans: [Span], style: ParagraphStyle, role: ParagraphRole = .body, hangingLabel: Span? = nil) {
        self.spans = spans
        self.style = style
        self.role = role
        self.hangingLabel = hangingLabel
    }

    /// A paragraph of one span in the paragraph's own text style.
    public init(_ text: String, style: ParagraphStyle, role: ParagraphRole = .body) {
        self.init(spans: [Span(text, style: style.text)], style: style, role: role)
    }

    /// All the paragraph's characters, label first.
    public var plainText: String {
        (hangingLabel?.text ?? "") + spans.map(\.text).joined()
    }
}
