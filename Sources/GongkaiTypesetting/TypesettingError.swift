import GongkaiMessages

/// Input the typesetter cannot set.
public enum TypesettingError: Error, Equatable, CustomStringConvertible {
    /// A table's cell spans leave the grid or cover a slot another cell already covers (`row` and `column`
    /// counted from 0; `reason` from `TypesettingMessages`).
    case invalidSpan(table: String, part: String, row: Int, column: Int, reason: LocalizedText)
    /// A table has columns whose fixed widths exceed the type area.
    case tableTooWide(table: String, required: Double, available: Double)

    /// What is wrong, in each language (from `TypesettingMessages`).
    public var text: LocalizedText {
        switch self {
        case let .invalidSpan(table, part, row, column, reason):
            TypesettingMessages.invalidSpan(table: table, part: part, row: row + 1, column: column + 1, reason: reason)
        case let .tableTooWide(table, required, available):
            TypesettingMessages.tableTooWide(table: table, required: required, available: available)
        }
    }

    public var description: String { text.english }
}

/// Something the typesetter could set but not as asked; reported, never silent.
public struct TypesettingWarning: Hashable, Sendable, CustomStringConvertible {
    /// What happened, in each language (from `TypesettingMessages`).
    public var text: LocalizedText
    public var page: Int

    public init(text: LocalizedText, page: Int) {
        self.text = text
        self.page = page
    }

    /// What happened, in English.
    public var message: String { text.english }

    public var description: String { description(in: .english) }

    /// One line: the page, then what happened.
    public func description(in language: Language) -> String {
        TypesettingMessages.onPage(page, text).text(in: language)
    }
}
