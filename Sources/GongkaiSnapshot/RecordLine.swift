/// One line of a page record: a kind (`text`, `rule`, `page`), named fields in a fixed order and, for
/// text, the characters drawn, written last as a quoted string.
///
/// ```
/// text x=90.00 y=120.50 w=415.00 font="FangSong,Noto Serif CJK SC" size=16.00 weight=regular at="0.00 16.00*25" "全年不低于3次"
/// ```
///
/// Values with spaces, quotes or backslashes are quoted, with `\"`, `\\`, `\n` and `\t` escaped, so a
/// line always holds exactly one item and reads back into the same fields.
public struct RecordLine: Hashable, Sendable {
    public var kind: String
    /// Name and value of each field, in the order written.
    public var fields: [Field]
    /// The characters of a text run.
    public var text: String?

    /// A named value of a line.
    public struct Field: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(kind: String, fields: [Field], text: String? = nil) {
        self.kind = kind
        self.fields = fields
        self.text = text
    }

    /// The value of the field `name`, if the line has it.
    public subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// The line as written in a record.
    public var formatted: String {
        var parts = [kind]
        for field in fields { parts.append("\(field.name)=\(Self.quotedIfNeeded(field.value))") }
        if let text { parts.append(Self.quoted(text)) }
        return parts.joined(separator: " ")
    }

    /// Reads a line written by `formatted`; nil for a line that is not one (a damaged or foreign file).
    public init?(parsing line: String) {
        var tokens: [(name: String?, value: String, quoted: Bool)] = []
        var characters = line[...]
        while let first = characters.first {
            if first == " " {
                characters = characters.dropFirst()
                continue
            }
            var name: String?
            if first != "\"", let equals = characters.firstIndex(of: "="),
                !characters[..<equals].contains(where: { $0 == " " || $0 == "\"" })
            {
                name = String(characters[..<equals])
                characters = characters[characters.index(after: equals)...]
            }
            if characters.first == "\"" {
                guard let (value, rest) = Self.unquote(characters.dropFirst()) else { return nil }
                tokens.append((name, value, true))
                characters = rest
            } else {
                let end = characters.firstIndex(of: " ") ?? characters.endIndex
                tokens.append((name, String(characters[..<end]), false))
                characters = characters[end...]
            }
        }
        guard let head = tokens.first, head.name == nil, !head.quoted else { return nil }
        kind = head.value
        fields = []
        text = nil
        for (index, token) in tokens.enumerated().dropFirst() {
            if let name = token.name {
                fields.append(Field(name, token.value))
            } else if token.quoted, index == tokens.count - 1 {
                text = token.value
            } else {
                return nil
            }
        }
    }

    static func quotedIfNeeded(_ value: String) -> String {
        value.isEmpty || value.contains(where: { " \"\\\n\t=".contains($0) }) ? quoted(value) : value
    }

    static func quoted(_ value: String) -> String {
        var result = "\""
        for character in value {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// The value of a quoted string whose opening quote is already read, and what follows its closing one.
    private static func unquote(_ characters: Substring) -> (String, Substring)? {
        var value = ""
        var index = characters.startIndex
        while index < characters.endIndex {
            let character = characters[index]
            index = characters.index(after: index)
            switch character {
            case "\"":
                return (value, characters[index...])
            case "\\":
                guard index < characters.endIndex else { return nil }
                let escaped = characters[index]
                index = characters.index(after: index)
                switch escaped {
                case "n": value.append("\n")
                case "t": value.append("\t")
                default: value.append(escaped)
                }
            default:
                value.append(character)
            }
        }
        return nil
    }
}
