/// Where a text's `Character`s (grapheme clusters) start, found from its UTF-8 bytes without breaking it
/// into graphemes when no scalar of the text can join another: then every scalar is a character.
///
/// The scalars listed are those whose Grapheme_Cluster_Break property is Other (or Control, which
/// stands alone too) and that no scalar of the list extends: ASCII, Latin-1, general punctuation, number
/// forms, enclosed numbers, box drawing and shapes, CJK punctuation (without its combining tone marks),
/// kana (without the combining sound marks), ideographs and fullwidth forms. A text with any other scalar
/// (a combining mark, a variation selector, a zero-width joiner, CR, Hangul jamo …) is left to `String`.
enum CharacterBounds {
    /// The character of each byte written into `characterOfByte` and the count of characters, when every
    /// scalar of `utf8` (valid UTF-8) stands alone; nil otherwise.
    static func scalarsStandingAlone(_ utf8: [UInt8], characterOfByte: inout [Int]) -> Int? {
        var index = 0
        var count = 0
        let total = utf8.count
        while index < total {
            let lead = utf8[index]
            var scalar: UInt32
            var length: Int
            switch lead {
            case 0..<0x80: (scalar, length) = (UInt32(lead), 1)
            case 0xC0..<0xE0: (scalar, length) = (UInt32(lead & 0x1F), 2)
            case 0xE0..<0xF0: (scalar, length) = (UInt32(lead & 0x0F), 3)
            default: (scalar, length) = (UInt32(lead & 0x07), 4)
            }
            guard index + length <= total else { return nil }
            for offset in 1..<max(1, length) { scalar = scalar << 6 | UInt32(utf8[index + offset] & 0x3F) }
            guard standsAlone(scalar) else { return nil }
            for offset in 0..<length { characterOfByte[index + offset] = count }
            index += length
            count += 1
        }
        return count
    }

    /// Whether `scalar` is one of those listed above.
    static func standsAlone(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x20...0x7E, 0xA0...0xFF: true
        case 0x2010...0x205E, 0x2100...0x218F, 0x2190...0x21FF, 0x2460...0x24FF, 0x2500...0x25FF: true
        case 0x3000...0x3029, 0x3030...0x303F, 0x3040...0x3098, 0x309B...0x30FF: true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F: true
        case 0xFF01...0xFF9D, 0xFFE0...0xFFEE, 0x20000...0x2FFFF: true
        default: false
        }
    }
}
