import GongkaiMessages

/// A place in a source file: 1-based line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// Input that cannot be read into the model, with where it is and which field it concerns.
public struct DataError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The file could not be read at all.
        case unreadable
        /// The YAML is not well formed.
        case syntax
        /// A required field is absent.
        case missingField
        /// A field holds the wrong kind of value.
        case wrongType
        /// A field the format does not have (usually a typo).
        case unknownField
        /// A value of the right type that is not allowed.
        case invalidValue
    }

    public var kind: Kind
    /// The file, with the line and column where known.
    public var file: String
    public var location: SourceLocation?
    /// The field's path in the document, e.g. `budget.income.total` or `performance.matrix[2].name`.
    public var fieldPath: String
    /// What is wrong, in each language (from `ModelMessages`).
    public var text: LocalizedText
    /// What is wrong, in English.
    public var message: String { text.english }

    public init(_ kind: Kind, file: String, location: SourceLocation?, fieldPath: String, text: LocalizedText) {
        self.kind = kind
        self.file = file
        self.location = location
        self.fieldPath = fieldPath
        self.text = text
    }

    /// An error whose words come from outside the catalogue (another library's message): the same in every language.
    public init(_ kind: Kind, file: String, location: SourceLocation?, fieldPath: String, message: String) {
        self.init(kind, file: file, location: location, fieldPath: fieldPath, text: LocalizedText(verbatim: message))
    }

    public var description: String { description(in: .english) }

    /// One line naming the place, the field (in Chinese with the label a reader knows) and what is wrong.
    public func description(in language: Language) -> String {
        let place = location?.description ?? file
        let message = text.text(in: language)
        guard !fieldPath.isEmpty else { return "\(place): \(message)" }
        return "\(place): \(FieldLabels.named(fieldPath, in: language)): \(message)"
    }
}
