/// Where a row of an export is, as a person who opens the file finds it: a worksheet's row (and a cell by
/// its column letter), a CSV file's line (and a field by its number), or a row of a grid given in memory.
///
/// Messages about a row's content name this place rather than the row's position in the table's body,
/// which matches nothing the person can see.
public struct RowPlace: Hashable, Sendable, CustomStringConvertible {
    /// The kind of grid the row belongs to.
    public enum Grid: Hashable, Sendable {
        /// A worksheet, by name: rows numbered and columns lettered as in Excel.
        case sheet(name: String)
        /// A CSV file: the line on which the row's record starts, fields counted from 1.
        case csv
        /// Rows given in memory: rows and columns counted from 1.
        case rows
    }

    /// The export's path (for `.rows`, the name given for the grid).
    public var file: String
    /// Whether the row is in a worksheet, a CSV file or a grid in memory.
    public var grid: Grid
    /// The 1-based number the person sees: the sheet's row number, the CSV line, or the grid's row.
    public var number: Int

    /// A place from its parts; `number` is 1-based.
    public init(file: String, grid: Grid, number: Int) {
        self.file = file
        self.grid = grid
        self.number = number
    }

    /// E.g. `预算.xlsx, sheet “收入总表”, row 7` or `收入.csv, line 7`; a file is named without its folder.
    public var description: String {
        switch grid {
        case .sheet(let name): "\(fileName), sheet “\(name)”, row \(number)"
        case .csv: "\(fileName), line \(number)"
        case .rows: "\(file), row \(number)"
        }
    }

    /// The cell of this row in 0-based `column`, with the label of its column if given: e.g.
    /// `预算.xlsx, sheet “收入总表”, cell B7 (科目名称)` or `收入.csv, line 7, column 2 (科目名称)`.
    public func cell(column: Int, label: String? = nil) -> String {
        let labelled = label.map { " (\($0))" } ?? ""
        switch grid {
        case .sheet(let name):
            return "\(fileName), sheet “\(name)”, cell \(CellRange.columnName(max(column, 0)))\(number)\(labelled)"
        case .csv:
            return "\(fileName), line \(number), column \(column + 1)\(labelled)"
        case .rows:
            return "\(file), row \(number), column \(column + 1)\(labelled)"
        }
    }

    /// The file's last path component: the message's context (the department file's `from`) gives the folder.
    private var fileName: String {
        file.split(separator: "/").last.map(String.init) ?? file
    }
}
