extension CFFSource: CFFTopDictionary {
    package var isCIDKeyed: Bool { true }
}

extension CFFGlyphTable {
    /// Adds `glyphs` (source glyph ids) cut straight from `source`, each charstring flattened as HarfBuzz's
    /// subsetter writes it and each font dictionary as it writes it, so that the table is the one HarfBuzz's
    /// cuts give. Nothing is added when one glyph cannot be flattened (the caller then lets HarfBuzz cut).
    package mutating func add(_ glyphs: some Collection<UInt32>, from source: CFFSource) throws {
        let flattener = CFFFlattener(source)
        var cut: [(glyph: UInt32, charString: [UInt8])] = []
        cut.reserveCapacity(glyphs.count)
        for glyph in glyphs where !contains(glyph) { cut.append((glyph, try flattener.flatten(glyph: Int(glyph)))) }
        guard !cut.isEmpty else { return }
        adoptTop(of: source)
        // A cut's font dictionaries are those its glyphs use, in the source's order.
        var numbers: [Int: Int] = [:]
        for fd in Set(cut.map { Int(source.fontDictionaryOfGlyph[Int($0.glyph)]) }).sorted() {
            let dictionary = source.fontDictionaries[fd]
            numbers[fd] = number(of: dictionary.font, privateDict: dictionary.privateDict)
        }
        for (glyph, charString) in cut {
            let index = Int(glyph)
            insert(
                Glyph(charString: charString, cid: source.cids[index], fontDictionary: numbers[Int(source.fontDictionaryOfGlyph[index])] ?? 0),
                for: glyph)
        }
    }
}
