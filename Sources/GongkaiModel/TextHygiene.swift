import GongkaiMessages

/// Characters a department's text may carry from a web form or a pasted file that no font draws and that
/// the text engine must not see: NUL (Pango aborts on it), other C0 and C1 controls, and the bidirectional
/// embeddings, overrides and isolates, which make text read otherwise than it is stored (the typesetter sets
/// text left to right). Each is removed from the text and reported as a finding; tab and newline stay.
public enum TextHygiene {
    /// One unwanted character and where it was.
    public struct Problem: Hashable, Sendable {
        public var scalar: Unicode.Scalar
        /// 1-based position of the character in the text.
        public var position: Int

        /// NUL is an error: it usually means a file was damaged or mangled on the way.
        public var isError: Bool { scalar.value == 0 }

        /// The finding's rule.
        public var rule: String { isBidiControl(scalar) ? "bidi-control" : "control-character" }

        public var message: String { text.english }

        /// What the character is and why it is left out, in each language.
        public var text: LocalizedText {
            TableFindingMessages.unwantedCharacter(
                TextHygiene.codePoint(scalar), name: Self.names[scalar.value], position: position, bidi: isBidiControl(scalar))
        }

        private static let names: [UInt32: String] = [
            0x0: "NUL", 0xD: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE",
            0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING",
            0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2066: "LEFT-TO-RIGHT ISOLATE",
            0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE",
        ]
    }

    /// The unwanted characters in `text`, in order; empty for almost every text, found by one pass over its
    /// bytes.
    public static func problems(in text: String) -> [Problem] {
        var text = text
        guard text.withUTF8(hasUnwanted) else { return [] }
        var problems: [Problem] = []
        for (offset, character) in text.enumerated() {
            for scalar in character.unicodeScalars where isUnwanted(scalar) {
                problems.append(Problem(scalar: scalar, position: offset + 1))
            }
        }
        return problems
    }

    /// Whether the UTF-8 `bytes` encode an unwanted character (`isUnwanted`), told from the bytes alone: texts
    /// with tabs, line breaks or typographic quotes (U+201C, also led by E2) are common and have none.
    private static func hasUnwanted(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // Most bytes are none of those looked at below: one look-up passes them.
            guard leadsUnwanted[Int(byte)] else {
                index += 1
                continue
            }
            switch byte {
            case 0x00...0x1F, 0x7F:
                return true
            case 0xC2:
                // U+0080–U+009F: C2 80–C2 9F.
                if index + 1 < bytes.count, bytes[index + 1] <= 0x9F { return true }
            case 0xE2:
                // U+202A–U+202E: E2 80 AA–AE; U+2066–U+2069: E2 81 A6–A9.
                if index + 2 < bytes.count {
                    let second = bytes[index + 1]
                    let third = bytes[index + 2]
                    if second == 0x80, (0xAA...0xAE).contains(third) { return true }
                    if second == 0x81, (0xA6...0xA9).contains(third) { return true }
                }
            default:
                break
            }
            index += 1
        }
        return false
    }

    /// The bytes `hasUnwanted` looks at: controls but tab and line feed, DEL, and the lead bytes C2 and E2.
    private static let leadsUnwanted: [Bool] = (0...255).map { byte in
        (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// `text` without its unwanted characters.
    public static func cleaned(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isUnwanted($0) })
        return String(scalars)
    }

    /// "U+0000", "U+2A6A5": a character's code point as messages name it.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func isUnwanted(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return isBidiControl(scalar)
        }
    }

    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
