/// One worksheet of a workbook as a dense grid of cell texts, with its merged ranges.
///
/// The grid spans A1 to the last row and column that hold a value; every row has the same length and an
/// empty cell is "". A merged range's value sits in its top-left cell only, as in the file; use
/// `fillingMergedCells()` when every covered cell should carry it (multi-row headers).
public struct Sheet: Hashable, Sendable {
    /// The workbook file the sheet came from, used in error messages.
    public var file: String
    /// The sheet's name as shown on its tab.
    public var name: String
    /// The cells, row by row; `rows[0][0]` is A1.
    public var rows: [[String]]
    /// The merged ranges, in the order the sheet lists them.
    public var mergedRanges: [CellRange]

    /// A sheet from a grid already in memory; short rows are padded with "" so the grid is dense.
    public init(file: String, name: String, rows: [[String]], mergedRanges: [CellRange] = []) {
        let width = rows.map(\.count).max() ?? 0
        self.file = file
        self.name = name
        self.rows = rows.map { $0.count < width ? $0 + Array(repeating: "", count: width - $0.count) : $0 }
        self.mergedRanges = mergedRanges
    }

    /// Where the sheet is, for messages: `file › name`.
    public var source: String { "\(file) › \(name)" }

    /// The text of the cell at 0-based `row`, `column`; "" outside the grid.
    public subscript(row: Int, column: Int) -> String {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return "" }
        return rows[row][column]
    }

    /// The text of the cell at an A1-style reference such as `B3`; "" outside the grid or for a bad reference.
    public subscript(reference: String) -> String {
        guard let position = CellRange.cellPosition(reference[...]) else { return "" }
        return self[position.row, position.column]
    }

    /// The same sheet with every cell of each merged range holding the range's top-left value.
    public func fillingMergedCells() -> Sheet {
        var copy = self
        copy.rows = Sheet.fillingMergedCells(in: rows, ranges: mergedRanges)
        return copy
    }

    /// Copies each merged range's top-left value into all the cells it covers, within the grid's bounds.
    ///
    /// Works on ragged grids too (a cell beyond a short row is left out rather than added).
    public static func fillingMergedCells(in rows: [[String]], ranges: [CellRange]) -> [[String]] {
        var filled = rows
        for range in ranges {
            guard filled.indices.contains(range.firstRow),
                filled[range.firstRow].indices.contains(range.firstColumn)
            else { continue }
            let value = filled[range.firstRow][range.firstColumn]
            for row in range.firstRow...min(range.lastRow, filled.count - 1) {
                let lastColumn = min(range.lastColumn, filled[row].count - 1)
                guard lastColumn >= range.firstColumn else { continue }
                for column in range.firstColumn...lastColumn {
                    filled[row][column] = value
                }
            }
        }
        return filled
    }
}
