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

    // Sets, not string searches: this runs for every character of every paragraph.
    private static let spaces: Set<Character> = [" ", "\t", "\u{3000}"]
    private static let inseparables: Set<Character> = ["—", "…"]
    private static let closings = Set<Character>("。，、；：？！）》」』”’】〉〕％·．﹚﹜｝")
    private static let openings = Set<Character>("（《「『“‘【〈〔﹙﹛｛")
    private static let asciiOpenings = Set<Character>("([{")
    private static let asciiClosings = Set<Character>(",.;:?!)]}%")

    init(_ character: Character) {
        if Self.spaces.contains(character) {
            self = .space
        } else if Self.inseparables.contains(character) {
            self = .inseparable
        } else if Self.closings.contains(character) {
            self = .closing
        } else if Self.openings.contains(character) {
            self = .opening
        } else if character.isASCII {
            self = Self.asciiOpenings.contains(character) ? .opening : (Self.asciiClosings.contains(character) ? .closing : .ascii)
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

    private static let closing = Set<Character>("。，、；：）》」』】〕〉”’")
    private static let opening = Set<Character>("（《「『【〔〈“‘")

    init?(_ character: Character) {
        if Self.closing.contains(character) {
            self = .closingHalf
        } else if Self.opening.contains(character) {
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
