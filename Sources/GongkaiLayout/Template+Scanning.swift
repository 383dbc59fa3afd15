import GongkaiMessages

// Reading a template a byte at a time rather than a character at a time: a layout has hundreds of
// templates, and walking their characters cost more than the rest of reading them. The bytes give the
// same segments and errors as the characters whenever every brace is a character of its own (a
// combining mark after a brace would make it part of another character), which is checked first.
extension Template {
    /// Whether every `{` and `}` in `source` is a character by itself.
    static func bracesStandAlone(in source: String) -> Bool {
        let utf8 = source.utf8
        var index = utf8.startIndex
        while let brace = utf8[index...].firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) {
            let after = utf8.index(after: brace)
            guard String.Index(brace, within: source) != nil, String.Index(after, within: source) != nil else { return false }
            index = after
        }
        return true
    }

    /// The segments of `source`, read as `init` reads them; `source`'s braces must stand alone.
    static func scannedSegments(_ source: String, fail: (LocalizedText) -> LayoutError) throws -> [Segment] {
        let utf8 = source.utf8
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        var segments: [Segment] = []
        var literal = ""
        var start = utf8.startIndex
        var index = utf8.startIndex
        while let brace = utf8[index...].firstIndex(where: { $0 == open || $0 == close }) {
            literal += source[start..<brace]
            let next = utf8.index(after: brace)
            if next < utf8.endIndex, utf8[next] == utf8[brace] {
                // `{{` or `}}`: a literal brace.
                literal += utf8[brace] == open ? "{" : "}"
                start = utf8.index(after: next)
            } else if utf8[brace] == open {
                guard let end = utf8[next...].firstIndex(of: close) else { throw fail(TemplateMessages.unclosedBrace) }
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
                segments.append(try parse(String(source[next..<end]), fail: fail))
                start = utf8.index(after: end)
            } else {
                throw fail(TemplateMessages.closingWithoutOpening)
            }
            index = start
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
