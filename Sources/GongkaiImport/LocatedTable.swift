/// A table found in a grid by its header labels: where it is, and its body rows keyed by label.
public struct LocatedTable: Hashable, Sendable {
    /// The grid rows that make up the header (one row, or two for a merged two-row header).
    public var headerRows: ClosedRange<Int>
    /// Each requested label's 0-based column index.
    public var columns: [String: Int]
    /// For each body row, its index in the grid (to report a place, or to read columns not asked for).
    public var rowIndices: [Int]
    /// The body rows, label → cell text ("" for a cell beyond a short row).
    public var rows: [[String: String]]
}
