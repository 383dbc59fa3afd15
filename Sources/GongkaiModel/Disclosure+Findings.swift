import Foundation
import GongkaiMessages

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
            findings.append(Finding(
                severity: .warning, rule: "missing-glyph", fieldPath: text.fieldPath, location: location(ofField: text.fieldPath),
                text: TableFindingMessages.noFontCanDraw(
                    positions.prefix(8).map { (Self.describe($0.0), $0.1) }, more: max(0, positions.count - 8), detail: text.detail)))
        }
        let layoutOnly = missing.filter { !found.contains($0) }
        if !layoutOnly.isEmpty {
            findings.append(Finding(
                severity: .warning, rule: "missing-glyph", fieldPath: "", location: nil,
                text: TableFindingMessages.layoutTextHasNoFont(layoutOnly.prefix(8).map(Self.describe), more: max(0, layoutOnly.count - 8))))
        }
        return findings
    }

    /// "𪚥" (U+2A6A5).
    static func describe(_ character: Character) -> String {
        let codes = character.unicodeScalars.map(TextHygiene.codePoint)
        return "\"\(character)\" (\(codes.joined(separator: " ")))"
    }
}
