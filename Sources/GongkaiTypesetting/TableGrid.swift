import GongkaiDocument
import GongkaiMessages

/// A cell placed in the grid: its slot and extent, and where its content is (`TableGrid.content(of:)`):
/// a long table has a grid cell for each of its cells while it is set, so they are kept small.
struct GridCell {
    var row: Int
    var column: Int
    var rowSpan: Int
    var colSpan: Int
    /// The cell's index in its row of the table; -1 for an empty cell the grid fills a row with.
    var index: Int32
}

/// A table part's rows resolved into a dense grid before layout: every slot is covered by exactly
/// one cell, and spans are checked here, once.
struct TableGrid {
    var rowCount: Int
    var columnCount: Int
    var cells: [GridCell]
    /// The table part's rows as given.
    private let rows: [[TableCell]]

    /// The content of `cell`: text, link, alignment, indent.
    func content(of cell: GridCell) -> TableCell {
        cell.index >= 0 ? rows[cell.row][Int(cell.index)] : TableCell("")
    }

    /// Places `rows` cell by cell into the next free slot of each row. A row that leaves slots
    /// uncovered gets empty cells there.
    init(rows: [[TableCell]], columnCount: Int, table: String, part: String) throws {
        self.rowCount = rows.count
        self.columnCount = columnCount
        self.rows = rows
        // Slot (row, column) is covered[row * columnCount + column]: one array, not one per row.
        var covered = [Bool](repeating: false, count: rows.count * columnCount)
        var cells: [GridCell] = []
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for (index, cell) in row.enumerated() {
                while column < columnCount, covered[rowIndex * columnCount + column] { column += 1 }
                func fail(_ reason: LocalizedText) -> TypesettingError {
                    .invalidSpan(table: table, part: part, row: rowIndex, column: column, reason: reason)
                }
                guard cell.rowSpan >= 1, cell.colSpan >= 1 else {
                    throw fail(TypesettingMessages.spanBelowOne(rowSpan: cell.rowSpan, colSpan: cell.colSpan))
                }
                guard column < columnCount else {
                    throw fail(TypesettingMessages.moreCellsThanColumns(columnCount))
                }
                guard column + cell.colSpan <= columnCount else {
                    throw fail(TypesettingMessages.colSpanPastLastColumn(cell.colSpan))
                }
                guard rowIndex + cell.rowSpan <= rows.count else {
                    throw fail(TypesettingMessages.rowSpanPastLastRow(cell.rowSpan))
                }
                for r in rowIndex..<(rowIndex + cell.rowSpan) {
                    for c in column..<(column + cell.colSpan) where covered[r * columnCount + c] {
                        throw fail(TypesettingMessages.overlapsSpanFromAbove(row: r + 1, column: c + 1))
                    }
                }
                for r in rowIndex..<(rowIndex + cell.rowSpan) {
                    for c in column..<(column + cell.colSpan) { covered[r * columnCount + c] = true }
                }
                cells.append(
                    GridCell(row: rowIndex, column: column, rowSpan: cell.rowSpan, colSpan: cell.colSpan, index: Int32(index)))
                column += cell.colSpan
            }
            for c in 0..<columnCount where !covered[rowIndex * columnCount + c] {
                covered[rowIndex * columnCount + c] = true
                cells.append(GridCell(row: rowIndex, column: c, rowSpan: 1, colSpan: 1, index: -1))
            }
        }
        self.cells = cells
    }

    /// Consecutive rows tied together by row spans: a page breaks between groups, or cuts a group between
    /// the lines of its cells when it must (see `RowGroup.split`).
    var rowGroups: [Range<Int>] {
        var lastRowOfSpan = Array(0..<rowCount)
        for cell in cells {
            lastRowOfSpan[cell.row] = max(lastRowOfSpan[cell.row], cell.row + cell.rowSpan - 1)
        }
        var groups: [Range<Int>] = []
        var start = 0
        while start < rowCount {
            var end = lastRowOfSpan[start]
            var row = start
            while row <= end {
                end = max(end, lastRowOfSpan[row])
                row += 1
            }
            groups.append(start..<(end + 1))
            start = end + 1
        }
        return groups
    }
}
