import GongkaiDocument

/// A cell of a row group, set into lines.
struct SetCell {
    /// First row, relative to the group.
    var row: Int
    var column: Int
    var rowSpan: Int
    var colSpan: Int
    var lines: [SetLine]
    /// What to show when the cell continues on a new page with no lines left (its text again with the
    /// continuation mark); nil for cells that just go on empty.
    var repeatedLines: [SetLine]?
    /// The cell was cut above: its remaining lines sit at the top, continuing the text.
    var isContinued = false
    /// Its place in the logical structure (Table › TR › TH or TD).
    var structure: [StructureTag] = []
    /// The cell's link, if the whole cell is one.
    var link: LinkTarget?

    var contentHeight: Double { lines.reduce(0) { $0 + $1.height } }
}

/// Rows tied together by row spans, with their cells set. Heights and positions are derived, so the
/// group can be cut at a page break and the rest laid out again on the next page.
struct RowGroup {
    var rowCount: Int
    var cells: [SetCell]
    /// x of each column's left rule, and the table's right rule last.
    let lefts: [Double]
    /// Space between a cell's text and its left and right rules.
    let padding: Double
    /// Space between a cell's lines and its top and bottom rules: the padding less the lines' half-leading,
    /// which already keeps the glyphs that far from the rules.
    let verticalPadding: Double
    let ruleWidth: Double
    let minimumRowHeight: Double
    let verticalAlignment: VerticalAlignment

    /// Row heights: single-row cells first, then spanning cells stretch their last row if needed.
    func rowHeights() -> [Double] {
        var heights = Array(repeating: minimumRowHeight, count: rowCount)
        // Cells by index, read in place: a cell copied out counts a reference for each of its arrays.
        for index in cells.indices where cells[index].rowSpan == 1 {
            let row = cells[index].row
            heights[row] = max(heights[row], cells[index].contentHeight + 2 * verticalPadding)
        }
        // Spanning cells by their span, shortest first; sorted as (span, index) pairs, as a closure over the
        // cells would copy the group at each comparison.
        var spanning: [(rowSpan: Int, index: Int)] = []
        for index in cells.indices where cells[index].rowSpan > 1 { spanning.append((cells[index].rowSpan, index)) }
        for (_, index) in spanning.sorted(by: { $0.rowSpan < $1.rowSpan }) {
            let rows = cells[index].row..<(cells[index].row + cells[index].rowSpan)
            let have = rows.reduce(0) { $0 + heights[$1] }
            let need = cells[index].contentHeight + 2 * verticalPadding
            if need > have { heights[rows.upperBound - 1] += need - have }
        }
        return heights
    }

    static func tops(_ heights: [Double]) -> [Double] {
        var tops: [Double] = [0]
        for h in heights { tops.append(tops[tops.count - 1] + h) }
        return tops
    }

    var height: Double { rowHeights().reduce(0, +) }

    /// How many items `appendItems` appends: four rules per cell (if ruled) and the runs of its lines.
    var itemCount: Int {
        cells.reduce(0) { count, cell in
            count + (ruleWidth > 0 ? 4 : 0) + cell.lines.reduce(0) { $0 + $1.runs.count }
        }
    }

    /// Appends everything drawn for the whole group to `items`: top at y = 0, then moved down by `dy`
    /// if given.
    func appendItems(to items: inout [PageItem], movedDownBy dy: Double) {
        let tops = Self.tops(rowHeights())
        for index in cells.indices {
            let row = cells[index].row
            draw(
                index, top: tops[row], bottom: tops[row + cells[index].rowSpan], lines: cells[index].lines.indices,
                topAligned: cells[index].isContinued, movedDownBy: dy, into: &items)
        }
    }

    /// Draws `cell` between `top` and `bottom`, top at y = 0, then moved down by `dy` if given (a
    /// separate step, as the group's items used to be moved after drawing: same sums, same positions).
    /// The cell is named by its index and its lines by theirs, and all are read where the group keeps
    /// them: a cell or line copied out counts a reference for each of its arrays.
    private func draw(
        _ cell: Int, top: Double, bottom: Double, lines: Range<Int>, topAligned: Bool,
        movedDownBy dy: Double, into items: inout [PageItem]
    ) {
        let x0 = lefts[cells[cell].column]
        let x1 = lefts[cells[cell].column + cells[cell].colSpan]
        func moved(_ point: Point) -> Point { point.offset(dx: 0, dy: dy) }
        if ruleWidth > 0 {  // an unruled table (a table of contents) has no box
            let corners = [Point(x: x0, y: top), Point(x: x1, y: top), Point(x: x1, y: bottom), Point(x: x0, y: bottom)]
            for side in 0..<4 {
                items.append(.rule(Rule(from: moved(corners[side]), to: moved(corners[(side + 1) % 4]), width: ruleWidth)))
            }
        }
        let textHeight = lines.reduce(0) { $0 + cells[cell].lines[$1].height }
        let free = max(0, bottom - top - 2 * verticalPadding - textHeight)
        var y = top + verticalPadding
        if !topAligned {
            switch verticalAlignment {
            case .top: break
            case .middle: y += free / 2
            case .bottom: y += free
            }
        }
        for line in lines {
            for index in cells[cell].lines[line].runs.indices {
                var run = cells[cell].lines[line].runs[index]
                if let link = cells[cell].link { run.link = link }
                run.origin = moved(run.origin.offset(dx: x0 + padding, dy: y))
                run.structure = cells[cell].structure
                items.append(.text(run))
            }
            y += cells[cell].lines[line].height
        }
    }

    /// How many of `cell`'s lines fit above a cut at `cut`, set from the cell's top.
    private func linesAbove(_ cut: Double, in cell: SetCell, top: Double) -> Int {
        var y = top + verticalPadding
        var count = 0
        for line in cell.lines {
            if y + line.height + verticalPadding > cut + 0.001 { break }
            y += line.height
            count += 1
        }
        return count
    }

    /// Cuts the group so that the part above the cut is at most `available` high. Cuts fall on row
    /// boundaries or between lines, never through a line; a cell cut in two keeps at least `orphans`
    /// lines above and `widows` below (when it has enough lines to allow that at all). Every cell's box
    /// is closed at the cut, and the rest is laid out again as a new group.
    ///
    /// - Returns: the items and height above the cut and the group that continues, or nil if nothing
    ///   useful fits.
    /// - Parameter cleanCutFrom: a cut that divides no cell's text is taken in preference to a lower-waste
    ///   one that does, if it lies at or below this height.
    /// - Parameter dy: how far to move the items above the cut down (as in `appendItems`).
    func split(
        available: Double, orphans: Int, widows: Int, cleanCutFrom: Double = .infinity, movedDownBy dy: Double
    ) -> (items: [PageItem], height: Double, rest: RowGroup, clean: Bool)? {
        let heights = rowHeights()
        let tops = Self.tops(heights)
        guard available > 0, tops[rowCount] > available + 0.001 else { return nil }

        var candidates: Set<Double> = Set(tops[1..<rowCount].filter { $0 <= available + 0.001 })
        for cell in cells {
            var y = tops[cell.row] + verticalPadding
            for line in cell.lines.dropLast() {
                y += line.height
                if y + verticalPadding <= available + 0.001 { candidates.insert(y + verticalPadding) }
            }
        }
        // Test positions cheaply (no drawing); draw only the cut chosen.
        let sorted = candidates.sorted(by: >)
        let chosen = sorted.first { $0 >= cleanCutFrom && feasibility(of: $0, tops: tops, orphans: orphans, widows: widows) == true }
            ?? sorted.first { feasibility(of: $0, tops: tops, orphans: orphans, widows: widows) != nil }
        guard let position = chosen else { return nil }
        return cut(at: position, tops: tops, orphans: orphans, widows: widows, movedDownBy: dy)
    }

    /// Whether a cut at `cut` honours widows and orphans in every cell it divides and leaves text above
    /// it: nil if not, else whether it is clean (divides no cell's text).
    private func feasibility(of cut: Double, tops: [Double], orphans: Int, widows: Int) -> Bool? {
        let epsilon = 0.001
        var clean = true
        var textAbove = false
        for cell in cells {
            let top = tops[cell.row]
            let bottom = tops[cell.row + cell.rowSpan]
            if bottom <= cut + epsilon {
                textAbove = textAbove || !cell.lines.isEmpty
            } else if top < cut - epsilon {
                let count = cell.lines.count
                let above = linesAbove(cut, in: cell, top: top)
                let below = count - above
                if count >= orphans + widows, above > 0, below > 0, above < orphans || below < widows { return nil }
                if count < orphans + widows, above > 0, below > 0 { return nil }
                if above > 0 && below > 0 { clean = false }
                textAbove = textAbove || above > 0
            }
        }
        let firstRow = (0..<rowCount).first { tops[$0 + 1] > cut + epsilon } ?? rowCount
        return textAbove && firstRow < rowCount ? clean : nil
    }

    /// The cut at `cut` (already found feasible): what is drawn above it, and the group that continues.
    private func cut(
        at cut: Double, tops: [Double], orphans: Int, widows: Int, movedDownBy dy: Double
    ) -> (items: [PageItem], height: Double, rest: RowGroup, clean: Bool)? {
        let epsilon = 0.001
        guard let clean = feasibility(of: cut, tops: tops, orphans: orphans, widows: widows) else { return nil }
        var items: [PageItem] = []
        var restCells: [SetCell] = []
        // The first row of the rest: the row the cut falls in, or the one starting at the cut.
        let firstRow = (0..<rowCount).first { tops[$0 + 1] > cut + epsilon } ?? rowCount
        for (index, cell) in cells.enumerated() {
            let top = tops[cell.row]
            let bottom = tops[cell.row + cell.rowSpan]
            if bottom <= cut + epsilon {
                draw(index, top: top, bottom: bottom, lines: cell.lines.indices, topAligned: cell.isContinued, movedDownBy: dy, into: &items)
            } else if top >= cut - epsilon {
                var moved = cell
                moved.row -= firstRow
                restCells.append(moved)
            } else {
                let above = linesAbove(cut, in: cell, top: top)
                draw(index, top: top, bottom: cut, lines: 0..<min(above, cell.lines.count), topAligned: true, movedDownBy: dy, into: &items)
                var rest = cell
                rest.row = 0
                rest.rowSpan = cell.row + cell.rowSpan - firstRow
                rest.lines = Array(cell.lines.dropFirst(above))
                rest.isContinued = true
                // The continued part covers only the rows left on the next page.
                if let cellTag = rest.structure.last { rest.structure[rest.structure.count - 1].rowSpan = min(cellTag.rowSpan, rest.rowSpan) }
                if rest.lines.isEmpty, let repeated = cell.repeatedLines { rest.lines = repeated }
                restCells.append(rest)
            }
        }
        var rest = self
        rest.rowCount = rowCount - firstRow
        rest.cells = restCells
        return (items, cut, rest, clean)
    }
}
