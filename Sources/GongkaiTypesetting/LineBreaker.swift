import GongkaiDocument

/// A line: its characters and whether its last one is set compressed (pushed in).
struct BrokenLine {
    var range: Range<Int>
    var compressedEnd: Bool
}

/// Breaks a paragraph's measured characters into lines, greedily, honouring the CJK line-start and
/// line-end prohibitions: a closing mark that would start a line is pushed in (set half width at the
/// end of this line) when it overflows by at most its empty half, and otherwise carried to the next line
/// with the character before it (pushed out).
struct LineBreaker {
    /// Width available to the first line.
    var firstLineWidth: Double
    /// Width available to every other line.
    var otherLinesWidth: Double
    /// Apply the line-start and line-end prohibitions.
    var prohibitions = true
    /// Let a closing mark that overflows by at most its empty half stay, compressed, at the line's end.
    /// Off in table cells, where it would reach past the cell's text into its padding.
    var pushesIn = true
    /// Give a last line of one character (with its punctuation) a companion from the line before.
    var avoidsLoneLastCharacter = false

    /// A tolerance so that a line that fits to the last rounding error is not broken early.
    private static let epsilon = 0.001

    /// The lines, with leading spaces of continuation lines and trailing spaces of every line removed.
    func breakLines(_ characters: [MeasuredCharacter]) -> [BrokenLine] {
        var lines: [BrokenLine] = []
        var start = 0
        let count = characters.count
        while start < count {
            if !lines.isEmpty {
                while start < count, characters[start].breakClass == .space { start += 1 }
                if start == count { break }
            }
            let available = lines.isEmpty ? firstLineWidth : otherLinesWidth
            var x = 0.0
            var end = count
            var compressedEnd = false
            var index = start
            while index < count {
                let character = characters[index]
                if character.breakClass != .space, x + character.advance > available + Self.epsilon {
                    let fitsCompressed = x + character.advance - character.compressibleAtEnd <= available + Self.epsilon
                    if prohibitions, pushesIn, index > start, character.compressibleAtEnd > 0, fitsCompressed,
                        index + 1 == count || canBreak(before: index + 1, in: characters)
                    {
                        end = index + 1
                        compressedEnd = true
                    } else if let lastBreak = lastBreak(from: start, upTo: index, in: characters) {
                        end = lastBreak
                    } else {
                        end = start + forcedBreak(fitting: index - start, start: start, in: characters)
                    }
                    break
                }
                x += character.advance + character.glue
                index += 1
            }
            let trimmed = trimmedEnd(start, end, characters)
            lines.append(BrokenLine(range: start..<trimmed, compressedEnd: compressedEnd && trimmed == end))
            start = end
        }
        if avoidsLoneLastCharacter { giveCompany(to: &lines, characters) }
        return lines
    }

    /// 孤字: if the last line holds one character and its punctuation, move the break before it back to the
    /// previous opportunity, so that it has a companion (the line before is justified a little looser).
    private func giveCompany(to lines: inout [BrokenLine], _ characters: [MeasuredCharacter]) {
        guard lines.count >= 2, let last = lines.last else { return }
        let significant = characters[last.range].count { $0.breakClass != .closing && $0.breakClass != .space }
        guard significant == 1 else { return }
        let previous = lines[lines.count - 2]
        // The latest break inside the previous line that leaves it at least two characters.
        var candidate = previous.range.upperBound - 1
        while candidate > previous.range.lowerBound + 1, !canBreak(before: candidate, in: characters) { candidate -= 1 }
        guard candidate > previous.range.lowerBound + 1 else { return }
        let moved = characters[candidate..<last.range.upperBound].reduce(0) { $0 + $1.advance + $1.glue }
        guard moved <= otherLinesWidth else { return }
        lines[lines.count - 2] = BrokenLine(range: previous.range.lowerBound..<trimmedEnd(previous.range.lowerBound, candidate, characters), compressedEnd: false)
        lines[lines.count - 1] = BrokenLine(range: candidate..<last.range.upperBound, compressedEnd: last.compressedEnd)
    }

    /// How many characters of an unbreakable run (a number with its unit, a word) starting at `start` go on
    /// a line that holds `fitting` of them: the last resort, when no break opportunity fits. Neither
    /// piece is left a lone character: a line gets two at least (overflowing if it must), and a single
    /// character that would be left over is taken along or given a companion.
    func forcedBreak(fitting: Int, start: Int, in characters: [MeasuredCharacter]) -> Int {
        var runEnd = start + 1
        while runEnd < characters.count, !canBreak(before: runEnd, in: characters) { runEnd += 1 }
        let length = runEnd - start
        var taken = min(max(fitting, 2), length)
        if taken < length { taken = betterForcedBreak(taken, start: start, in: characters) }
        if length - taken == 1 { taken = taken > 2 ? taken - 1 : length }
        return max(1, taken)
    }

    /// Where within a forced break's reach a run is better cut: after a web address's separator (/ ? & = #)
    /// in the second half of the reach; else not before a closing mark nor between two digits, if some
    /// place allows it.
    private func betterForcedBreak(_ taken: Int, start: Int, in characters: [MeasuredCharacter]) -> Int {
        let separators: Set<UInt32> = [0x2F, 0x3F, 0x26, 0x3D, 0x23]
        let isDigit = { (index: Int) in (0x30...0x39).contains(characters[index].scalar) }
        let badStart = { (index: Int) in
            characters[index].breakClass == .closing || (isDigit(index - 1) && isDigit(index))
        }
        let lowest = max(2, taken / 2)
        if let cut = stride(from: taken, through: lowest, by: -1).first(where: {
            separators.contains(characters[start + $0 - 1].scalar) && !badStart(start + $0)
        }) {
            return cut
        }
        return stride(from: taken, through: 2, by: -1).first { !badStart(start + $0) } ?? taken
    }

    /// The last break opportunity after `start` up to and including `index`: looked for backwards only
    /// when a line overflows, rather than asked at every character of every line that fits.
    private func lastBreak(from start: Int, upTo index: Int, in characters: [MeasuredCharacter]) -> Int? {
        var candidate = index
        while candidate > start {
            if canBreak(before: candidate, in: characters) { return candidate }
            candidate -= 1
        }
        return nil
    }

    func canBreak(before index: Int, in characters: [MeasuredCharacter]) -> Bool {
        if characters[index].joinsPrevious { return false }
        let before = characters[index - 1]
        let after = characters[index]
        let asciiPair = before.breakClass != .space && after.breakClass != .space && before.isASCII && after.isASCII
        guard prohibitions else { return after.breakClass != .space && !asciiPair }
        return BreakClass.canBreak(between: before.breakClass, and: after.breakClass, asciiPair: asciiPair)
    }

    private func trimmedEnd(_ start: Int, _ end: Int, _ characters: [MeasuredCharacter]) -> Int {
        var trimmed = end
        while trimmed > start, characters[trimmed - 1].breakClass == .space { trimmed -= 1 }
        return trimmed
    }
}
