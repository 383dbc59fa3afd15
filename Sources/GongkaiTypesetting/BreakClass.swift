/// How a character behaves at a line break (a small subset of UAX #14 with the CJK prohibitions of
/// CLREQ / JIS X 4051 "kinsoku": what may not start a line and what may not end one).
enum BreakClass: Equatable {
    /// May not start a line: 。，、；：？！）》」』”’… and their ASCII kin.
    case closing
    /// May not end a line: （《「『“‘ and their ASCII kin.
    case opening
    /// Dashes and ellipses: never split between two of them.
    case inseparable
    /// A space: lines break after it, and it vanishes at a line's end.
    case space
    /// Latin letters, digits and ASCII symbols: a run of them is one word.
    case ascii
    /// Ideographs and everything else: a break is allowed on both sides.
    case ideographic

    // Tables of scalar values, not string searches or Character sets: this runs for every character of
    // every paragraph, and hashing a Character is far slower than hashing a number.
    /// The marks outside ASCII with a class other than ideographic; the first class given wins.
    private static let marks = ScalarTable<BreakClass>([
        ("\u{3000}", .space), ("—…", .inseparable), ("。，、；：？！）》」』”’】〉〕％·．﹚﹜｝", .closing),
        ("（《「『“‘【〈〔﹙﹛｛", .opening),
    ])
    /// The class of each ASCII scalar, looked up by value: digits and letters fill tables' amounts.
    private static let asciiClasses: [BreakClass] = {
        let spaces = scalars(" \t")
        let openings = scalars("([{")
        let closings = scalars(",.;:?!)]}%")
        return (0..<0x80).map { value in
            spaces.contains(value) ? .space : openings.contains(value) ? .opening : closings.contains(value) ? .closing : .ascii
        }
    }()

    /// - Parameters:
    ///   - singleScalarValue: the character's scalar if it is one alone, nil for a cluster.
    ///   - isASCII: as `Character.isASCII`.
    init(singleScalarValue: UInt32?, isASCII: Bool) {
        guard let value = singleScalarValue else {
            self = isASCII ? .ascii : .ideographic  // CR LF, or a cluster such as an emoji
            return
        }
        if (0x4E00...0x9FFF).contains(value) {
            self = .ideographic  // the common case first
        } else if value < 0x80 {
            self = Self.asciiClasses[Int(value)]
        } else {
            self = Self.marks[value] ?? .ideographic
        }
    }

    /// Whether a line may end between `before` and `after`.
    static func canBreak(between before: BreakClass, and after: BreakClass, asciiPair: Bool) -> Bool {
        if after == .space { return false }
        if before == .space { return true }
        if before == .opening || after == .closing { return false }
        if before == .inseparable && after == .inseparable { return false }
        // A word, number or URL of ASCII characters ("7.376", "1:1:1", "100%") stays whole.
        if asciiPair { return false }
        return true
    }
}

/// Where a full-width punctuation mark's ink sits in its em box, which decides how it compresses.
enum PunctuationShape {
    /// Ink in the left half (。，、；：）》」』】 ” ’ in Chinese fonts): the right half can go.
    case closingHalf
    /// Ink in the right half (（《「『【 “ ‘): the left half can go.
    case openingHalf

    private static let shapes = ScalarTable<PunctuationShape>([
        ("。，、；：）》」』】〕〉”’", .closingHalf), ("（《「『【〔〈“‘", .openingHalf),
    ])

    /// - Parameter value: the scalar of a character that is one scalar alone.
    init?(singleScalarValue value: UInt32) {
        // Ideographs and ASCII, most characters, are never such marks.
        guard value >= 0x80, !(0x4E00...0x9FFF).contains(value), let shape = Self.shapes[value] else { return nil }
        self = shape
    }
}

/// The scalar values of `text`'s characters.
private func scalars(_ text: String) -> Set<UInt32> { Set(text.unicodeScalars.map(\.value)) }

/// Values for a few scalars, looked up without hashing for nearly all others: a lookup first checks
/// whether any key lies in the scalar's block of 128 (Chinese text is mostly ideographs, in blocks with
/// no marks).
struct ScalarTable<Value: Sendable>: Sendable {
    private var values: [UInt32: Value] = [:]
    /// For each block of 128 scalars below U+10000: whether a key lies in it.
    private var blocksWithKeys = [Bool](repeating: false, count: 0x10000 >> 7)

    /// The scalars of each text map to its value; a scalar met twice keeps its first.
    init(_ entries: [(String, Value)]) {
        for (text, value) in entries {
            for scalar in text.unicodeScalars where values[scalar.value] == nil {
                values[scalar.value] = value
                if scalar.value < 0x10000 { blocksWithKeys[Int(scalar.value >> 7)] = true }
            }
        }
    }

    subscript(scalar: UInt32) -> Value? {
        if scalar < 0x10000, !blocksWithKeys[Int(scalar >> 7)] { return nil }
        return values[scalar]
    }
}
