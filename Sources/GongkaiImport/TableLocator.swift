/// Finds a table inside a grid by its header labels, not by cell addresses.
///
/// The budget system moves tables around between years and units (an extra title row, a unit line, a
/// column more), but the header labels stay; so a table is found by the row that holds its labels.
/// Labels are compared with all whitespace removed, because headers are often spaced out ("项    目")
/// or broken over lines inside a cell.
public struct TableLocator: Sendable {
    /// Where the grid came from (`file › sheet`), named in errors.
    public var source: String
    /// The grid as given: merged values only in their top-left cells.
    public var rows: [[String]]
    /// The merged ranges of the grid.
    public var mergedRanges: [CellRange]
    /// The grid with merged values copied into every covered cell, so a label merged over two header
    /// rows or several columns is seen in each of them.
    private var filledRows: [[String]]
    /// `filledRows` with every cell's whitespace removed, once: labels are compared against these.
    private var normalizedRows: [[String]]
    /// What the rows are numbered by in the export, to give each body row its place.
    private var file: String
    private var grid: RowPlace.Grid
    /// For a CSV file, the line on which each row starts.
    private var lineNumbers: [Int] = []

    /// A locator over any grid (rows may be ragged); its rows' places are counted from 1 in `source`.
    public init(rows: [[String]], mergedRanges: [CellRange] = [], source: String) {
        self.source = source
        self.rows = rows
        self.mergedRanges = mergedRanges
        self.filledRows = Sheet.fillingMergedCells(in: rows, ranges: mergedRanges)
        self.normalizedRows = filledRows.map { $0.map(TableLocator.normalized) }
        self.file = source
        self.grid = .rows
    }

    /// A locator over a worksheet, taking its merged ranges into account; places are the sheet's rows.
    public init(sheet: Sheet) {
        self.init(rows: sheet.rows, mergedRanges: sheet.mergedRanges, source: sheet.source)
        file = sheet.file
        grid = .sheet(name: sheet.name)
    }

    /// A locator over a CSV table (which has no merged cells); places are the file's lines.
    public init(table: CSVTable) {
        self.init(rows: table.rows, source: table.file)
        grid = .csv
        lineNumbers = table.lineNumbers
    }

    /// Where the grid's 0-based `row` is in the export.
    public func place(ofRow row: Int) -> RowPlace {
        let number = grid == .csv && lineNumbers.indices.contains(row) ? lineNumbers[row] : row + 1
        return RowPlace(file: file, grid: grid, number: number)
    }

    /// Text with all whitespace (including the ideographic space U+3000 and line breaks) removed.
    public static func normalized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Finds the table whose header holds all of `labels` and returns its body.
    ///
    /// The header is the first row holding every label, or else the first pair of adjacent rows that
    /// together hold them (a two-row header such as 评价标准 over 优/良/中/差), the upper row holding at
    /// least one. Vertically merged header cells extend the header down to the end of their range. Each
    /// label takes the leftmost header column at or after `startingAtColumn` where it appears. A `栏次` row
    /// directly below the header is skipped; the body then runs to the first entirely empty row.
    ///
    /// - Parameters:
    ///   - startingAtColumn: ignore columns to the left, e.g. to read the right-hand (支出) half of 收支总表.
    ///   - fillingMergedBodyCells: give every row of a merged body cell its value (e.g. a 职责活动 merged
    ///     over its indicators); by default only the top-left row has it, as in the file.
    /// - Throws: `ImportError.headerLabelsNotFound` naming the labels missing from the closest candidate.
    /// - Parameter optional: labels to read too where the header has them in a column of their own (an
    ///   export's 合计); a label spanning a wanted label's column (基本支出 over 人员经费) is not one.
    public func locate(
        _ labels: [String], optional: [String] = [], startingAtColumn: Int = 0, fillingMergedBodyCells: Bool = false
    ) throws -> LocatedTable {
        let wanted = labels.map(TableLocator.normalized)
        var bestMissing = labels
        for row in filledRows.indices {
            let single = columns(of: wanted, inRows: row...row, from: startingAtColumn)
            var header: ClosedRange<Int>?
            var found = single
            if single.allSatisfy({ $0 != nil }) {
                header = row...row
            } else if row + 1 < filledRows.count, single.contains(where: { $0 != nil }) {
                let pair = columns(of: wanted, inRows: row...(row + 1), from: startingAtColumn)
                found = pair
                if pair.allSatisfy({ $0 != nil }) { header = row...(row + 1) }
            }
            guard let header else {
                let missing = zip(labels, found).filter { $0.1 == nil }.map(\.0)
                if missing.count < bestMissing.count { bestMissing = missing }
                continue
            }
            var columns: [String: Int] = [:]
            for (label, column) in zip(labels, found) {
                if let column { columns[label] = column }
            }
            let taken = Set(columns.values)
            let extra = self.columns(of: optional.map(TableLocator.normalized), inRows: header, from: startingAtColumn)
            for (label, column) in zip(optional, extra) {
                if let column, !taken.contains(column) { columns[label] = column }
            }
            return body(
                below: extended(header, columns: columns.values), columns: columns, filled: fillingMergedBodyCells)
        }
        throw ImportError.headerLabelsNotFound(file: source, missing: bestMissing)
    }

    /// The text at row label × column label, e.g. row 收入总计 × column 预算数.
    ///
    /// The column label is looked for in the first row holding it (the header); the row label in any cell
    /// below it. When the header has the column label more than once (收支总表 has 预算数 for both 收入 and
    /// 支出), the nearest such column to the right of the row label is used.
    ///
    /// - Throws: `ImportError.headerLabelsNotFound` or `ImportError.rowLabelNotFound`.
    public func value(row rowLabel: String, column columnLabel: String) throws -> String {
        let wantedColumn = TableLocator.normalized(columnLabel)
        let wantedRow = TableLocator.normalized(rowLabel)
        guard let headerRow = normalizedRows.firstIndex(where: { $0.contains(wantedColumn) }) else {
            throw ImportError.headerLabelsNotFound(file: source, missing: [columnLabel])
        }
        let headerColumns = normalizedRows[headerRow].indices.filter { normalizedRows[headerRow][$0] == wantedColumn }
        for row in (headerRow + 1)..<max(headerRow + 1, filledRows.count) {
            guard let labelColumn = normalizedRows[row].firstIndex(of: wantedRow)
            else { continue }
            guard let column = headerColumns.first(where: { $0 > labelColumn }) ?? headerColumns.first else { break }
            return cell(filledRows, row, column)
        }
        throw ImportError.rowLabelNotFound(file: source, label: rowLabel)
    }

    // MARK: - Steps

    /// For each wanted label, the leftmost column at or after `start` where one of `headerRows` holds it.
    private func columns(of wanted: [String], inRows headerRows: ClosedRange<Int>, from start: Int) -> [Int?] {
        let header = headerRows.map { normalizedRows[$0] }
        let width = header.map(\.count).max() ?? 0
        return wanted.map { label in
            guard start < width else { return nil }
            return (max(start, 0)..<width).first { column in
                header.contains { column < $0.count && $0[column] == label }
            }
        }
    }

    /// The header extended down over vertically merged cells of its columns (项目 merged over two header rows).
    private func extended(_ header: ClosedRange<Int>, columns: some Collection<Int>) -> ClosedRange<Int> {
        let last =
            mergedRanges.filter { range in
                header.contains(range.firstRow)
                    && columns.contains { (range.firstColumn...range.lastColumn).contains($0) }
            }.map(\.lastRow).max() ?? header.upperBound
        return header.lowerBound...min(max(last, header.upperBound), max(filledRows.count - 1, header.upperBound))
    }

    /// The body rows below `header`, after an optional 栏次 row, up to the first entirely empty row.
    private func body(below header: ClosedRange<Int>, columns: [String: Int], filled: Bool) -> LocatedTable {
        let grid = filled ? filledRows : rows
        var row = header.upperBound + 1
        // The 栏次 row numbers the columns (1, 2, 3 …) for cross-references; it is not data.
        if row < grid.count, grid[row].contains(where: { TableLocator.normalized($0) == "栏次" }) {
            row += 1
        }
        var rowIndices: [Int] = []
        var bodyRows: [[String: String]] = []
        var places: [RowPlace] = []
        while row < grid.count, grid[row].contains(where: { !TableLocator.normalized($0).isEmpty }) {
            rowIndices.append(row)
            bodyRows.append(columns.mapValues { cell(grid, row, $0) })
            places.append(place(ofRow: row))
            row += 1
        }
        return LocatedTable(
            headerRows: header, columns: columns, rowIndices: rowIndices, rows: bodyRows, places: places)
    }

    private func cell(_ grid: [[String]], _ row: Int, _ column: Int) -> String {
        guard grid.indices.contains(row), grid[row].indices.contains(column) else { return "" }
        return grid[row][column]
    }
}
