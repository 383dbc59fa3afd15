import GongkaiMessages
import GongkaiModel

/// A layout that cannot be applied: a bad placeholder, an unknown style or table, a malformed template.
/// Names the layout file and line.
public struct LayoutError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var file: String
    /// What is wrong, in each language (from `LayoutMessages` or `TemplateMessages`).
    public var text: LocalizedText
    /// What is wrong, in English.
    public var message: String { text.english }

    public init(file: String, location: SourceLocation?, text: LocalizedText) {
        self.file = file
        self.location = location
        self.text = text
    }

    /// An error whose words come from outside the catalogues: the same in every language.
    public init(file: String, location: SourceLocation?, message: String) {
        self.init(file: file, location: location, text: LocalizedText(verbatim: message))
    }

    public var description: String { description(in: .english) }

    /// One line: the layout file and line, then what is wrong.
    public func description(in language: Language) -> String {
        "\(location?.description ?? file): \(text.text(in: language))"
    }
}
