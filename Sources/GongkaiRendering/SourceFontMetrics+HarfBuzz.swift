import GongkaiPDF

extension SourceFontMetrics {
    /// The metrics of a HarfBuzz face: its name table, metrics and 'head' table.
    init(_ face: HarfBuzzFace) {
        let unitsPerEm = face.unitsPerEm
        var postScriptName = face.postScriptName.filter { character in
            // Printable ASCII without PDF's delimiters: the name is written as a PDF name token.
            guard let value = character.asciiValue, value > 0x20, value < 0x7F else { return false }
            return !"()<>[]{}/%#".contains(character)
        }
        if postScriptName.isEmpty { postScriptName = "Font" }
        let metrics = face.verticalMetrics
        let ascender = metrics.ascender ?? unitsPerEm * 88 / 100
        let descender = metrics.descender ?? -unitsPerEm * 12 / 100
        var boundingBox = (xMin: 0, yMin: descender, xMax: unitsPerEm, yMax: ascender)
        let head = face.table(HarfBuzzFace.tag("head"))
        if head.count >= 44 {
            func int16(_ offset: Int) -> Int { Int(Int16(bitPattern: UInt16(head[offset]) << 8 | UInt16(head[offset + 1]))) }
            boundingBox = (int16(36), int16(38), int16(40), int16(42))
        }
        self.init(
            unitsPerEm: unitsPerEm, postScriptName: postScriptName, boundingBox: boundingBox, ascender: ascender,
            descender: descender, capHeight: metrics.capHeight ?? unitsPerEm * 7 / 10)
    }

    /// Records the horizontal advances of `glyphs` in `face`.
    mutating func recordAdvances(of glyphs: Set<UInt32>, in face: HarfBuzzFace) {
        advances.merge(face.advances(of: glyphs)) { _, new in new }
    }
}
