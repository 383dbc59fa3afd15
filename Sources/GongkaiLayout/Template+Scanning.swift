import GongkaiMessages

// Reading a template a byte at a time rather than a character at a time: a layout has hundreds of
// templates, and walking their characters cost more than the rest of reading them. A brace counts only
// where it is a character of its own (a combining mark after it makes it part of another character, which
// is then text), so the bytes give the segments and errors the characters would.
extension Template {
    /// The segments of `source`: literal text, and the placeholders between `{` and `}` (`{{`, `}}`: a brace).
    static func scannedSegments(_ source: String, fail: (LocalizedText) -> LayoutError) throws -> [Segment] {
        let utf8 = source.utf8
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        func standsAlone(_ byte: String.UTF8View.Index) -> Bool {
            String.Index(byte, within: source) != nil && String.Index(utf8.index(after: byte), within: source) != nil
        }
        /// The first brace `matches` accepts at or after `index` that is a character by itself.
        func nextBrace(from index: String.UTF8View.Index, _ matches: (UInt8) -> Bool) -> String.UTF8View.Index? {
            var index = index
            while let found = utf8[index...].firstIndex(where: matches) {
                if standsAlone(found) { return found }
                index = utf8.index(after: found)
            }
            return nil
        }
        var segments: [Segment] = []
        var literal = ""
        var start = utf8.startIndex
        while let brace = nextBrace(from: start, { $0 == open || $0 == close }) {
            literal += source[start..<brace]
            let next = utf8.index(after: brace)
            if next < utf8.endIndex, utf8[next] == utf8[brace], standsAlone(next) {
                // `{{` or `}}`: a literal brace.
                literal += utf8[brace] == open ? "{" : "}"
                start = utf8.index(after: next)
            } else if utf8[brace] == open {
                guard let end = nextBrace(from: next, { $0 == close }) else { throw fail(TemplateMessages.unclosedBrace) }
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
                segments.append(try parse(String(source[next..<end]), fail: fail))
                start = utf8.index(after: end)
            } else {
                throw fail(TemplateMessages.closingWithoutOpening)
            }
        }
        literal += source[start...]
        if !literal.isEmpty { segments.append(.literal(literal)) }
        return segments
    }

    /// The segment of a placeholder's trimmed text when it is ASCII and well formed (there, bytes are
    /// characters); nil to leave the text, and any error in it, to `parse`.
    static func asciiSegment(_ trimmed: String, expression: String, fail: (LocalizedText) -> LayoutError) throws -> Segment? {
        let utf8 = trimmed.utf8
        guard utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }), !utf8.contains(UInt8(ascii: "(")) else { return nil }
        let bar = utf8.firstIndex(of: UInt8(ascii: "|"))
        guard let path = asciiPath(trimmed[..<(bar ?? trimmed.endIndex)]) else { return nil }
        guard let bar else { return .value(path: path, format: nil) }
        let format = String(trimmed[utf8.index(after: bar)...]).trimmingWhitespace
        guard ["plain", "fixed2", "chinese", "table"].contains(format) else { return nil }
        return .value(path: path, format: format)
    }

    /// A dotted path of letters, digits and `_` in ASCII text, trimmed; nil when it is not one.
    private static func asciiPath(_ text: Substring) -> [Substring]? {
        let trimmed = String(text).trimmingWhitespace
        let utf8 = trimmed.utf8
        var parts: [Substring] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: ".") {
                guard start < index else { return nil }
                parts.append(trimmed[start..<index])
                start = utf8.index(after: index)
            } else if !(byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)) {
                return nil
            }
            index = utf8.index(after: index)
        }
        guard start < utf8.endIndex else { return nil }
        parts.append(trimmed[start...])
        return parts
    }
}
