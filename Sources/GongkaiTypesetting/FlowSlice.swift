/// The header a table repeats at the top of each page it continues on: caption line and header rows.
struct RepeatedHeader {
    var height: Double
    /// Items relative to the header's top-left.
    var items: [PageItem]
}

/// An unbreakable piece of the flow: a line of a paragraph, a group of table rows.
/// Items are relative to the slice's top-left corner, x from the type area's left edge.
struct FlowSlice {
    var height: Double
    var items: [PageItem]
    /// Space above; dropped when the slice starts a page.
    var spaceBefore: Double = 0
    /// Space below; counted only when something follows on the same page.
    var spaceAfter: Double = 0
    /// Whether a page may end just before this slice (widows, orphans, keep-with-next decide).
    var breakAllowedBefore: Bool = true
    /// This slice must start a new page.
    var pageBreakBefore: Bool = false
    /// Set again above this slice when it starts a page (continued tables).
    var continuationHeader: RepeatedHeader?
    /// The heading this slice begins, for the outline.
    var outline: (level: Int, title: String)?
    /// Cuts the slice so that its first part is at most the given height (the first argument; the second
    /// is the page's height), for table rows that run over a page; nil when it cannot be cut usefully.
    /// `clean` tells whether the cut falls between texts rather than through one.
    var split: ((Double, Double) -> (head: FlowSlice, tail: FlowSlice, clean: Bool)?)?

    init(height: Double, items: [PageItem]) {
        self.height = height
        self.items = items
    }
}
