/// Bounds on what one department file may hold, so that no file can make a run take unbounded time or
/// memory. Each is far above what the largest department of a province needs (docs/data-format.md, "Limits").
public struct InputLimits: Hashable, Sendable {
    /// Bytes of a department file.
    public var fileBytes: Int
    /// Values (scalars, lists and mappings) in a file once its aliases are expanded.
    public var values: Int
    /// Values that aliases (`*name`) add by repeating what an anchor (`&name`) marks.
    public var aliasedValues: Int
    /// Lists and mappings inside one another.
    public var depth: Int
    /// Characters of one text field.
    public var textCharacters: Int
    /// Rows of one table, written out or taken from an export.
    public var tableRows: Int

    public init(
        fileBytes: Int = 64 << 20, values: Int = 5_000_000, aliasedValues: Int = 100_000, depth: Int = 64,
        textCharacters: Int = 100_000, tableRows: Int = 1_000_000
    ) {
        self.fileBytes = fileBytes
        self.values = values
        self.aliasedValues = aliasedValues
        self.depth = depth
        self.textCharacters = textCharacters
        self.tableRows = tableRows
    }

    /// The limits every load applies.
    public static let standard = InputLimits()
}
