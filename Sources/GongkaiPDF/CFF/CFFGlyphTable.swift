/// The glyphs of one CID-keyed CFF source font cut so far, each with the charstring HarfBuzz's subsetter
/// writes for it (subroutines inlined, hints removed: from a HarfBuzz cut, or flattened alike from the
/// source, `add(_:from:)`), its CID and its font dictionary; from these, a
/// document's font program is written by copying, in well under a millisecond.
///
/// Glyphs are added cut by cut (`add`); a cut's font dictionaries are matched to those already known by
/// their bytes, since each cut numbers them afresh. Strings and the top dictionary come from the first cut.
package struct CFFGlyphTable {
    package struct Glyph {
        package var charString: [UInt8]
        package var cid: UInt16
        /// Index into `fontDictionaries`.
        package var fontDictionary: Int
    }

    package struct FontDictionary: Equatable {
        /// Written bytes of the font dictionary without /Private and /FontName (a SID of one cut's strings).
        package var font: [UInt8]
        /// Written bytes of its private dictionary without /Subrs.
        package var privateDict: [UInt8]
    }

    package private(set) var glyphs: [UInt32: Glyph] = [:]
    package private(set) var fontDictionaries: [FontDictionary] = []
    /// What every program writes alike, from the first cut: the Name INDEX, the top dictionary without
    /// its offsets, and the String INDEX.
    var names: [UInt8] = []
    var fixedTop: [UInt8] = []
    var stringIndex: [UInt8] = []
    package private(set) var registry = "Adobe"
    package private(set) var ordering = "Identity"
    package private(set) var supplement = 0

    package init() {}

    package func contains(_ glyph: UInt32) -> Bool { glyphs[glyph] != nil }

    /// Adds the glyphs of `cut`, a CFF font whose glyph `n` is source glyph `sourceGlyphs[n]`.
    package mutating func add(_ cut: CFFFont, sourceGlyphs: [UInt32]) {
        adoptTop(of: cut)
        let dictionaries = cut.fontDictionaries.map { dictionary in
            number(of: dictionary.font.filter { $0.op != CFFDict.fontName }, privateDict: dictionary.privateDict)
        }
        for (glyph, source) in sourceGlyphs.enumerated() where glyph < cut.glyphCount && glyphs[source] == nil {
            glyphs[source] = Glyph(
                // A name-keyed font's glyphs are shown by their source glyph ids, the same in every cut.
                charString: Array(cut.data[cut.charStrings[glyph]]), cid: cut.isCIDKeyed ? cut.cids[glyph] : UInt16(truncatingIfNeeded: source),
                fontDictionary: dictionaries[Int(cut.fontDictionaryOfGlyph[glyph])])
        }
    }

    /// What every program writes alike, from the first font glyphs are added from.
    mutating func adoptTop(of cut: some CFFTopDictionary) {
        guard names.isEmpty else { return }
        names = CFFWriter.index([cut.name[...]])
        (fixedTop, stringIndex) = Self.topDictionary(of: cut)
        registry = cut.registry
        ordering = cut.ordering
        supplement = cut.supplement
    }

    /// The index of the font dictionary written as `font` and `privateDict`, added if new: each cut numbers
    /// its dictionaries afresh, so they are matched by their bytes.
    mutating func number(of font: [CFFDict.Entry], privateDict: [CFFDict.Entry]) -> Int {
        var fontBytes: [UInt8] = []
        CFFWriter.dictionary(font, into: &fontBytes)
        var privateBytes: [UInt8] = []
        CFFWriter.dictionary(privateDict, into: &privateBytes)
        let known = FontDictionary(font: fontBytes, privateDict: privateBytes)
        if let index = fontDictionaries.firstIndex(of: known) { return index }
        fontDictionaries.append(known)
        return fontDictionaries.count - 1
    }

    /// Adds a glyph cut elsewhere (`add(_:from:)`).
    mutating func insert(_ glyph: Glyph, for source: UInt32) {
        if glyphs[source] == nil { glyphs[source] = glyph }
    }

    /// `cut`'s top dictionary without its offsets, ROS first as CID-keyed fonts require, and a String
    /// INDEX of the strings it names: renumbered after CFF's standard strings in order of use, since every
    /// cut numbers its strings afresh. A name-keyed cut is given the ROS Adobe-Identity-0.
    private static func topDictionary(of cut: some CFFTopDictionary) -> (top: [UInt8], strings: [UInt8]) {
        var strings: [[UInt8]] = []
        var top: [UInt8] = []
        if !cut.isCIDKeyed {
            strings = [Array(cut.registry.utf8), Array(cut.ordering.utf8)]
            CFFWriter.integer(CFFDict.standardStringCount, into: &top)
            CFFWriter.integer(CFFDict.standardStringCount + 1, into: &top)
            CFFWriter.integer(cut.supplement, into: &top)
            CFFWriter.op(CFFDict.ros, into: &top)
        }
        let entries = cut.topEntries.filter { $0.op == CFFDict.ros } + cut.topEntries.filter { $0.op != CFFDict.ros }
        for entry in entries {
            let count = CFFDict.stringOperandCount[entry.op] ?? 0
            guard count > 0, entry.operands.count >= count else {
                CFFWriter.dictionary([entry], into: &top)
                continue
            }
            for sid in entry.operands.prefix(count) {
                // A standard string keeps its number.
                guard let text = cut.string(sid) else {
                    CFFWriter.integer(Int(sid), into: &top)
                    continue
                }
                let bytes = Array(text.utf8)
                let index = strings.firstIndex(of: bytes) ?? {
                    strings.append(bytes)
                    return strings.count - 1
                }()
                CFFWriter.integer(CFFDict.standardStringCount + index, into: &top)
            }
            for operand in entry.operands.dropFirst(count) { CFFWriter.integer(Int(operand), into: &top) }
            CFFWriter.op(entry.op, into: &top)
        }
        return (top, CFFWriter.index(strings.map { $0[...] }))
    }

    /// The CID of source glyph `glyph`, if it has been cut.
    package func cid(of glyph: UInt32) -> UInt16? { glyphs[glyph]?.cid }

    /// A CID-keyed CFF font program with `used` (source glyph ids; .notdef is added), each keeping its CID,
    /// so that text shown by CID needs no renumbering. Charstrings and dictionaries are copied as they are;
    /// offsets, the charset, FDSelect and the FDArray of the dictionaries used are written anew.
    package func program(for used: some Sequence<UInt32>) -> [UInt8] {
        // Glyphs in CID order, each once, .notdef first (each glyph looked up once, not in every comparison).
        // Glyph ids seen: a bit each for the first 65,536 (all a font has), a set for any others.
        var seenBits = [UInt64](repeating: 0, count: 1 << 10)
        seenBits[0] = 1
        var seenOthers: Set<UInt32> = []
        var found: [Glyph] = []
        for glyph in used {
            if glyph < 1 << 16 {
                let (word, bit) = (Int(glyph >> 6), UInt64(1) << (glyph & 63))
                guard seenBits[word] & bit == 0 else { continue }
                seenBits[word] |= bit
            } else if !seenOthers.insert(glyph).inserted {
                continue
            }
            if let entry = glyphs[glyph] { found.append(entry) }
        }
        found.sort { $0.cid < $1.cid }
        let entries = [glyphs[0] ?? Glyph(charString: [14], cid: 0, fontDictionary: 0)] + found

        // The font dictionaries used, in order of first use.
        // Each source dictionary's number among those used (-1: not used), by its index.
        var dictionaryNumbers = [Int](repeating: -1, count: fontDictionaries.count)
        var usedDictionaries: [FontDictionary] = []
        for entry in entries where fontDictionaries.indices.contains(entry.fontDictionary) && dictionaryNumbers[entry.fontDictionary] < 0 {
            dictionaryNumbers[entry.fontDictionary] = usedDictionaries.count
            usedDictionaries.append(fontDictionaries[entry.fontDictionary])
        }
        if usedDictionaries.isEmpty { usedDictionaries.append(FontDictionary(font: [], privateDict: [])) }

        // Everything after the top dictionary is laid out first: the top dictionary's size does not depend
        // on the offsets written into it, which are all 5-byte integers.
        var charset: [UInt8] = [0]
        charset.reserveCapacity(1 + 2 * entries.count)
        for entry in entries.dropFirst() { CFFWriter.card16(entry.cid, into: &charset) }
        // FDSelect format 3: ranges of consecutive glyphs in one font dictionary.
        var ranges: [(first: Int, fd: UInt8)] = []
        for (glyph, entry) in entries.enumerated() {
            let number = fontDictionaries.indices.contains(entry.fontDictionary) ? dictionaryNumbers[entry.fontDictionary] : -1
            let fd = number >= 0 ? UInt8(truncatingIfNeeded: number) : 0
            if ranges.last?.fd != fd { ranges.append((glyph, fd)) }
        }
        var fdSelect: [UInt8] = [3]
        CFFWriter.card16(UInt16(ranges.count), into: &fdSelect)
        for range in ranges {
            CFFWriter.card16(UInt16(range.first), into: &fdSelect)
            fdSelect.append(range.fd)
        }
        CFFWriter.card16(UInt16(entries.count), into: &fdSelect)

        let globalSubrs: [UInt8] = [0, 0]
        let cidCount = Int(entries.lazy.map { $0.cid }.max() ?? 0) + 1
        // Then four offsets and CIDCount, 5-byte integers each.
        let writtenOffsets = [CFFDict.charset, CFFDict.charStrings, CFFDict.fdArray, CFFDict.fdSelect, CFFDict.cidCount]
        let topSize = fixedTop.count + writtenOffsets.reduce(0) { $0 + 5 + ($1 >= 1200 ? 2 : 1) }
        let header = 4
        let charsetOffset = header + names.count + CFFWriter.indexSize(itemSizes: [topSize]) + stringIndex.count + globalSubrs.count
        let fdSelectOffset = charsetOffset + charset.count
        let charStringsOffset = fdSelectOffset + fdSelect.count
        let charStringsSize = CFFWriter.indexSize(itemSizes: entries.map { $0.charString.count })
        let fdArrayOffset = charStringsOffset + charStringsSize

        // Font dictionaries end with their private dictionary's size and offset; private dictionaries
        // follow the FDArray.
        let privateOperator = 11  // two 5-byte integers and the operator
        var privateOffset = fdArrayOffset + CFFWriter.indexSize(itemSizes: usedDictionaries.map { $0.font.count + privateOperator })
        var fonts: [ArraySlice<UInt8>] = []
        for dictionary in usedDictionaries {
            var bytes = dictionary.font
            CFFWriter.integer5(dictionary.privateDict.count, into: &bytes)
            CFFWriter.integer5(privateOffset, into: &bytes)
            bytes.append(UInt8(CFFDict.privateDict))
            fonts.append(bytes[...])
            privateOffset += dictionary.privateDict.count
        }

        var top = fixedTop
        for (op, value) in zip(writtenOffsets, [charsetOffset, charStringsOffset, fdArrayOffset, fdSelectOffset, cidCount]) {
            CFFWriter.integer5(value, into: &top)
            CFFWriter.op(op, into: &top)
        }

        var output: [UInt8] = [1, 0, UInt8(header), 4]
        output.reserveCapacity(privateOffset)
        output += names
        CFFWriter.index([top[...]], into: &output)
        output += stringIndex
        output += globalSubrs
        output += charset
        output += fdSelect
        CFFWriter.index(entries.map { $0.charString[...] }, into: &output)
        CFFWriter.index(fonts, into: &output)
        for dictionary in usedDictionaries { output += dictionary.privateDict }
        return output
    }
}

/// What a glyph table's top dictionary and strings are written from: a HarfBuzz cut or the source font.
package protocol CFFTopDictionary {
    var name: [UInt8] { get }
    var topEntries: [CFFDict.Entry] { get }
    var isCIDKeyed: Bool { get }
    var registry: String { get }
    var ordering: String { get }
    var supplement: Int { get }
    /// The font's own string a SID names; nil for one of CFF's standard strings.
    func string(_ sid: Double) -> String?
}

extension CFFFont: CFFTopDictionary {}
