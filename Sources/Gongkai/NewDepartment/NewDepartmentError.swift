import GongkaiMessages

/// Why `gongkai new --from` could not make a department file from the exports.
public enum NewDepartmentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No sheet (or CSV file) has the table: `titleWords` in a title and the header `labels` under it;
    /// `titledButMissing` names a sheet with the title whose header lacks some labels.
    case tableNotFound(table: String, source: String, titleWords: String, labels: [String], titledButMissing: (String, [String])?)
    /// The table has no row for an item the department file needs.
    case rowNotFound(table: String, place: String, row: String)
    /// A cell of the table is not an amount.
    case notAnAmount(place: String, text: String)

    public static func == (a: NewDepartmentError, b: NewDepartmentError) -> Bool { a.description == b.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    public var description: String { text.english }

    /// The message in each language (from `NewDepartmentMessages`).
    public var text: LocalizedText { NewDepartmentMessages.text(of: self) }
}
