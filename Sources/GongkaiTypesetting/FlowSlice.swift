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

    init(height: Double, items: [PageItem]) {
        self.height = height
        self.items = items
    }
}
