import Foundation
import GongkaiDocument

/// The amounts of a table's body, gathered while its rows are built and printed once every row is
/// known: each column with one number of decimals, the most any of its amounts needs (at least the
/// style's), so that a column never mixes "1520.00", "26.4" and "1535.6".
struct ColumnAmounts {
    private struct Entry {
        var row: Int
        var cell: Int
        var column: Int
        var value: Decimal
        var style: NumberStyle
    }

    private var entries: [Entry] = []

    /// Records that cell `cell` of body row `row`, in grid column `column`, shows `value` in `style`.
    mutating func add(_ value: Decimal, row: Int, cell: Int, column: Int, style: NumberStyle) {
        entries.append(Entry(row: row, cell: cell, column: column, value: value, style: style))
    }

    /// Writes every recorded amount into its cell with its column's decimals.
    func apply(to rows: inout [[TableCell]]) {
        var places: [Int: Int] = [:]
        for entry in entries {
            places[entry.column] = max(places[entry.column] ?? 0, entry.style.places(for: entry.value))
        }
        for entry in entries where rows.indices.contains(entry.row) && rows[entry.row].indices.contains(entry.cell) {
            rows[entry.row][entry.cell].text = entry.style.format(entry.value, places: places[entry.column])
        }
    }
}
