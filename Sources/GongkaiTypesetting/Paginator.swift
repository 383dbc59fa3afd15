/// Distributes flow slices over pages of a fixed height, breaking only where breaks are allowed.
///
/// Greedy: fill a page; when a slice does not fit, split it if it can split (table rows), keeping what
/// fits on this page; else go back to the last slice on the page before which a break is allowed and
/// start the next page there. If the page has no such slice, break right at the overflowing slice; a
/// single unsplittable slice taller than a whole page is placed alone and reported.
///
/// Slices are asked for one at a time and pages handed on as they are finished: only the slices of the
/// page being filled are held, so a table of any length is paginated in the memory of a page.
struct Paginator {
    /// The height of the type area.
    var pageHeight: Double

    /// A slice placed at `y` from the top of the type area.
    struct Placement {
        var slice: FlowSlice
        var y: Double
        /// Taller than a page, placed anyway.
        var isOverfull: Bool
    }

    /// A page's slices, and the table header repeated above them if the page continues a table.
    struct PageContent {
        var placements: [Placement] = []
        var header: RepeatedHeader?
    }

    private static let epsilon = 0.01

    /// Paginates the slices `next` gives (nil after the last), handing each finished page to `page`.
    /// A page's content is given away: its slices are moved out of the paginator, which lets them go once
    /// the page is finished, so that the page may move their items rather than copy them.
    func paginate(_ next: () throws -> FlowSlice?, page emit: (consuming PageContent) throws -> Void) throws {
        // The slices from `base` on: the page being filled and those asked for beyond it.
        var slices: [FlowSlice] = []
        var base = 0
        var exhausted = false
        // Placements by slice index (slices may still be split); overfull slices by index.
        var placed: [(slice: Int, y: Double)] = []
        var overfull: Set<Int> = []
        var header: RepeatedHeader?
        var y = 0.0
        var pageStart = 0
        var index = 0

        /// Whether slice `index` exists, asking for slices up to it.
        func has(_ index: Int) throws -> Bool {
            while !exhausted, index - base >= slices.count {
                if let slice = try next() { slices.append(slice) } else { exhausted = true }
            }
            return index - base < slices.count
        }
        func finishPage() throws {
            // The placed slices are moved out, an empty slice left in each place: the next page begins
            // after them (`begin`), and no slice placed is looked at again.
            let placements = placed.map {
                var slice = FlowSlice(height: 0, items: [])
                swap(&slice, &slices[$0.slice - base])
                return Placement(slice: slice, y: $0.y, isOverfull: overfull.contains($0.slice))
            }
            try emit(PageContent(placements: placements, header: header))
        }
        /// Starts a page at slice `start`; the slices before it are placed for good and let go.
        func begin(at start: Int) {
            slices.removeFirst(start - base)
            base = start
            overfull = overfull.filter { $0 >= start }
            placed = []
            header = nil
            pageStart = start
            y = 0
            if let continuation = slices[0].continuationHeader {
                header = continuation
                y = continuation.height
            }
        }

        if try has(0) { begin(at: 0) }
        while try has(index) {
            // The slice's fields read in place: a copy of the slice counts a reference for each of its parts.
            let at = index - base
            let isFirst = index == pageStart
            if !isFirst && slices[at].pageBreakBefore {
                try finishPage()
                begin(at: index)
                continue
            }
            let top = isFirst ? y : y + slices[index - 1 - base].spaceAfter + slices[at].spaceBefore
            if top + slices[at].height <= pageHeight + Self.epsilon {
                placed.append((index, top))
                y = top + slices[at].height
                index += 1
                continue
            }
            // Overflow. A splittable slice keeps on this page what fits and carries on with the rest.
            let room = pageHeight - top
            // A slice that fits whole on the next page moves there rather than being cut, unless that
            // would leave a quarter page or more empty.
            let fitsNextPage = slices[at].height + (slices[at].continuationHeader?.height ?? 0) <= pageHeight
            if let split = slices[at].split, isFirst || !slices[at].breakAllowedBefore || room >= pageHeight / 4 || !fitsNextPage,
                let (head, tail, _) = split(room, pageHeight)
            {
                slices[index - base] = head
                slices.insert(tail, at: index - base + 1)
                placed.append((index, top))
                try finishPage()
                begin(at: index + 1)
                index += 1
                continue
            }
            if isFirst {
                overfull.insert(index)
                placed.append((index, top))
                y = top + slices[at].height
                index += 1
                continue
            }
            // Find the last allowed break on this page.
            var breakAt = index
            if !slices[at].breakAllowedBefore {
                var candidate = index - 1
                while candidate > pageStart, !slices[candidate - base].breakAllowedBefore { candidate -= 1 }
                if candidate > pageStart { breakAt = candidate }
            }
            placed.removeAll { $0.slice >= breakAt }
            try finishPage()
            begin(at: breakAt)
            index = breakAt
        }
        if !placed.isEmpty { try finishPage() }
    }
}
