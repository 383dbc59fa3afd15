import GongkaiDocument

/// One character of a paragraph, measured and prepared for setting.
///
/// Plain values only: what is asked of a character while setting (its scalar, its break class, whether it
/// is ASCII) is worked out once, from its UTF-8 bytes, instead of through `Character`'s Unicode machinery
/// at every question; and arrays of these are copied and freed without reference counting.
struct MeasuredCharacter {
    /// Its bytes in the paragraph's `ParagraphText.utf8`.
    var utf8: Range<Int>
    /// The value of its first Unicode scalar.
    var scalar: UInt32
    /// Whether the character is that one scalar (not a cluster such as CR LF or a letter and its accent).
    var isSingleScalar: Bool
    /// As `Character.isASCII`: one ASCII scalar, or CR LF.
    var isASCII: Bool
    /// Index into the paragraph's styles.
    var styleIndex: Int
    /// Its advance, after punctuation compression.
    var advance: Double
    /// Space after it (CJK–Latin spacing) that vanishes at a line's end.
    var glue: Double = 0
    /// Where its glyph sits relative to its slot (a compressed opening mark moves left).
    var shift: Double = 0
    /// How much narrower it may be set at a line's end (the empty half of a closing mark).
    var compressibleAtEnd: Double = 0
    var breakClass: BreakClass
    /// Where a full-width mark's ink sits, for compression; nil for all other characters.
    var punctuation: PunctuationShape?
    /// Index into the paragraph's links of the link the character belongs to (a web address in the text).
    var link: Int?
    /// No line may break before it: it continues a number, its sign or its unit, or a word whose
    /// boundaries the text marks.
    var joinsPrevious = false
    /// A zero width space (U+200B) stood before it in the text: a word starts here.
    var startsMarkedWord = false

    init(utf8: Range<Int>, scalar: UInt32, isSingleScalar: Bool, styleIndex: Int, advance: Double) {
        self.utf8 = utf8
        self.scalar = scalar
        self.isSingleScalar = isSingleScalar
        // `Character.isASCII` holds for CR LF too (its `asciiValue` is LF).
        isASCII = isSingleScalar ? scalar < 0x80 : (scalar == 0x0D && utf8.count == 2)
        self.styleIndex = styleIndex
        self.advance = advance
        let singleScalarValue = isSingleScalar ? scalar : nil
        breakClass = BreakClass(singleScalarValue: singleScalarValue, isASCII: isASCII)
        punctuation = singleScalarValue.flatMap(PunctuationShape.init(singleScalarValue:))
    }

    /// Whether it is set a full em wide in `size` (an ideograph or full-width mark, not yet compressed).
    func isFullWidth(size: Double) -> Bool { abs(advance - size) < 0.05 * size }

    /// Whether it is the single scalar `value`, as `character == Character(value)` would tell.
    func isScalar(_ value: UInt32) -> Bool { isSingleScalar && scalar == value }

    /// Han ideographs (and the CJK symbols that behave like them), for CJK–Latin spacing; by the first scalar.
    var isIdeograph: Bool {
        switch scalar {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Latin letters and digits (ASCII), the other side of CJK–Latin spacing.
    var isLatinAlphanumeric: Bool {
        guard isSingleScalar else { return false }
        switch scalar {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// As `Character.isWhitespace` for an ASCII character (tab to carriage return, space, CR LF).
    var isASCIIWhitespace: Bool { isASCII && (scalar == 0x20 || (0x09...0x0D).contains(scalar)) }
}

/// A paragraph's text as the layouter works on it: its UTF-8 bytes, its measured characters, and the
/// styles and links they refer to by index.
struct ParagraphText {
    var utf8: [UInt8] = []
    var characters: [MeasuredCharacter] = []
    var styles: [TextStyle] = []
    var links: [LinkTarget] = []
    /// Whether the text marks its word boundaries with zero width spaces (U+200B): then a line breaks only
    /// there, at spaces and around punctuation.
    var marksWords = false
    /// The string `utf8` holds, when it was appended whole (one span): a run of all of it (most table
    /// cells) shares it instead of decoding its bytes again.
    private var whole: String?

    /// Empties the text, keeping its arrays' capacity.
    mutating func removeAll() {
        whole = nil
        utf8.removeAll(keepingCapacity: true)
        characters.removeAll(keepingCapacity: true)
        styles.removeAll(keepingCapacity: true)
        if !links.isEmpty { links.removeAll(keepingCapacity: true) }  // most paragraphs have none
        marksWords = false
    }

    /// Appends `text` in `style`, a character for each advance (a measurer gives one per `Character`).
    mutating func append(_ text: String, style: TextStyle, advances: [Double]) {
        let styleIndex = index(of: style)
        let base = utf8.count
        whole = base == 0 ? text : nil
        utf8.append(contentsOf: text.utf8)
        let end = utf8.count
        // Filled as a local array: appending to it needs no access to `self`.
        var characters = self.characters
        self.characters = []
        defer { self.characters = characters }
        characters.reserveCapacity(characters.count + advances.count)
        var sawWordMark = false
        defer { if sawWordMark { marksWords = true } }
        utf8.withUnsafeBufferPointer { bytes in
            var start = base
            var count = 0
            // The scalar starting the next character, decoded once: it was the lookahead of the last.
            var (scalar, scalarEnd) = start < end ? Self.decodeScalar(in: bytes, at: start) : (0, start)
            var wordMark = false
            while start < end, count < advances.count {
                var characterEnd = end
                var next = (value: UInt32(0), end: end)
                if scalarEnd < end {
                    next = Self.decodeScalar(in: bytes, at: scalarEnd)
                    // Between two scalars that always stand alone the character ends; else String decides.
                    characterEnd = Self.breaksAround(scalar) && Self.breaksAround(next.value)
                        || scalar == Self.zeroWidthSpace || next.value == Self.zeroWidthSpace
                        ? scalarEnd : Self.characterEnd(in: text, fromUTF8Offset: start - base) + base
                }
                if scalar == Self.zeroWidthSpace, characterEnd == scalarEnd {
                    // A word boundary, not a character: it is neither set nor drawn.
                    wordMark = true
                    sawWordMark = true
                } else {
                    var character = MeasuredCharacter(
                        utf8: start..<characterEnd, scalar: scalar, isSingleScalar: characterEnd == scalarEnd,
                        styleIndex: styleIndex, advance: advances[count])
                    character.startsMarkedWord = wordMark
                    wordMark = false
                    characters.append(character)
                }
                count += 1
                start = characterEnd
                if characterEnd == scalarEnd {
                    (scalar, scalarEnd) = next
                } else if start < end {
                    (scalar, scalarEnd) = Self.decodeScalar(in: bytes, at: start)
                }
            }
        }
    }

    /// U+200B ZERO WIDTH SPACE, which marks a word boundary (a header's terms: "一般公共\u{200B}预算拨款").
    /// Its grapheme cluster break property is Control: a character boundary on both sides, whatever its
    /// neighbours (UAX #29, GB4 and GB5).
    static let zeroWidthSpace: UInt32 = 0x200B

    /// The text of `characters[range]` (with the bytes of characters dropped from between them left out).
    func string(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        let start = characters[first].utf8.lowerBound
        let end = characters[last].utf8.upperBound
        // Usually the characters are consecutive in the text: one copy.
        var contiguous = true
        var expected = start
        for index in range {
            if characters[index].utf8.lowerBound != expected {
                contiguous = false
                break
            }
            expected = characters[index].utf8.upperBound
        }
        if contiguous {
            if start == 0, end == utf8.count, let whole { return whole }
            return String(decoding: utf8[start..<end], as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        for index in range { bytes += utf8[characters[index].utf8] }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func index(of style: TextStyle) -> Int {
        if let found = styles.firstIndex(of: style) { return found }
        styles.append(style)
        return styles.count - 1
    }

    /// Decodes the scalar starting at `offset` of valid UTF-8: its value and the offset after it.
    static func decodeScalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[offset])
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return (lead, offset + 1)
        case 0xC0..<0xE0: (length, value) = (2, lead & 0x1F)
        case 0xE0..<0xF0: (length, value) = (3, lead & 0x0F)
        default: (length, value) = (4, lead & 0x07)
        }
        let end = min(offset + length, bytes.count)
        for position in (offset + 1)..<max(offset + 1, end) { value = value << 6 | UInt32(bytes[position] & 0x3F) }
        return (value, end)
    }

    /// Where the character containing UTF-8 offset `offset` of `text` ends, by `String`'s own rules.
    static func characterEnd(in text: String, fromUTF8Offset offset: Int) -> Int {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return text.utf8.distance(from: text.utf8.startIndex, to: text.index(after: index))
    }

    /// Scalars that form a character of their own with any neighbour of the same kind: grapheme cluster
    /// break property Other, not emoji modifiers, not Hangul, not a control. Between two of these
    /// (UAX #29, GB999) there is always a character boundary. The sets of most Chinese text: printable
    /// ASCII, CJK punctuation and ideographs, general punctuation, full-width forms.
    static func breaksAround(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20...0x7E, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x2010...0x2027, 0xFF01...0xFF5E: true
        default: false
        }
    }
}
