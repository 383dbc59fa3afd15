/// A message in every language Gongkai speaks, put together by a module's catalogue from typed arguments and
/// chosen from at the edge (the command line, a report) with `Language.current`.
public struct LocalizedText: Hashable, Sendable, CustomStringConvertible {
    public var english: String
    public var chinese: String

    public init(_ english: String, zh chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    /// A text that is the same in every language: a file name, or words from outside Gongkai (a library's
    /// own message) that have no translation.
    public init(verbatim text: String) {
        self.init(text, zh: text)
    }

    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .chinese: chinese
        }
    }

    /// The English text, for logs and for callers that do not choose.
    public var description: String { english }

    /// The two texts one after the other, in each language.
    public static func + (a: LocalizedText, b: LocalizedText) -> LocalizedText {
        LocalizedText(a.english + b.english, zh: a.chinese + b.chinese)
    }

    /// Each language's text changed the same way (e.g. a place put in front).
    public func map(_ transform: (String, Language) -> String) -> LocalizedText {
        LocalizedText(transform(english, .english), zh: transform(chinese, .chinese))
    }
}

/// A list's items joined as each language writes a list: "“a”, “b”" and "“a”、“b”".
public func quotedList(_ items: [String]) -> LocalizedText {
    LocalizedText(items.map { "“\($0)”" }.joined(separator: ", "), zh: items.map { "“\($0)”" }.joined(separator: "、"))
}
