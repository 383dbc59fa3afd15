import GongkaiDocument

/// A table's slices in order: those set already, then one row group set at a time as pagination asks, so
/// that a long table's rows are not all held at once.
final class TableSlices {
    private var set: [FlowSlice]
    private let count: Int
    private let make: (Int) -> FlowSlice
    private var position = 0

    /// - Parameters:
    ///   - set: the first slices, set already.
    ///   - count: how many slices there are.
    ///   - make: the slice of row group `index`, for those past `set`.
    init(set: [FlowSlice], count: Int, make: @escaping (Int) -> FlowSlice) {
        self.set = set
        self.count = count
        self.make = make
    }

    /// The next slice, nil after the last.
    func next() -> FlowSlice? {
        guard position < count else { return nil }
        defer { position += 1 }
        if position < set.count {
            let slice = set[position]
            // Given away: not held here any longer.
            if position == set.count - 1 { set = [] }
            return slice
        }
        return make(position)
    }
}

/// Sets the cells of one part of a table (header or body) a row group at a time.
final class RowGroupSetter {
    private let grid: TableGrid
    private let isHeader: Bool
    private let table: Table
    private let lefts: [Double]
    private let id: Int
    private let layouter: TableLayouter
    private let style: ParagraphStyle
    private let verticalPadding: Double
    /// By column, the widest number's part from its decimal point on, for columns that line their points up.
    private let decimalWidths: [Double?]
    /// Each cell's part from its decimal point on, by index in `grid.cells`, where it lines up.
    private let decimalTailWidths: [Double?]
    private let ranges: [Range<Int>]
    /// The index in `grid.cells` of each group's first cell, and the end last.
    private let cellStarts: [Int]
    /// Cells with the same text, width, alignment and indent are set alike, and such cells are many
    /// ("0.00", "100%", an indicator's name): each is set once, up to a bound.
    private var setTexts: [SetTextKey: [SetLine]] = [:]
    private static let setTextsLimit = 4096

    /// What a cell's text is set by, within one table part (whose style is one).
    private struct SetTextKey: Hashable {
        var text: TextKey
        var width: Double
        var alignment: TextAlignment
        var indent: Double

        // By hand: an enum with raw values hashes its raw value, here a string.
        func hash(into hasher: inout Hasher) {
            hasher.combine(text)
            hasher.combine(width)
            hasher.combine(Self.code(of: alignment))
            hasher.combine(indent)
        }

        private static func code(of alignment: TextAlignment) -> Int {
            switch alignment {
            case .left: 0
            case .center: 1
            case .right: 2
            case .justified: 3
            }
        }
    }

    init(_ grid: TableGrid, isHeader: Bool, table: Table, lefts: [Double], id: Int, layouter: TableLayouter) {
        self.grid = grid
        self.isHeader = isHeader
        self.table = table
        self.lefts = lefts
        self.id = id
        self.layouter = layouter
        style = isHeader ? table.style.header : table.style.body
        // The padding is the least distance from a cell's text to its rules: above and below, the half-leading
        // of the part's lines already gives some of it.
        verticalPadding = max(0, table.style.padding - max(0, style.lineHeight - style.text.size) / 2)
        (decimalWidths, decimalTailWidths) = isHeader ? ([], []) : layouter.decimalWidths(grid, table: table, style: style.text)
        ranges = grid.rowGroups
        // The grid gives cells in row order and groups as ascending runs of rows.
        var starts: [Int] = []
        starts.reserveCapacity(ranges.count + 1)
        var cell = 0
        for range in ranges {
            starts.append(cell)
            while cell < grid.cells.count, grid.cells[cell].row < range.upperBound { cell += 1 }
        }
        starts.append(grid.cells.count)
        cellStarts = starts
        // Room for every cell's text at once: the table is set whole unless it is very long.
        setTexts.reserveCapacity(min(grid.cells.count, Self.setTextsLimit))
    }

    var groupCount: Int { ranges.count }

    /// Row group `index` with its cells set.
    func group(_ index: Int) -> RowGroup {
        let padding = table.style.padding
        var cells: [SetCell] = []
        cells.reserveCapacity(cellStarts[index + 1] - cellStarts[index])
        for position in cellStarts[index]..<cellStarts[index + 1] {
            let gridCell = grid.cells[position]
            let content = grid.content(of: gridCell)
            let width = lefts[gridCell.column + gridCell.colSpan] - lefts[gridCell.column] - 2 * padding
            var alignment = content.alignment ?? (isHeader ? .center : table.columns[gridCell.column].alignment)
            // How far left of the right edge a number's end sits so that the points line up.
            var shift: Double?
            if position < decimalTailWidths.count, let width = decimalTailWidths[position], let widest = decimalWidths[gridCell.column] {
                shift = widest - width
            }
            if shift != nil { alignment = .right }
            let rowStyle = isHeader ? nil : table.rowStyles[gridCell.row]
            let cellAlignment = alignment
            func setCell(_ text: String) -> [SetLine] {
                // A row in a style of its own (few) is set without the cache, which holds the part's style.
                guard let rowStyle else { return set(text, width: width, alignment: cellAlignment, indent: content.indent) }
                return layouter.setText(TextKey(text), style: rowStyle, width: width, alignment: cellAlignment, indent: content.indent)
            }
            var lines = setCell(isHeader ? layouter.paragraphs.markedHeader(content.text, words: table.style.headerWords) : content.text)
            if let shift {
                // Line up the points, but never push a number out of its cell in a narrow column.
                lines = lines.map { line in
                    let left = line.runs.map(\.origin.x).min() ?? 0
                    return layouter.shifted(line, by: -min(shift, max(0, left)))
                }
            }
            var cell = SetCell(
                row: gridCell.row - ranges[index].lowerBound, column: gridCell.column, rowSpan: gridCell.rowSpan,
                colSpan: gridCell.colSpan, lines: lines)
            cell.link = content.link
            // Table › TR › TH or TD; a row is identified by table, part and index, a cell by its row and column.
            let row = (id * 2 + (isHeader ? 0 : 1)) * 1_000_000 + gridCell.row
            cell.structure = [
                StructureTag(role: "Table", id: id), StructureTag(role: "TR", id: row),
                StructureTag(
                    role: isHeader ? "TH" : "TD", id: row * 1_000 + gridCell.column, rowSpan: gridCell.rowSpan,
                    colSpan: gridCell.colSpan),
            ]
            if !isHeader, table.columns[gridCell.column].repeatsWhenSplit, !content.text.isEmpty {
                cell.repeatedLines = setCell(content.text + table.style.continuationMark)
            }
            cells.append(cell)
        }
        return RowGroup(
            rowCount: ranges[index].count, cells: cells, lefts: lefts, padding: padding, verticalPadding: verticalPadding,
            ruleWidth: table.style.ruleWidth, minimumRowHeight: style.lineHeight + 2 * verticalPadding,
            verticalAlignment: table.style.verticalAlignment)
    }

    private func set(_ text: String, width: Double, alignment: TextAlignment, indent: Double) -> [SetLine] {
        guard !text.isEmpty else { return [] }
        let key = SetTextKey(text: TextKey(text), width: width, alignment: alignment, indent: indent)
        if let lines = setTexts[key] { return lines }
        let lines = layouter.setText(key.text, style: style, width: width, alignment: alignment, indent: indent)
        if setTexts.count >= Self.setTextsLimit { setTexts.removeAll(keepingCapacity: true) }
        setTexts[key] = lines
        return lines
    }
}
