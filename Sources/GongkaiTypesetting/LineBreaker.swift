import GongkaiDocument

/// One character of a paragraph, measured.
struct MeasuredCharacter {
    var character: Character
    /// Index into the paragraph's styles.
    var styleIndex: Int
    var advance: Double
    var breakClass: BreakClass
}

/// Breaks a paragraph's measured characters into lines, greedily, honouring the CJK line-start and
/// line-end prohibitions (a closing mark is carried to the next line with the character before it).
struct LineBreaker {
    /// Width available to the first line.
    var firstLineWidth: Double
    /// Width available to every other line.
    var otherLinesWidth: Double

    /// A tolerance so that a line that fits to the last rounding error is not broken early.
    private static let epsilon = 0.001

    /// Character ranges of each line, with leading spaces of continuation lines and trailing spaces
    /// of every line removed.
    func breakLines(_ characters: [MeasuredCharacter]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        let count = characters.count
        while start < count {
            if !lines.isEmpty {
                while start < count, characters[start].breakClass == .space { start += 1 }
                if start == count { break }
            }
            let available = lines.isEmpty ? firstLineWidth : otherLinesWidth
            var x = 0.0
            var lastBreak: Int?
            var end = count
            var index = start
            while index < count {
                if index > start, canBreak(before: index, in: characters) { lastBreak = index }
                let character = characters[index]
                if character.breakClass != .space, x + character.advance > available + Self.epsilon {
                    // Overflow: end the line at the last opportunity, or (a word wider than the line)
                    // at this character, keeping at least one character per line.
                    if let lastBreak { end = lastBreak } else { end = max(index, start + 1) }
                    break
                }
                x += character.advance
                index += 1
            }
            lines.append(start..<trimmedEnd(start, end, characters))
            start = end
        }
        return lines
    }

    private func canBreak(before index: Int, in characters: [MeasuredCharacter]) -> Bool {
        let before = characters[index - 1]
        let after = characters[index]
        let asciiPair = before.breakClass != .space && after.breakClass != .space
            && before.character.isASCII && after.character.isASCII
        return BreakClass.canBreak(between: before.breakClass, and: after.breakClass, asciiPair: asciiPair)
    }

    private func trimmedEnd(_ start: Int, _ end: Int, _ characters: [MeasuredCharacter]) -> Int {
        var trimmed = end
        while trimmed > start, characters[trimmed - 1].breakClass == .space { trimmed -= 1 }
        return trimmed
    }
}
