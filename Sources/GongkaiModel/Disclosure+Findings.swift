import Foundation

extension Disclosure {
    /// Where the field at `path` is written: the field itself, or the nearest enclosing field recorded.
    public func location(ofField path: String) -> SourceLocation? {
        var key = path
        var location = sourceLocations[key]
        while location == nil, let dot = key.lastIndex(where: { $0 == "." || $0 == "[" }) {
            key = String(key[..<dot])
            location = sourceLocations[key]
        }
        return location
    }

    /// Findings for characters no font can draw (`missing`, from typesetting this disclosure): one for each
    /// field whose text holds one, with its line; one without a field for those only the layout's own text
    /// holds.
    public func missingCharacterFindings(_ missing: [Character]) -> [Finding] {
        guard !missing.isEmpty else { return [] }
        let wanted = Set(missing)
        var findings: [Finding] = []
        var found: Set<Character> = []
        for text in texts {
            var positions: [(Character, Int)] = []
            for (offset, character) in text.text.enumerated() where wanted.contains(character) {
                positions.append((character, offset + 1))
            }
            guard !positions.isEmpty else { continue }
            found.formUnion(positions.map(\.0))
            // A field of rare characters names the first few, and how many more there are.
            var list = positions.prefix(8).map { "\(Self.describe($0.0)) at character \($0.1)" }.joined(separator: ", ")
            if positions.count > 8 { list += " and \(positions.count - 8) more" }
            findings.append(Finding(
                severity: .warning, rule: "missing-glyph", fieldPath: text.fieldPath, location: location(ofField: text.fieldPath),
                message: "\(text.detail)no font in its role's chain can draw \(list)"))
        }
        let layoutOnly = missing.filter { !found.contains($0) }
        if !layoutOnly.isEmpty {
            var list = layoutOnly.prefix(8).map(Self.describe).joined(separator: ", ")
            if layoutOnly.count > 8 { list += " and \(layoutOnly.count - 8) more" }
            findings.append(Finding(
                severity: .warning, rule: "missing-glyph", fieldPath: "", location: nil,
                message: "the layout's text holds \(list), which no font in its role's chain can draw"))
        }
        return findings
    }

    /// "𪚥" (U+2A6A5).
    static func describe(_ character: Character) -> String {
        let codes = character.unicodeScalars.map(TextHygiene.codePoint)
        return "\"\(character)\" (\(codes.joined(separator: " ")))"
    }
}
