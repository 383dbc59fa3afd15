import GongkaiDocument

/// A position on a page, in points from the top-left corner (y grows downwards).
public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    func offset(dx: Double, dy: Double) -> Point { Point(x: x + dx, y: y + dy) }
}

/// An element of the document's logical structure (tagged PDF): a standard role and an identity, so that
/// consecutive runs of the same element are tagged as one.
public struct StructureTag: Hashable, Sendable {
    /// A PDF standard structure type: H1…H6, P, L, LI, Table, TR, TH, TD, Caption.
    public var role: String
    /// Unique within the document for elements of this role.
    public var id: Int
    /// For table cells: the rows and columns the cell covers (written as /RowSpan and /ColSpan).
    public var rowSpan: Int
    public var colSpan: Int

    public init(role: String, id: Int, rowSpan: Int = 1, colSpan: Int = 1) {
        self.role = role
        self.id = id
        self.rowSpan = rowSpan
        self.colSpan = colSpan
    }
}

/// Characters in one style set on one baseline, each at a position of its own.
///
/// A run is copied several times on its way to a page (into a table's items, onto the page, into a
/// painter's list), and its copies differ only in where they sit and how they are tagged: the text, style,
/// offsets and glyphs are kept together in one shared object, so that a copy counts one reference for
/// them rather than one for each of their strings and arrays.
public struct TextRun: Hashable, Sendable {
    /// What a run's copies share; replaced, never changed, when one of them is set.
    private final class Content: Sendable {
        let text: String
        let style: TextStyle
        let offsets: [Double]
        let glyphs: [GlyphRun]

        init(text: String, style: TextStyle, offsets: [Double], glyphs: [GlyphRun]) {
            self.text = text
            self.style = style
            self.offsets = offsets
            self.glyphs = glyphs
        }
    }

    private var content: Content

    /// The characters.
    public var text: String {
        _read { yield content.text }
        set { content = Content(text: newValue, style: style, offsets: offsets, glyphs: glyphs) }
    }
    /// Their style.
    public var style: TextStyle {
        _read { yield content.style }
        set { content = Content(text: text, style: newValue, offsets: offsets, glyphs: glyphs) }
    }
    /// The left end of the baseline of the first character.
    public var origin: Point
    /// The x of each `Character` relative to `origin.x`; as many as `text.count`.
    public var offsets: [Double] {
        _read { yield content.offsets }
        set { content = Content(text: text, style: style, offsets: newValue, glyphs: glyphs) }
    }
    /// The x of the end of the run relative to `origin.x` (the last character's advance included).
    public var width: Double
    /// The glyphs that draw it, as its measurer shaped them, at the positions of their characters: what
    /// painters draw, without shaping again.
    public var glyphs: [GlyphRun] {
        _read { yield content.glyphs }
        set { content = Content(text: text, style: style, offsets: offsets, glyphs: newValue) }
    }
    /// Where the run sits in the logical structure, outermost first; empty for artifacts (running headers,
    /// page numbers).
    public var structure: [StructureTag]
    /// Where the run links to, if it is (part of) a link.
    public var link: LinkTarget?

    public init(
        text: String, style: TextStyle, origin: Point, offsets: [Double], width: Double, glyphs: [GlyphRun] = [],
        structure: [StructureTag] = [], link: LinkTarget? = nil
    ) {
        content = Content(text: text, style: style, offsets: offsets, glyphs: glyphs)
        self.origin = origin
        self.width = width
        self.structure = structure
        self.link = link
    }

    /// Equal runs hold equal values, field by field, shared or not.
    public static func == (a: TextRun, b: TextRun) -> Bool {
        guard a.origin == b.origin, a.width == b.width, a.structure == b.structure, a.link == b.link else { return false }
        if a.content === b.content { return true }
        return a.text == b.text && a.style == b.style && a.offsets == b.offsets && a.glyphs == b.glyphs
    }

    /// The fields in their declared order, as a synthesized hash would.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(style)
        hasher.combine(origin)
        hasher.combine(offsets)
        hasher.combine(width)
        hasher.combine(glyphs)
        hasher.combine(structure)
        hasher.combine(link)
    }
}

/// A straight line (table rules, header rules).
public struct Rule: Hashable, Sendable {
    public var from: Point
    public var to: Point
    /// Stroke width in points.
    public var width: Double

    public init(from: Point, to: Point, width: Double) {
        self.from = from
        self.to = to
        self.width = width
    }
}

/// One thing drawn on a page at a fixed position. Painters walk these and decide nothing.
public enum PageItem: Hashable, Sendable {
    case text(TextRun)
    case rule(Rule)

    /// The same item tagged with `structure` (text runs only).
    /// Consuming: the run is moved, not copied, when the caller gives the item up.
    consuming func tagged(_ structure: [StructureTag]) -> PageItem {
        switch consume self {
        case .text(var run):
            run.structure = structure
            return .text(run)
        case .rule(let rule): return .rule(rule)
        }
    }

    /// Moves the items of `source` to the end of `items`, offset by (`dx`, `dy`), leaving `source` empty:
    /// each is taken out of its place (a trivial rule left there), so that a `source` held nowhere else
    /// gives its items up without a reference counted for each of their arrays and strings.
    static func move(_ source: inout [PageItem], to items: inout [PageItem], dx: Double, dy: Double) {
        let placeholder = PageItem.rule(Rule(from: Point(x: 0, y: 0), to: Point(x: 0, y: 0), width: 0))
        for index in source.indices {
            var item = placeholder
            swap(&item, &source[index])
            items.append((consume item).offset(dx: dx, dy: dy))
        }
        source.removeAll()
    }

    /// Consuming, as `tagged`: pages move every item of every slice.
    consuming func offset(dx: Double, dy: Double) -> PageItem {
        switch consume self {
        case .text(var run):
            run.origin = run.origin.offset(dx: dx, dy: dy)
            return .text(run)
        case .rule(var rule):
            rule.from = rule.from.offset(dx: dx, dy: dy)
            rule.to = rule.to.offset(dx: dx, dy: dy)
            return .rule(rule)
        }
    }
}

/// A heading's place on its page, for the document outline (bookmarks).
public struct OutlineEntry: Hashable, Sendable {
    /// 1 for the top level (一、), deeper levels nest below it.
    public var level: Int
    public var title: String
    /// The top of the heading's line, from the page's top; 0 (the page's top) for a heading set across.
    public var y: Double

    public init(level: Int, title: String, y: Double) {
        self.level = level
        self.title = title
        self.y = y
    }
}

/// A finished page: its size, its printed number and everything on it.
///
/// Painters draw `turned`, if any, first (rotated onto the sheet), then `items` upright.
public struct Page: Hashable, Sendable {
    public var width: Double
    public var height: Double
    /// The number printed on it (1-based).
    public var number: Int
    /// What is drawn upright, in the sheet's coordinates: everything on an ordinary page; on a page set
    /// across, only the running header and the page number.
    public var items: [PageItem]
    /// The content of a page set across (a wide table), drawn turned a quarter on the sheet.
    public var turned: TurnedFrame?
    /// The headings that start on this page, top to bottom.
    public var outline: [OutlineEntry]

    public init(
        width: Double, height: Double, number: Int, items: [PageItem], turned: TurnedFrame? = nil, outline: [OutlineEntry] = []
    ) {
        self.width = width
        self.height = height
        self.number = number
        self.items = items
        self.turned = turned
        self.outline = outline
    }

    /// The text of the page's runs in drawing order (turned content first), for tests and diagnostics.
    public var text: String {
        ((turned?.items ?? []) + items).compactMap { if case .text(let run) = $0 { run.text } else { nil } }.joined()
    }
}
