/// A CID-keyed CFF font read in place, from bytes it does not own (the font file mapped), to cut glyphs
/// from without copying the table: its top dictionary and strings, charset (glyph → CID), FDSelect
/// (glyph → font dictionary), font and private dictionaries, and where each charstring and subroutine is.
///
/// `CFFFlattener` writes a glyph's charstring as HarfBuzz's subsetter does (subroutines inlined, hints
/// removed), so that cutting from here gives the bytes a HarfBuzz cut gives, without a subset plan.
/// Name-keyed fonts are not read here (their cuts go through HarfBuzz).
///
/// The bytes must stay valid and unchanged while it is used (the caller keeps the mapping).
package struct CFFSource: @unchecked Sendable {
    /// An INDEX read in place: its items found by offset when asked for.
    package struct Index {
        package let count: Int
        let offsetSize: Int
        /// Where the offset array starts, and the byte before the first item (offsets count from 1).
        let offsets: Int
        let dataBase: Int

        static let empty = Index(count: 0, offsetSize: 1, offsets: 0, dataBase: 0)
    }

    /// A font dictionary as a cut writes it, and its local subroutines.
    package struct FontDictionary {
        /// Its operators other than /Private and /FontName.
        package var font: [CFFDict.Entry]
        /// Its private dictionary's operators other than /Subrs and the hints a cut removes.
        package var privateDict: [CFFDict.Entry]
        package var localSubrs: Index
    }

    let bytes: UnsafePointer<UInt8>
    package let count: Int
    package let name: [UInt8]
    package let topEntries: [CFFDict.Entry]
    private let strings: [[UInt8]]
    package let charStrings: Index
    package let globalSubrs: Index
    package let cids: [UInt16]
    package let fontDictionaryOfGlyph: [UInt8]
    package let fontDictionaries: [FontDictionary]
    package let registry: String
    package let ordering: String
    package let supplement: Int

    package var glyphCount: Int { charStrings.count }

    /// Private dictionary operators that only hint (HarfBuzz's `is_hint_op`): a cut without hints drops them.
    /// BlueValues, OtherBlues, FamilyBlues, FamilyOtherBlues, StdHW, StdVW, BlueScale, BlueShift, BlueFuzz,
    /// StemSnapH, StemSnapV, ForceBold, LanguageGroup, ExpansionFactor.
    package static let hintOperators: Set<Int> = [6, 7, 8, 9, 10, 11, 1209, 1210, 1211, 1212, 1213, 1214, 1217, 1218]

    /// Reads the CFF table at `bytes`; throws for a name-keyed font or one that does not read as CFF.
    package init(bytes: UnsafePointer<UInt8>, count: Int) throws {
        self.bytes = bytes
        self.count = count
        guard count >= 4, bytes[0] == 1 else { throw CFFFont.Failure(description: "not a CFF font") }
        var position = Int(bytes[2])
        let names = try Self.index(bytes, count, at: &position)
        let tops = try Self.index(bytes, count, at: &position)
        let stringIndex = try Self.index(bytes, count, at: &position)
        globalSubrs = try Self.index(bytes, count, at: &position)
        guard names.count > 0, tops.count > 0 else { throw CFFFont.Failure(description: "CFF without a font") }
        name = Self.copy(bytes, try Self.checkedItem(0, of: names, bytes, count))
        strings = try (0..<stringIndex.count).map { Self.copy(bytes, try Self.checkedItem($0, of: stringIndex, bytes, count)) }
        let top = try CFFDict(Self.copy(bytes, try Self.checkedItem(0, of: tops, bytes, count))[...])
        topEntries = top.entries.filter { !CFFDict.topOffsetOperators.contains($0.op) }

        guard let ros = top[CFFDict.ros], ros.count == 3 else { throw CFFFont.Failure(description: "name-keyed CFF") }
        guard let charStringsOffset = top[CFFDict.charStrings]?.first else { throw CFFFont.Failure(description: "CFF without CharStrings") }
        var at = Int(charStringsOffset)
        charStrings = try Self.index(bytes, count, at: &at)
        guard charStrings.count > 0 else { throw CFFFont.Failure(description: "CFF without glyphs") }
        registry = String(decoding: Self.string(ros[0], strings), as: UTF8.self)
        ordering = String(decoding: Self.string(ros[1], strings), as: UTF8.self)
        supplement = Int(ros[2])

        // The charset and FDSelect are read by CFFFont's code, from a copy of just their bytes' extent.
        let glyphs = charStrings.count
        cids = try Self.charset(top, bytes, count, glyphs: glyphs)
        guard let arrayOffset = top[CFFDict.fdArray]?.first, let selectOffset = top[CFFDict.fdSelect]?.first else {
            throw CFFFont.Failure(description: "CID-keyed CFF without FDArray or FDSelect")
        }
        at = Int(arrayOffset)
        let fdArray = try Self.index(bytes, count, at: &at)
        var dictionaries: [FontDictionary] = []
        for item in 0..<fdArray.count {
            let font = try CFFDict(Self.copy(bytes, try Self.checkedItem(item, of: fdArray, bytes, count))[...])
            var privateEntries: [CFFDict.Entry] = []
            var localSubrs = Index.empty
            if let location = font[CFFDict.privateDict], location.count == 2 {
                let start = Int(location[1])
                let end = start + Int(location[0])
                guard start >= 0, start <= end, end <= count else { throw CFFFont.Failure(description: "CFF private dictionary out of bounds") }
                let privateDict = try CFFDict(Self.copy(bytes, start..<end)[...])
                privateEntries = privateDict.entries.filter { $0.op != CFFDict.subrs && !Self.hintOperators.contains($0.op) }
                if let subrs = privateDict[CFFDict.subrs]?.first {
                    // Local subroutines are found from the private dictionary's start.
                    var subrsAt = start + Int(subrs)
                    localSubrs = try Self.index(bytes, count, at: &subrsAt)
                }
            }
            let kept = font.entries.filter { $0.op != CFFDict.privateDict && $0.op != CFFDict.fontName }
            dictionaries.append(FontDictionary(font: kept, privateDict: privateEntries, localSubrs: localSubrs))
        }
        fontDictionaries = dictionaries
        fontDictionaryOfGlyph = try Self.fdSelect(bytes, count, at: Int(selectOffset), glyphs: glyphs, dictionaries: dictionaries.count)
    }

    /// The font's own string a SID names; nil for one of CFF's standard strings.
    package func string(_ sid: Double) -> String? {
        Int(sid) < CFFDict.standardStringCount ? nil : String(decoding: Self.string(sid, strings), as: UTF8.self)
    }

    private static func string(_ sid: Double, _ strings: [[UInt8]]) -> [UInt8] {
        let index = Int(sid) - CFFDict.standardStringCount
        return index >= 0 && index < strings.count ? strings[index] : []
    }

    /// The byte range of item `item` of `index`, checked to lie within the table.
    package func item(_ item: Int, of index: Index) throws -> Range<Int> {
        try Self.checkedItem(item, of: index, bytes, count)
    }

    static func checkedItem(_ item: Int, of index: Index, _ bytes: UnsafePointer<UInt8>, _ count: Int) throws -> Range<Int> {
        guard item >= 0, item < index.count else { throw CFFFont.Failure(description: "no CFF INDEX item \(item)") }
        let range = Self.item(item, of: index, bytes)
        guard range.upperBound <= count else { throw CFFFont.Failure(description: "CFF INDEX out of bounds") }
        return range
    }

    /// The byte range of item `item` of `index` (which must have it), unchecked.
    static func item(_ item: Int, of index: Index, _ bytes: UnsafePointer<UInt8>) -> Range<Int> {
        let start = offset(bytes, index.offsets + item * index.offsetSize, size: index.offsetSize)
        let end = offset(bytes, index.offsets + (item + 1) * index.offsetSize, size: index.offsetSize)
        return (index.dataBase + start)..<(index.dataBase + max(start, end))
    }

    private static func offset(_ bytes: UnsafePointer<UInt8>, _ at: Int, size: Int) -> Int {
        var value = 0
        for byte in 0..<size { value = value << 8 | Int(bytes[at + byte]) }
        return value
    }

    private static func copy(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        Array(UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count))
    }

    /// The INDEX at `position`, its first and last offsets checked (each item is checked when read: a
    /// CJK font's charstrings are some 65,000); moves past it.
    private static func index(_ bytes: UnsafePointer<UInt8>, _ count: Int, at position: inout Int) throws -> Index {
        guard position >= 0, position + 2 <= count else { throw CFFFont.Failure(description: "CFF data ends early") }
        let items = Int(bytes[position]) << 8 | Int(bytes[position + 1])
        guard items > 0 else {
            position += 2
            return .empty
        }
        guard position + 3 <= count else { throw CFFFont.Failure(description: "CFF data ends early") }
        let size = Int(bytes[position + 2])
        guard (1...4).contains(size) else { throw CFFFont.Failure(description: "bad CFF offset size \(size)") }
        let offsets = position + 3
        guard offsets + (items + 1) * size <= count else { throw CFFFont.Failure(description: "CFF INDEX out of bounds") }
        let dataBase = offsets + (items + 1) * size - 1
        let last = offset(bytes, offsets + items * size, size: size)
        guard offset(bytes, offsets, size: size) == 1, last >= 1, dataBase + last <= count else {
            throw CFFFont.Failure(description: "CFF INDEX out of bounds")
        }
        position = dataBase + last
        return Index(count: items, offsetSize: size, offsets: offsets, dataBase: dataBase)
    }

    /// Each glyph's CID (glyph 0 is CID 0).
    private static func charset(_ top: CFFDict, _ bytes: UnsafePointer<UInt8>, _ count: Int, glyphs: Int) throws -> [UInt16] {
        var cids = [UInt16](repeating: 0, count: glyphs)
        guard let offset = top[CFFDict.charset]?.first, offset > 2 else {
            for glyph in 0..<glyphs { cids[glyph] = UInt16(truncatingIfNeeded: glyph) }
            return cids
        }
        var at = Int(offset)
        func card8() throws -> Int {
            guard at < count else { throw CFFFont.Failure(description: "CFF data ends early") }
            defer { at += 1 }
            return Int(bytes[at])
        }
        func card16() throws -> Int { try card8() << 8 | card8() }
        let format = try card8()
        var glyph = 1
        switch format {
        case 0:
            while glyph < glyphs {
                cids[glyph] = UInt16(try card16())
                glyph += 1
            }
        case 1, 2:
            while glyph < glyphs {
                let first = try card16()
                let left = format == 1 ? try card8() : try card16()
                for step in 0...left where glyph < glyphs {
                    cids[glyph] = UInt16(truncatingIfNeeded: first + step)
                    glyph += 1
                }
            }
        default:
            throw CFFFont.Failure(description: "unknown CFF charset format \(format)")
        }
        return cids
    }

    /// Each glyph's font dictionary.
    private static func fdSelect(
        _ bytes: UnsafePointer<UInt8>, _ count: Int, at offset: Int, glyphs: Int, dictionaries: Int
    ) throws -> [UInt8] {
        var at = offset
        func card8() throws -> Int {
            guard at >= 0, at < count else { throw CFFFont.Failure(description: "CFF data ends early") }
            defer { at += 1 }
            return Int(bytes[at])
        }
        func card16() throws -> Int { try card8() << 8 | card8() }
        var fds = [UInt8](repeating: 0, count: glyphs)
        switch try card8() {
        case 0:
            for glyph in 0..<glyphs { fds[glyph] = UInt8(try card8()) }
        case 3:
            let ranges = try card16()
            var first = try card16()
            for _ in 0..<ranges {
                let fd = try card8()
                let next = try card16()
                guard first <= next, next <= glyphs else { throw CFFFont.Failure(description: "bad CFF FDSelect range") }
                for glyph in first..<next { fds[glyph] = UInt8(fd) }
                first = next
            }
        case let format:
            throw CFFFont.Failure(description: "unknown CFF FDSelect format \(format)")
        }
        guard fds.allSatisfy({ Int($0) < dictionaries }) else { throw CFFFont.Failure(description: "CFF FDSelect names a missing dictionary") }
        return fds
    }
}
