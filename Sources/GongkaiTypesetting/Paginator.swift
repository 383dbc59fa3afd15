/// Distributes flow slices over pages of a fixed height, breaking only where breaks are allowed.
///
/// Greedy: fill a page; when a slice does not fit, split it if it can split (table rows), keeping what
/// fits on this page; else go back to the last slice on the page before which a break is allowed and
/// start the next page there. If the page has no such slice, break right at the overflowing slice; a
/// single unsplittable slice taller than a whole page is placed alone and reported.
struct Paginator {
    /// The height of the type area.
    var pageHeight: Double

    /// A slice placed at `y` from the top of the type area.
    struct Placement {
        var slice: Int
        var y: Double
    }

    /// A page's slices, and the table header repeated above them if the page continues a table.
    struct PageContent {
        var placements: [Placement] = []
        var header: RepeatedHeader?
    }

    struct Result {
        var pages: [PageContent]
        /// The slices as placed: split slices replaced by their parts.
        var slices: [FlowSlice]
        /// Slices taller than a page, placed anyway.
        var overfull: [Int]
    }

    private static let epsilon = 0.01

    func paginate(_ input: [FlowSlice]) -> Result {
        var slices = input
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
            if top + slice.height <= pageHeight + Self.epsilon {
                page.placements.append(Placement(slice: index, y: top))
                y = top + slice.height
                index += 1
                continue
            }
            // Overflow. A splittable slice keeps on this page what fits and carries on with the rest.
            let room = pageHeight - top
            // A slice that fits whole on the next page moves there rather than being cut, unless that
            // would leave a quarter page or more empty.
            let fitsNextPage = slice.height + (slice.continuationHeader?.height ?? 0) <= pageHeight
            if let split = slice.split, isFirst || !slice.breakAllowedBefore || room >= pageHeight / 4 || !fitsNextPage,
                let (head, tail, _) = split(room, pageHeight)
            {
                slices[index] = head
                slices.insert(tail, at: index + 1)
                page.placements.append(Placement(slice: index, y: top))
                pages.append(page)
                begin(at: index + 1)
                index += 1
                continue
            }
            if isFirst {
                overfull.append(index)
                page.placements.append(Placement(slice: index, y: top))
                y = top + slice.height
                index += 1
                continue
            }
            // Find the last allowed break on this page.
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
        return Result(pages: pages, slices: slices, overfull: overfull)
    }
}
