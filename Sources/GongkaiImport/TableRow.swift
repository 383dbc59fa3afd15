/// A body row of a located table as a reader of the table uses it: its cells under the names the reader
/// asked for (which may differ from the labels the file prints), and where the row and each cell are.
public struct TableRow: Hashable, Sendable {
    /// Cell texts by name; "" for a cell beyond a short row, absent for a name the header did not have.
    public var cells: [String: String]
    /// Where the row is in the export.
    public var place: RowPlace
    /// Each name's 0-based column in the grid (shared by all the rows of a table).
    public var columns: [String: Int]

    /// A row from its parts.
    public init(cells: [String: String], place: RowPlace, columns: [String: Int]) {
        self.cells = cells
        self.place = place
        self.columns = columns
    }

    /// The text of the cell under `name`, nil if the table has no such column.
    public subscript(name: String) -> String? { cells[name] }

    /// Where the cell under `name` is, for messages, e.g. `预算.xlsx, sheet “收入总表”, cell A7 (科目编码)`;
    /// the row's place when the table has no such column.
    public func place(of name: String) -> String {
        guard let column = columns[name] else { return place.description }
        return place.cell(column: column, label: name)
    }
}
