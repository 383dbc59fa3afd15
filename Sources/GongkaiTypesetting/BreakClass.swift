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

    init(_ character: Character) {
        if character == " " || character == "\t" || character == "\u{3000}" {
            self = .space
        } else if "—…".contains(character) {
            self = .inseparable
        } else if "。，、；：？！）》」』”’】〉〕％·．﹚﹜｝".contains(character) {
            self = .closing
        } else if "（《「『“‘【〈〔﹙﹛｛".contains(character) {
            self = .opening
        } else if character.isASCII {
            self = "([{".contains(character) ? .opening : (",.;:?!)]}%".contains(character) ? .closing : .ascii)
        } else {
            self = .ideographic
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
