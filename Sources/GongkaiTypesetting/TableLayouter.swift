import GongkaiDocument

/// Lays out a table into flow slices: the caption line and header rows as a header that repeats on
/// every page, and one slice per group of rows tied together by row spans.
struct TableLayouter {
    let measurer: any TextMeasurer
    let paragraphs: ParagraphLayouter

    init(measurer: any TextMeasurer) {
        self.measurer = measurer
        self.paragraphs = ParagraphLayouter(measurer: measurer)
    }

    func layout(_ table: Table, width: Double) throws -> [FlowSlice] {
        let columnCount = table.columns.count
        let widths = try columnWidths(table, available: width)
        var lefts: [Double] = [0]
        for w in widths { lefts.append(lefts[lefts.count - 1] + w) }
        let style = table.style

        let headerGrid = try TableGrid(rows: table.headerRows, columnCount: columnCount, table: table.name, part: "header")
        let bodyGrid = try TableGrid(rows: table.bodyRows, columnCount: columnCount, table: table.name, part: "body")

        var header = RepeatedHeader(height: 0, items: [])
        if let caption = table.caption {
            header = captionHeader(caption, style: style.caption, width: width)
        }
        let headerPart = setPart(headerGrid, isHeader: true, table: table, lefts: lefts)
        for group in headerPart.groups {
            header.items += group.items.map { $0.offset(dx: 0, dy: header.height) }
            header.height += group.height
        }

        var slices: [FlowSlice] = []
        let bodyPart = setPart(bodyGrid, isHeader: false, table: table, lefts: lefts)
        for (index, group) in bodyPart.groups.enumerated() {
            var slice = FlowSlice(height: group.height, items: group.items)
            slice.continuationHeader = header
            // Like lines of a paragraph: no lone row group at a page's foot or head when avoidable.
            let count = bodyPart.groups.count
            slice.breakAllowedBefore = index >= style.body.orphans && count - index >= style.body.widows
            slice.spaceAfter = index == bodyPart.groups.count - 1 ? style.spaceAfter : 0
            slices.append(slice)
        }
        // The first page's header travels with the first row group, so it never stands alone.
        if slices.isEmpty {
            slices.append(FlowSlice(height: header.height, items: header.items))
            slices[0].spaceAfter = style.spaceAfter
        } else {
            slices[0].items = header.items + slices[0].items.map { $0.offset(dx: 0, dy: header.height) }
            slices[0].height += header.height
            slices[0].continuationHeader = nil
        }
        slices[0].spaceBefore = style.spaceBefore
        slices[0].breakAllowedBefore = true
        return slices
    }

    /// Fits the columns into the available width: fixed columns as given, fractions share the rest.
    func columnWidths(_ table: Table, available: Double) throws -> [Double] {
        var fixed = 0.0
        var fractions = 0.0
        for column in table.columns {
            switch column.width {
            case .fixed(let w): fixed += w
            case .fraction(let f): fractions += f
            }
        }
        if fixed > available + 0.01 {
            throw TypesettingError.tableTooWide(table: table.name, required: fixed, available: available)
        }
        let remaining = available - fixed
        return table.columns.map { column in
            switch column.width {
            case .fixed(let w): w
            case .fraction(let f): fractions > 0 ? remaining * f / fractions : 0
            }
        }
    }

    /// Row groups of one table part, each with its height and its items relative to its top-left.
    private struct SetGroup {
        var height: Double
        var items: [PageItem]
    }

    private struct SetPart {
        var groups: [SetGroup]
    }

    private func setPart(_ grid: TableGrid, isHeader: Bool, table: Table, lefts: [Double]) -> SetPart {
        let style = table.style
        let paragraphStyle = isHeader ? table.style.header : table.style.body
        let padding = style.padding
        let minimumRow = paragraphStyle.lineHeight + 2 * padding

        // Set every cell's text in its width.
        var setCells: [(grid: GridCell, lines: [SetLine], height: Double)] = []
        for gridCell in grid.cells {
            let width = lefts[gridCell.column + gridCell.colSpan] - lefts[gridCell.column] - 2 * padding
            let alignment = gridCell.cell.alignment ?? (isHeader ? .center : table.columns[gridCell.column].alignment)
            let paragraph = Paragraph(gridCell.cell.text, style: paragraphStyle)
            let lines = gridCell.cell.text.isEmpty ? [] : paragraphs.layout(paragraph, width: width, alignment: alignment)
            let height = lines.reduce(0) { $0 + $1.height } + 2 * padding
            setCells.append((gridCell, lines, height))
        }

        // Row heights: single-row cells first, then spanning cells stretch their last row if needed.
        var rowHeights = Array(repeating: minimumRow, count: grid.rowCount)
        for cell in setCells where cell.grid.rowSpan == 1 {
            rowHeights[cell.grid.row] = max(rowHeights[cell.grid.row], cell.height)
        }
        for cell in setCells.filter({ $0.grid.rowSpan > 1 }).sorted(by: { $0.grid.rowSpan < $1.grid.rowSpan }) {
            let rows = cell.grid.row..<(cell.grid.row + cell.grid.rowSpan)
            let have = rows.reduce(0) { $0 + rowHeights[$1] }
            if cell.height > have { rowHeights[rows.upperBound - 1] += cell.height - have }
        }
        var tops: [Double] = [0]
        for h in rowHeights { tops.append(tops[tops.count - 1] + h) }

        var groups: [SetGroup] = []
        for range in grid.rowGroups {
            let groupTop = tops[range.lowerBound]
            var items: [PageItem] = []
            for cell in setCells where range.contains(cell.grid.row) {
                let x0 = lefts[cell.grid.column]
                let x1 = lefts[cell.grid.column + cell.grid.colSpan]
                let y0 = tops[cell.grid.row] - groupTop
                let y1 = tops[cell.grid.row + cell.grid.rowSpan] - groupTop
                items += box(x0: x0, y0: y0, x1: x1, y1: y1, width: style.ruleWidth)
                let textHeight = cell.lines.reduce(0) { $0 + $1.height }
                let free = (y1 - y0) - 2 * padding - textHeight
                var y = y0 + padding
                switch style.verticalAlignment {
                case .top: break
                case .middle: y += max(0, free) / 2
                case .bottom: y += max(0, free)
                }
                for line in cell.lines {
                    for run in line.runs { items.append(.text(run).offset(dx: x0 + padding, dy: y)) }
                    y += line.height
                }
            }
            groups.append(SetGroup(height: tops[range.upperBound] - groupTop, items: items))
        }
        return SetPart(groups: groups)
    }

    private func box(x0: Double, y0: Double, x1: Double, y1: Double, width: Double) -> [PageItem] {
        let corners = [Point(x: x0, y: y0), Point(x: x1, y: y0), Point(x: x1, y: y1), Point(x: x0, y: y1)]
        return (0..<4).map { .rule(Rule(from: corners[$0], to: corners[($0 + 1) % 4], width: width)) }
    }

    /// The caption line: left text and right text on the same baseline (either may wrap).
    private func captionHeader(_ caption: TableCaption, style: ParagraphStyle, width: Double) -> RepeatedHeader {
        var header = RepeatedHeader(height: 0, items: [])
        for (text, alignment) in [(caption.left, TextAlignment.left), (caption.right, .right)] where !text.isEmpty {
            var y = 0.0
            for line in paragraphs.layout(Paragraph(text, style: style), width: width, alignment: alignment) {
                header.items += line.runs.map { PageItem.text($0).offset(dx: 0, dy: y) }
                y += line.height
            }
            header.height = max(header.height, y)
        }
        return header
    }
}
