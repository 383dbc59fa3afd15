/// Input the typesetter cannot set.
public enum TypesettingError: Error, Equatable, CustomStringConvertible {
    /// A table's cell spans leave the grid or cover a slot another cell already covers.
    case invalidSpan(table: String, part: String, row: Int, column: Int, reason: String)
    /// A table has columns whose fixed widths exceed the type area.
    case tableTooWide(table: String, required: Double, available: Double)

    public var description: String {
        switch self {
        case let .invalidSpan(table, part, row, column, reason):
            return "table \(table), \(part) row \(row + 1), column \(column + 1): \(reason)"
        case let .tableTooWide(table, required, available):
            return "table \(table): fixed columns need \(required) pt but only \(available) pt are available"
        }
    }
}

/// Something the typesetter could set but not as asked; reported, never silent.
public struct TypesettingWarning: Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var page: Int

    public var description: String { "page \(page): \(message)" }
}
