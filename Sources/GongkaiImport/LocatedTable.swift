/// A table found in a grid by its header labels: where it is, and its body rows keyed by label.
public struct LocatedTable: Hashable, Sendable {
    /// The grid rows that make up the header (one row, or two for a merged two-row header).
    public var headerRows: ClosedRange<Int>
    /// Each requested label's 0-based column index.
    public var columns: [String: Int]
    /// For each body row, its index in the grid (to read columns not asked for).
    public var rowIndices: [Int]
    /// The body rows, label → cell text ("" for a cell beyond a short row).
    public var rows: [[String: String]]
    /// For each body row, where it is in the export (the sheet's row, the CSV line): for messages.
    public var places: [RowPlace]

    /// The body rows with their places, each cell under a name of the caller's: `names` pairs a name with
    /// the label it is found under (a later pair for the same name wins). A label not located is left out.
    public func rows(named names: [(name: String, label: String)]) -> [TableRow] {
        var namedColumns: [String: Int] = [:]
        for (name, label) in names { namedColumns[name] = columns[label] }
        return zip(rows, places).map { row, place in
            var cells: [String: String] = [:]
            for (name, label) in names { cells[name] = row[label] }
            return TableRow(cells: cells, place: place, columns: namedColumns)
        }
    }
}
