import GongkaiDocument

/// Ties numbers together for line breaking: a number is never cut from its sign, its own digits, its
/// thousands separators and decimal point, or the unit after it ("≥6,300人", "273.87万元", "<98%",
/// "全年不低于3次"). Also ties the words of a text that marks its word boundaries (zero width spaces), so
/// that it breaks only between them.
enum NumberJoining {
    /// Signs that belong to the number after them.
    private static let signs = ScalarTable<Bool>([("<>≤≥＜＞±+-−~～", true)])

    /// Sets `joinsPrevious` on every character that continues a number (its digits and separators after
    /// its sign or first digit, and its unit from `units`).
    static func join(_ characters: inout [MeasuredCharacter], units: NumberUnits) {
        // Most cells and many sentences hold no digit: one quick look first.
        guard characters.contains(where: { isDigit($0) }) else { return }
        let unitScalars = units.unitScalars
        var index = 0
        let count = characters.count
        while index < count {
            guard isDigit(characters[index]) else {
                index += 1
                continue
            }
            // The sign before the first digit joins it.
            if index > 0, isSign(characters[index - 1]) { characters[index].joinsPrevious = true }
            var end = index + 1
            while end < count {
                let character = characters[end]
                if isDigit(character) {
                    characters[end].joinsPrevious = true
                    end += 1
                } else if isSeparator(character), end + 1 < count, isDigit(characters[end + 1]) {
                    characters[end].joinsPrevious = true
                    end += 1
                } else {
                    break
                }
            }
            // The unit right after the number: the longest that the characters spell.
            // (No unit starts past the text's end or at a cluster of several scalars: the units need not be tried.)
            if end < count, characters[end].isSingleScalar,
                let unit = unitScalars.first(where: { spells($0, at: end, in: characters) })
            {
                for position in end..<(end + unit.count) { characters[position].joinsPrevious = true }
                end += unit.count
            }
            index = end
        }
    }

    /// In a text that marks its words: every character that neither starts a marked word nor follows a
    /// space or punctuation joins the one before it.
    static func joinUnmarkedBoundaries(_ characters: inout [MeasuredCharacter]) {
        for index in characters.indices.dropFirst() where !characters[index].startsMarkedWord {
            let before = characters[index - 1].breakClass
            let after = characters[index].breakClass
            if before == .space || before == .closing || after == .opening || after == .space { continue }
            characters[index].joinsPrevious = true
        }
    }

    /// ASCII and full-width digits.
    static func isDigit(_ character: MeasuredCharacter) -> Bool {
        character.isSingleScalar && ((0x30...0x39).contains(character.scalar) || (0xFF10...0xFF19).contains(character.scalar))
    }

    private static func isSign(_ character: MeasuredCharacter) -> Bool {
        character.isSingleScalar && signs[character.scalar] != nil
    }

    /// The decimal point and thousands separators, which join only between two digits.
    private static func isSeparator(_ character: MeasuredCharacter) -> Bool {
        character.isSingleScalar && (character.scalar == 0x2E || character.scalar == 0x2C || character.scalar == 0xFF0C)
    }

    private static func spells(_ unit: [UInt32], at index: Int, in characters: [MeasuredCharacter]) -> Bool {
        guard !unit.isEmpty, index + unit.count <= characters.count else { return false }
        for (offset, scalar) in unit.enumerated() {
            let character = characters[index + offset]
            guard character.isSingleScalar, character.scalar == scalar else { return false }
        }
        return true
    }
}
