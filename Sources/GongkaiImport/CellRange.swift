/// A rectangle of cells in a sheet, with 0-based inclusive bounds; used for merged cells.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The first row (0 = spreadsheet row 1).
    public var firstRow: Int
    /// The first column (0 = column A).
    public var firstColumn: Int
    /// The last row, inclusive.
    public var lastRow: Int
    /// The last column, inclusive.
    public var lastColumn: Int

    /// A range from 0-based inclusive bounds; the bounds are put in order if given reversed.
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = min(firstRow, lastRow)
        self.firstColumn = min(firstColumn, lastColumn)
        self.lastRow = max(firstRow, lastRow)
        self.lastColumn = max(firstColumn, lastColumn)
    }

    /// Parses an A1-style reference such as `A1:C2`, or a single cell such as `B3`; nil if it is not one.
    public init?(reference: String) {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
            let first = CellRange.cellPosition(parts[0]),
            let last = parts.count == 2 ? CellRange.cellPosition(parts[1]) : first
        else { return nil }
        self.init(firstRow: first.row, firstColumn: first.column, lastRow: last.row, lastColumn: last.column)
    }

    /// Whether the cell at `row`, `column` (0-based) lies inside the range.
    public func contains(row: Int, column: Int) -> Bool {
        (firstRow...lastRow).contains(row) && (firstColumn...lastColumn).contains(column)
    }

    /// The A1-style reference, e.g. `A1:C2`.
    public var description: String {
        "\(CellRange.columnName(firstColumn))\(firstRow + 1):\(CellRange.columnName(lastColumn))\(lastRow + 1)"
    }

    /// The largest row and column numbers Excel allows (1,048,576 rows, XFD columns); beyond is not a real cell.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    /// The 0-based row and column of a single-cell reference such as `B3` or `$B$3`.
    static func cellPosition(_ reference: Substring) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for character in reference where character != "$" {
            guard let ascii = character.asciiValue else { return nil }
            switch ascii {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((ascii & 0xDF) - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(ascii - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row <= maximumRows, column <= maximumColumns else { return nil }
        return (row - 1, column - 1)
    }

    /// The letters of a 0-based column index, e.g. 27 → `AB`.
    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}
