import GongkaiDocument

/// Lays out a table into flow slices: the caption line and header rows as a header that repeats on
/// every page the table reaches, and one breakable slice per group of rows tied together by row spans.
struct TableLayouter {
    let measurer: any TextMeasurer
    let paragraphs: ParagraphLayouter

    /// - Parameter paragraphs: the flow's own paragraph layouter (and its working arrays), for cell text.
    init(measurer: any TextMeasurer, paragraphs: ParagraphLayouter) {
        self.measurer = measurer
        self.paragraphs = paragraphs
    }

    /// - Parameters:
    ///   - id: unique to the table in the document, for its tags.
    ///   - keptWholeUpTo: a table no taller than this (a small table) is never split across pages.
    func layout(_ table: Table, width: Double, id: Int = 0, keptWholeUpTo: Double = 0) throws -> [FlowSlice] {
        let source = try slices(table, width: width, id: id, keptWholeUpTo: keptWholeUpTo)
        var slices: [FlowSlice] = []
        while let slice = source.next() { slices.append(slice) }
        return slices
    }

    /// The table's slices, its body set a row group at a time as they are asked for.
    func slices(_ table: Table, width: Double, id: Int = 0, keptWholeUpTo: Double = 0) throws -> TableSlices {
        let columnCount = table.columns.count
        let style = table.style
        let headerGrid = try TableGrid(rows: table.headerRows, columnCount: columnCount, table: table.name, part: "header")
        let bodyGrid = try TableGrid(rows: table.bodyRows, columnCount: columnCount, table: table.name, part: "body")
        let widths = try ColumnFitter(paragraphs: paragraphs, table: table, grids: [headerGrid, bodyGrid]).widths(available: width)
        let lefts = RowGroup.tops(widths)

        let headerSetter = RowGroupSetter(headerGrid, isHeader: true, table: table, lefts: lefts, id: id, layouter: self)
        let headerGroups = (0..<headerSetter.groupCount).map { headerSetter.group($0) }
        func header(continued: Bool) -> RepeatedHeader {
            var header = RepeatedHeader(height: 0, items: [])
            if let caption = table.caption {
                header = captionHeader(caption, continued: continued, style: style.caption, width: width)
                let tags = [StructureTag(role: "Table", id: id), StructureTag(role: "Caption", id: id)]
                header.items = header.items.map { $0.tagged(tags) }
            }
            header.items.reserveCapacity(header.items.count + headerGroups.reduce(0) { $0 + $1.itemCount })
            for group in headerGroups {
                group.appendItems(to: &header.items, movedDownBy: header.height)
                header.height += group.height
            }
            return header
        }
        let first = header(continued: false)
        // Without a caption of its own for continuation pages, the header repeats as it first appeared. A
        // repeated header is not content again: untagged, it is an artifact of the page (PDF/UA).
        var continued = table.caption?.continuedLeft != nil ? header(continued: true) : first
        continued.items = continued.items.map { $0.tagged([]) }

        let body = RowGroupSetter(bodyGrid, isHeader: false, table: table, lefts: lefts, id: id, layouter: self)
        let ranges = bodyGrid.rowGroups
        let count = body.groupCount
        // The first header travels with the first row group, so it never stands alone at a page's foot.
        guard count > 0 else {
            var slice = FlowSlice(height: first.height, items: first.items)
            slice.spaceAfter = style.spaceAfter
            slice.spaceBefore = style.spaceBefore
            return TableSlices(set: [slice], count: 1) { _ in slice }
        }
        func slice(_ index: Int) -> FlowSlice {
            var slice = Self.slice(
                body.group(index), prefix: index == 0 ? first : nil, continuation: continued, style: style.body,
                spaceAfter: index == count - 1 ? style.spaceAfter : 0)
            // Like lines of a paragraph: no lone row group at a page's foot or head when avoidable, and
            // heading rows stay with what follows them.
            let keptWithPrevious = index > 0 && table.rowsKeptWithNext.contains(ranges[index - 1].upperBound - 1)
            slice.breakAllowedBefore = index == 0
                || (index >= style.body.orphans && count - index >= style.body.widows && !keptWithPrevious)
            if index == 0 { slice.spaceBefore = style.spaceBefore }
            return slice
        }
        // A small table (a few rows) moves to the next page whole rather than leaving a few rows behind: its
        // groups are set until they are known to be more than that.
        var set: [FlowSlice] = []
        var height = 0.0
        while set.count < count, height <= keptWholeUpTo {
            set.append(slice(set.count))
            height += set[set.count - 1].height
        }
        if set.count == count, height <= keptWholeUpTo {
            for index in set.indices {
                set[index].split = nil
                if index > 0 { set[index].breakAllowedBefore = false }
            }
        }
        return TableSlices(set: set, count: count, make: slice)
    }

    /// A slice for a row group (with the table's first header above it, for the first group) that can
    /// split itself when the page has less room than it needs.
    static func slice(
        _ group: RowGroup, prefix: RepeatedHeader?, continuation: RepeatedHeader, style: ParagraphStyle,
        spaceAfter: Double
    ) -> FlowSlice {
        let offset = prefix?.height ?? 0
        var items = prefix?.items ?? []
        items.reserveCapacity(items.count + group.itemCount)
        group.appendItems(to: &items, movedDownBy: offset)
        var slice = FlowSlice(height: offset + group.height, items: items)
        let continuationHeader = prefix == nil ? continuation : nil
        slice.continuationHeader = continuationHeader
        slice.spaceAfter = spaceAfter
        // The closure captures values only: capturing `slice` would make the slice own itself through its
        // closure, a cycle that kept every table's rows (and their text runs) alive after the document.
        slice.split = { available, pageHeight in
            // Prefer a cut between whole texts unless it wastes more than a quarter of the page.
            guard let (items, height, rest, clean) = group.split(
                available: available - offset, orphans: style.orphans, widows: style.widows,
                cleanCutFrom: available - offset - pageHeight / 4, movedDownBy: offset)
            else { return nil }
            var head = FlowSlice(height: offset + height, items: (prefix?.items ?? []) + items)
            head.continuationHeader = continuationHeader
            // The part that continues keeps the table's space below it.
            var tail = Self.slice(rest, prefix: nil, continuation: continuation, style: style, spaceAfter: spaceAfter)
            tail.breakAllowedBefore = true
            return (head, tail, clean)
        }
        return slice
    }

    func setText(
        _ text: TextKey, style: ParagraphStyle, width: Double, alignment: TextAlignment, indent: Double = 0
    ) -> [SetLine] {
        guard !text.text.isEmpty else { return [] }
        var cellStyle = style
        cellStyle.gridAdvance = nil  // the page's character grid is not a cell's
        cellStyle.firstLineIndent = 0
        cellStyle.leftIndent = min(indent, width / 2)
        cellStyle.rightIndent = 0
        return paragraphs.layout(text, style: cellStyle, width: max(width, 1), alignment: alignment, pushesIn: false)
    }

    func shifted(_ line: SetLine, by dx: Double) -> SetLine {
        var line = line
        line.runs = line.runs.map { var run = $0; run.origin.x += dx; return run }
        return line
    }

    /// A number's part from its decimal point on ("" without one); nil if `text` is not a number (only
    /// digits, ".", "," and "-"), or empty.
    static func decimalTail(of text: String) -> String? {
        guard !text.isEmpty else { return nil }
        // Amounts are ASCII: their bytes are their characters, checked without Unicode properties.
        var isASCII = true
        for byte in text.utf8 {
            guard byte < 0x80 else {
                isASCII = false
                break
            }
            guard (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x2C || byte == 0x2D else { return nil }  // 0-9 . , -
        }
        if isASCII {
            return text.utf8.firstIndex(of: 0x2E).map { String(text[$0...]) } ?? ""
        }
        guard text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == "-" }) else { return nil }
        return text.firstIndex(of: ".").map { String(text[$0...]) } ?? ""
    }

    /// For decimal-aligned columns: the widest number's part from its decimal point on, by column (nil for
    /// columns not lined up): a number's end sits that much less its own part's width left of the right
    /// edge (`decimalShift`), so that the points line up. And that part's width for each cell, by its index
    /// in `grid.cells` (nil for a cell that is no number or not in such a column; empty if no column is),
    /// measured here once for both.
    func decimalWidths(_ grid: TableGrid, table: Table, style: TextStyle) -> (widest: [Double?], cells: [Double?]) {
        var widest = [Double?](repeating: nil, count: table.columns.count)
        guard table.columns.contains(where: \.alignsDecimalPoints) else { return (widest, []) }
        var cells = [Double?](repeating: nil, count: grid.cells.count)
        // The tails in the part's own style ("0.00" and "12.00" end alike), each measured once.
        var tailWidths: [String: Double] = [:]
        for (position, cell) in grid.cells.enumerated()
        where cell.colSpan == 1 && cell.column < widest.count && table.columns[cell.column].alignsDecimalPoints {
            let text = grid.content(of: cell).text
            let width: Double
            if table.rowStyles.index(forKey: cell.row) == nil {
                guard let tail = Self.decimalTail(of: text) else { continue }
                if let known = tailWidths[tail] {
                    width = known
                } else {
                    width = measurer.advances(of: tail, in: style).reduce(0, +)
                    tailWidths[tail] = width
                }
            } else {
                guard let measured = decimalTailWidth(text, row: cell.row, table: table, style: style) else { continue }
                width = measured
            }
            cells[position] = width
            widest[cell.column] = max(widest[cell.column] ?? width, width)
        }
        return (widest, cells)
    }

    /// The width of `text`'s part from its decimal point on, in row `row`'s style; nil if it is no number.
    func decimalTailWidth(_ text: String, row: Int, table: Table, style: TextStyle) -> Double? {
        guard let tail = Self.decimalTail(of: text) else { return nil }
        return measurer.advances(of: tail, in: table.rowStyles[row]?.text ?? style).reduce(0, +)
    }

    /// The caption line: left text and right text on the same baseline. When both do not fit, the left
    /// text wraps beside the right one; a right text wider than half the line goes below the left one.
    private func captionHeader(_ caption: TableCaption, continued: Bool, style: ParagraphStyle, width: Double) -> RepeatedHeader {
        var header = RepeatedHeader(height: 0, items: [])
        let left = continued ? (caption.continuedLeft ?? caption.left) : caption.left
        var lineStyle = style
        lineStyle.firstLineIndent = 0
        func natural(_ text: String) -> Double { measurer.advances(of: text, in: style.text).reduce(0, +) }
        var leftWidth = width
        var rightBelow = false
        if !left.isEmpty, !caption.right.isEmpty {
            let right = natural(caption.right)
            let gap = style.text.size
            if natural(left) + gap + right > width {
                if right <= width / 2 { leftWidth = width - right - gap } else { rightBelow = true }
            }
        }
        var leftHeight = 0.0
        for (text, alignment) in [(left, TextAlignment.left), (caption.right, .right)] where !text.isEmpty {
            var y = alignment == .right && rightBelow ? leftHeight : 0
            let lines = paragraphs.layout(
                Paragraph(text, style: lineStyle), width: alignment == .left ? leftWidth : width, alignment: alignment)
            for line in lines {
                header.items += line.runs.map { PageItem.text($0).offset(dx: 0, dy: y) }
                y += line.height
            }
            if alignment == .left { leftHeight = y }
            header.height = max(header.height, y)
        }
        return header
    }
}
