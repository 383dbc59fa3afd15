/// How wide a column is.
public enum ColumnWidth: Hashable, Sendable {
    /// A fixed width in points.
    case fixed(Double)
    /// A share of the width left after fixed and automatic columns, in proportion to the other fractions.
    case fraction(Double)
    /// As wide as its widest cell wants, shrunk toward its longest unbreakable word when space is short.
    case auto
    /// As wide as its widest body cell wants (amounts), its header wrapping onto two balanced lines; all
    /// such columns of a table take the same width, the widest's. Shrunk like `auto` when space is short.
    case fitBody
}

/// Where a cell's lines sit between its top and bottom rules.
public enum VerticalAlignment: String, Hashable, Sendable {
    case top
    case middle
    case bottom
}

/// A column of a table.
public struct TableColumn: Hashable, Sendable {
    /// Its width.
    public var width: ColumnWidth
    /// The alignment of its body cells.
    public var alignment: TextAlignment
    /// Numbers in body cells line up on their decimal point (25, 7.376, 96.6), right-aligned as a block.
    public var alignsDecimalPoints: Bool
    /// When a body cell of this column is split across pages and its text is used up, repeat the text on
    /// the next page (with the table's continuation mark), so that a reader knows what the rows belong to.
    public var repeatsWhenSplit: Bool

    public init(
        width: ColumnWidth, alignment: TextAlignment = .left, alignsDecimalPoints: Bool = false,
        repeatsWhenSplit: Bool = false
    ) {
        self.width = width
        self.alignment = alignment
        self.alignsDecimalPoints = alignsDecimalPoints
        self.repeatsWhenSplit = repeatsWhenSplit
    }
}

/// Where a link leads.
public enum LinkTarget: Hashable, Sendable {
    /// A web address.
    case uri(String)
    /// A page of the same PDF (1-based, physical).
    case page(Int)
}

/// A cell of a table, placed at the next free slot of its row.
public struct TableCell: Hashable, Sendable {
    /// The cell's text (literal).
    public var text: String
    /// How many rows it covers, itself included.
    public var rowSpan: Int
    /// How many columns it covers, itself included.
    public var colSpan: Int
    /// Overrides the column's alignment.
    public var alignment: TextAlignment?
    /// Makes the cell's text a link.
    public var link: LinkTarget?
    /// Space before the text on every line, in points (names indented by level in classified tables).
    public var indent: Double

    public init(
        _ text: String, rowSpan: Int = 1, colSpan: Int = 1, alignment: TextAlignment? = nil, link: LinkTarget? = nil,
        indent: Double = 0
    ) {
        self.text = text
        self.rowSpan = rowSpan
        self.colSpan = colSpan
        self.alignment = alignment
        self.link = link
        self.indent = indent
    }
}

/// The line above a table: the department on the left, the unit on the right. Repeated on every page
/// the table reaches.
public struct TableCaption: Hashable, Sendable {
    /// Left-hand text (e.g. "116 承德高新技术产业开发区总工会").
    public var left: String
    /// Right-hand text (e.g. "单位：万元").
    public var right: String
    /// Left-hand text on the pages the table continues on (e.g. "续表"); nil repeats `left`.
    public var continuedLeft: String?

    public init(left: String, right: String, continuedLeft: String? = nil) {
        self.left = left
        self.right = right
        self.continuedLeft = continuedLeft
    }
}

/// The look of a table.
public struct TableStyle: Hashable, Sendable {
    /// Body cells' text style and line height; alignment comes from the column.
    public var body: ParagraphStyle
    /// Header cells' text style and line height.
    public var header: ParagraphStyle
    /// The caption line's style.
    public var caption: ParagraphStyle
    /// Space between a cell's rules and its text.
    public var padding: Double
    /// The width of the rules.
    public var ruleWidth: Double
    /// Vertical placement of text in cells that are taller than it (spanning cells).
    public var verticalAlignment: VerticalAlignment
    /// Space above the table.
    public var spaceBefore: Double
    /// Space below the table.
    public var spaceAfter: Double
    /// Appended to a repeated cell text on a continuation page (e.g. "（续）").
    public var continuationMark: String
    /// The words header cells break between and never inside; `.none` lets them break as any text.
    public var headerWords: WordList = .none

    public init(
        body: ParagraphStyle, header: ParagraphStyle, caption: ParagraphStyle, padding: Double = 3,
        ruleWidth: Double = 0.5, verticalAlignment: VerticalAlignment = .middle, spaceBefore: Double = 6,
        spaceAfter: Double = 6, continuationMark: String = "（续）"
    ) {
        self.continuationMark = continuationMark
        self.body = body
        self.header = header
        self.caption = caption
        self.padding = padding
        self.ruleWidth = ruleWidth
        self.verticalAlignment = verticalAlignment
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }
}

/// A ruled table with header rows that repeat on every page it reaches.
public struct Table: Hashable, Sendable {
    /// The line above the table, if any.
    public var caption: TableCaption?
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// Header rows (several levels allowed, with spans).
    public var headerRows: [[TableCell]]
    /// Body rows.
    public var bodyRows: [[TableCell]]
    /// The look.
    public var style: TableStyle
    /// A name for messages ("performance_matrix").
    public var name: String
    /// Body rows (by index) that never end a page: a heading row stays with the row after it.
    public var rowsKeptWithNext: Set<Int> = []
    /// Body rows (by index) set in a style of their own instead of the body's: a matrix's duty rows in bold,
    /// set apart from the activity rows under them.
    public var rowStyles: [Int: ParagraphStyle] = [:]

    public init(
        name: String, caption: TableCaption?, columns: [TableColumn], headerRows: [[TableCell]],
        bodyRows: [[TableCell]], style: TableStyle
    ) {
        self.name = name
        self.caption = caption
        self.columns = columns
        self.headerRows = headerRows
        self.bodyRows = bodyRows
        self.style = style
    }
}
