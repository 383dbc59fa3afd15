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

/// Where a full-width punctuation mark's ink sits in its em box, which decides how it compresses.
enum PunctuationShape {
    /// Ink in the left half (。，、；：）》」』】 ” ’ in Chinese fonts): the right half can go.
    case closingHalf
    /// Ink in the right half (（《「『【 “ ‘): the left half can go.
    case openingHalf

    init?(_ character: Character) {
        if "。，、；：）》」』】〕〉”’".contains(character) {
            self = .closingHalf
        } else if "（《「『【〔〈“‘".contains(character) {
            self = .openingHalf
        } else {
            return nil
        }
    }
}

extension Character {
    /// Han ideographs (and the CJK symbols that behave like them), for CJK–Latin spacing.
    var isIdeograph: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    /// Latin letters and digits (ASCII), the other side of CJK–Latin spacing.
    var isLatinAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
}
