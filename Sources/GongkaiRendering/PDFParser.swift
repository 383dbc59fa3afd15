/// Reads PDF values and indirect objects from a file's bytes (PDF 1.7 §7.2–7.3), as Cairo writes them.
/// Strings are skipped whole (nested and escaped parentheses included), so no byte inside one is mistaken
/// for syntax.
struct PDFParser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    func failure(_ what: String) -> Failure { Failure(description: "PDF syntax at byte \(position): \(what)") }

    /// Skips white space and comments.
    mutating func skipWhitespace() {
        while position < bytes.count {
            if Self.isWhitespace(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// The regular characters from here up to the next white space or delimiter.
    mutating func word() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    /// Reads `keyword` (after white space) or fails.
    mutating func expect(_ keyword: String) throws {
        skipWhitespace()
        guard word().elementsEqual(keyword.utf8) else { throw failure("expected \(keyword)") }
    }

    static func integer(_ word: ArraySlice<UInt8>) -> Int? {
        guard !word.isEmpty, word.count < 19, word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return word.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// The next value.
    mutating func value() throws -> PDFValue {
        skipWhitespace()
        guard position < bytes.count else { throw failure("unexpected end of file") }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "/"):
            position += 1
            _ = word()
            return .token(Array(bytes[start..<position]))
        case UInt8(ascii: "("):
            try skipLiteralString()
            return .token(Array(bytes[start..<position]))
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") { return try dictionary() }
            guard let end = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else { throw failure("unterminated hex string") }
            position = end + 1
            return .token(Array(bytes[start..<position]))
        case UInt8(ascii: "["):
            position += 1
            var values: [PDFValue] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw failure("unterminated array") }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(values)
                }
                values.append(try value())
            }
        default:
            let first = word()
            guard !first.isEmpty else { throw failure("unexpected character \(bytes[position])") }
            // "N G R" is a reference; look ahead without consuming anything else.
            if let number = Self.integer(first) {
                var lookahead = self
                lookahead.skipWhitespace()
                if let generation = Self.integer(lookahead.word()) {
                    lookahead.skipWhitespace()
                    if lookahead.word().elementsEqual("R".utf8) {
                        guard generation == 0 else { throw failure("generation \(generation) is not supported") }
                        self = lookahead
                        return .reference(number)
                    }
                }
            }
            return .token(Array(first))
        }
    }

    private mutating func dictionary() throws -> PDFValue {
        position += 2
        var entries: [PDFEntry] = []
        while true {
            skipWhitespace()
            guard position + 1 < bytes.count else { throw failure("unterminated dictionary") }
            if bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") {
                position += 2
                return .dictionary(entries)
            }
            guard case .token(let key) = try value(), key.first == UInt8(ascii: "/") else { throw failure("dictionary key is not a name") }
            entries.append(PDFEntry(key: key, value: try value()))
        }
    }

    private mutating func skipLiteralString() throws {
        var depth = 0
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 {
                    position += 1
                    return
                }
            default: break
            }
            position += 1
        }
        throw failure("unterminated string")
    }
}
