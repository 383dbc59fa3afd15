import GongkaiDocument

/// Fits a table's columns into the width available: fixed columns as given, automatic ones as wide as
/// their content wants (shrunk if needed), fractions share what is left. Then every column that is
/// narrower than its floor — its widest unbreakable run (a number with its unit, a word of a header), and
/// for a short text (at most `shortText` ems) the measure that sets it on two lines — takes the difference
/// from the columns wider than their own floors, in proportion to their surplus: the wide text columns
/// give way before a number is cut.
struct ColumnFitter {
    let paragraphs: ParagraphLayouter
    let table: Table
    /// The header's grid first, then the body's.
    let grids: [TableGrid]

    /// Texts up to this many ems long count as short: set on at most two lines ("全年不低于3次").
    static let shortText = 8.0

    /// One column's single-column cells, measured once per distinct text.
    private struct Measured {
        var text: String
        var style: ParagraphStyle
        var isHeader: Bool
        var indent: Double
        var extent: TextExtent
    }

    /// The columns' widths. Headers of amount columns (`fitBody`) take two lines, or three when two would
    /// leave a text column (a fraction) too narrow for its longest text on one line.
    func widths(available: Double) throws -> [Double] {
        let cells = measuredCells()
        let twoLines = try widths(available: available, cells: cells, headerLines: 2)
        guard table.columns.contains(where: { $0.width == .fitBody }) else { return twoLines }
        let padding = 2 * table.style.padding
        let cramped = table.columns.indices.contains { index in
            guard case .fraction = table.columns[index].width else { return false }
            let longest = cells[index].map { $0.indent + $0.extent.natural }.max() ?? 0
            return longest + padding > twoLines[index] + 0.01
        }
        return cramped ? try widths(available: available, cells: cells, headerLines: 3) : twoLines
    }

    private func widths(available: Double, cells: [[Measured]], headerLines: Int) throws -> [Double] {
        let columns = table.columns
        var fixed = 0.0
        var fractions = 0.0
        for column in columns {
            switch column.width {
            case .fixed(let w): fixed += w
            case .fraction(let f): fractions += f
            case .auto, .fitBody: break
            }
        }
        if fixed > available + 0.01 {
            throw TypesettingError.tableTooWide(table: table.name, required: fixed, available: available)
        }
        let padding = 2 * table.style.padding
        // Every column but a fixed one: at least its widest unbreakable run.
        var floors = columns.indices.map { index -> Double in
            if case .fixed = columns[index].width { return 0 }
            let run = cells[index].map { $0.indent + $0.extent.widestRun }.max() ?? 0
            return run > 0 ? run + padding + 0.01 : 0
        }
        // Automatic columns: widest single-column cell, unbroken; at least two characters.
        var wanted: [Int: Double] = [:]
        var least: [Int: Double] = [:]
        for (index, column) in columns.enumerated() where column.width == .auto || column.width == .fitBody {
            var natural = 0.0
            for cell in cells[index] {
                var width = cell.indent + cell.extent.natural
                // A header on two (or three) lines, broken where it may break.
                if cell.isHeader, column.width == .fitBody {
                    width = min(width, cell.indent + narrowest(cell, lines: headerLines))
                }
                natural = max(natural, width)
            }
            // At least two characters; an amount column at least four, room for a short header on one line.
            let minimum = max((column.width == .fitBody ? 4 : 2) * table.style.body.text.size + padding, floors[index])
            least[index] = minimum
            wanted[index] = max(minimum, natural + padding + 0.01)
        }
        // Columns that fit their body (a table's amounts) share one width, the widest's: even columns.
        let fitting = columns.indices.filter { columns[$0].width == .fitBody }
        if let widest = fitting.compactMap({ wanted[$0] }).max() {
            for index in fitting { wanted[index] = widest }
        }
        // Sums in column order: a dictionary's order changes from run to run, and with it the last bits
        // of a floating-point sum.
        func total(_ widths: [Int: Double]) -> Double { columns.indices.reduce(0) { $0 + (widths[$1] ?? 0) } }
        var autoTotal = total(wanted)
        let room = available - fixed
        if autoTotal > room, autoTotal > 0 {
            let minimum = total(least)
            let scale = max(0, room - minimum) / max(0.001, autoTotal - minimum)
            for (key, want) in wanted {
                let minimum = least[key] ?? 0
                wanted[key] = minimum + (want - minimum) * scale
            }
            autoTotal = total(wanted)
        }
        if fixed + autoTotal > available + 0.01 {
            throw TypesettingError.tableTooWide(table: table.name, required: fixed + autoTotal, available: available)
        }
        let remaining = max(0, room - autoTotal)
        var widths = columns.enumerated().map { index, column -> Double in
            switch column.width {
            case .fixed(let w): w
            case .fraction(let f): fractions > 0 ? remaining * f / fractions : 0
            case .auto, .fitBody:
                // Automatic columns take what they want; with no fractions they share what is left too.
                (wanted[index] ?? 0) * (fractions > 0 ? 1 : 1 + remaining / max(autoTotal, 0.001))
            }
        }
        // Short texts that would take more than two lines where they are raise their column's floor.
        for index in columns.indices where floors[index] > 0 {
            for cell in cells[index] where cell.extent.natural <= Self.shortText * cell.style.text.size {
                guard cell.indent + cell.extent.natural + padding > widths[index] else { continue }
                floors[index] = max(floors[index], cell.indent + narrowest(cell, lines: 2) + padding + 0.01)
            }
        }
        // The wide text columns (fractions) give way first; automatic ones, sized to their content, after.
        // Amount columns (`fitBody`) never do: they stay even.
        let fractionColumns = columns.map { if case .fraction = $0.width { true } else { false } }
        let autoColumns = columns.map { $0.width == .auto }
        Self.raise(&widths, to: floors, takingFrom: fractionColumns)
        Self.raise(&widths, to: floors, takingFrom: autoColumns)
        return widths
    }

    /// Raises every width below its floor, taking the difference from the givers' widths above their floors
    /// in proportion to what they have to spare; the total stays the same. When the givers' surplus falls
    /// short, every column below its floor gets the same share of its shortfall.
    static func raise(_ widths: inout [Double], to floors: [Double], takingFrom givers: [Bool]) {
        let indices = widths.indices
        let shortfall = indices.reduce(0) { $0 + max(0, floors[$1] - widths[$1]) }
        let surplus = indices.reduce(0) { $0 + (givers[$1] ? max(0, widths[$1] - floors[$1]) : 0) }
        guard shortfall > 0.001, surplus > 0.001 else { return }
        let moved = min(shortfall, surplus)
        for index in indices {
            let gap = floors[index] - widths[index]
            if gap > 0 {
                widths[index] += gap * moved / shortfall
            } else if givers[index] {
                widths[index] += gap * moved / surplus
            }
        }
    }

    private func narrowest(_ cell: Measured, lines: Int) -> Double {
        paragraphs.narrowestWidth(of: cell.text, style: cell.style, lines: lines)
    }

    /// Each column's single-column cells with text, header and body, measured in the style they are set in.
    private func measuredCells() -> [[Measured]] {
        var result = Array(repeating: [Measured](), count: table.columns.count)
        var seen = Set<CellKey>(minimumCapacity: grids.reduce(0) { $0 + $1.cells.count })
        for (gridIndex, grid) in grids.enumerated() {
            let partStyle = Self.cellStyle(gridIndex == 0 ? table.style.header : table.style.body)
            for cell in grid.cells where cell.colSpan == 1 && cell.column < result.count {
                let content = grid.content(of: cell)
                guard !content.text.isEmpty else { continue }
                // A body row in a style of its own (a bold duty row) is measured in it. Its style is made
                // only for a cell not seen before: most cells repeat.
                let rowStyled = gridIndex != 0 && table.rowStyles[cell.row] != nil
                let textKey = TextKey(content.text)
                let key = CellKey(
                    column: cell.column, grid: gridIndex, rowStyled: rowStyled, indent: content.indent.bitPattern,
                    text: textKey)
                guard seen.insert(key).inserted else { continue }
                let style = rowStyled ? table.rowStyles[cell.row].map(Self.cellStyle) ?? partStyle : partStyle
                let text = gridIndex == 0 ? TextKey(paragraphs.markedHeader(content.text, words: table.style.headerWords)) : textKey
                result[cell.column].append(
                    Measured(
                        text: text.text, style: style, isHeader: gridIndex == 0, indent: content.indent,
                        extent: paragraphs.extent(of: text, style: style)))
            }
        }
        return result
    }

    /// What makes a cell measured again: its part, whether its row has a style of its own, its indent and
    /// text (by its bytes: a text spelt two ways is measured twice, which changes no width, as widths are
    /// the largest of the cells').
    private struct CellKey: Hashable {
        var column: Int
        var grid: Int
        var rowStyled: Bool
        var indent: UInt64
        var text: TextKey
    }

    /// A part's style as its cells are set: no page grid, no first-line indent.
    static func cellStyle(_ style: ParagraphStyle) -> ParagraphStyle {
        var style = style
        style.gridAdvance = nil
        style.firstLineIndent = 0
        style.leftIndent = 0
        style.rightIndent = 0
        return style
    }
}
