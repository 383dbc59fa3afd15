/// Distributes flow slices over pages of a fixed height, breaking only where breaks are allowed.
///
/// Greedy: fill a page; when a slice does not fit, go back to the last slice on the page before which
/// a break is allowed and start the next page there. If the page has no such slice, break right at the
/// overflowing slice; a single slice taller than a whole page is placed alone and reported.
struct Paginator {
    /// The height of the type area.
    var pageHeight: Double

    /// A slice placed at `y` from the top of the type area; `header` is set above continued tables.
    struct Placement {
        var slice: Int
        var y: Double
    }

    struct PageContent {
        var placements: [Placement] = []
        var header: RepeatedHeader?
    }

    private static let epsilon = 0.01

    func paginate(_ slices: [FlowSlice]) -> (pages: [PageContent], overfull: [Int]) {
        var pages: [PageContent] = []
        var overfull: [Int] = []
        var page = PageContent()
        var y = 0.0
        var pageStart = 0
        var index = 0

        func begin(at start: Int) {
            page = PageContent()
            pageStart = start
            y = 0
            if let header = slices[start].continuationHeader {
                page.header = header
                y = header.height
            }
        }

        if !slices.isEmpty { begin(at: 0) }
        while index < slices.count {
            let slice = slices[index]
            let isFirst = index == pageStart
            if !isFirst && slice.pageBreakBefore {
                pages.append(page)
                begin(at: index)
                continue
            }
            let top = isFirst ? y : y + slices[index - 1].spaceAfter + slice.spaceBefore
            if isFirst || top + slice.height <= pageHeight + Self.epsilon {
                if isFirst && top + slice.height > pageHeight + Self.epsilon { overfull.append(index) }
                page.placements.append(Placement(slice: index, y: top))
                y = top + slice.height
                index += 1
                continue
            }
            // Overflow: find the last allowed break on this page.
            var breakAt = index
            if !slice.breakAllowedBefore {
                var candidate = index - 1
                while candidate > pageStart, !slices[candidate].breakAllowedBefore { candidate -= 1 }
                if candidate > pageStart { breakAt = candidate }
            }
            page.placements.removeAll { $0.slice >= breakAt }
            pages.append(page)
            begin(at: breakAt)
            index = breakAt
        }
        if !page.placements.isEmpty { pages.append(page) }
        return (pages, overfull)
    }
}
