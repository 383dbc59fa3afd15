/// A CFF font program (Adobe Technical Note #5176), read just enough to cut it down to some of its
/// glyphs: its top dictionary, strings, charset (glyph → CID), FDSelect (glyph → font dictionary), font
/// dictionaries with their private dictionaries, and where each glyph's charstring is.
///
/// A name-keyed font (glyphs named, one private dictionary: most Latin OpenType/CFF fonts) is read as a
/// CID-keyed one with a single font dictionary, its glyphs' CIDs left to the caller (`isCIDKeyed`), so that
/// both kinds are embedded alike, as CIDFontType0 (PDF 1.7 §9.7.4).
///
/// Made for fonts whose charstrings call no subroutines (HarfBuzz's desubroutinized subsets): a subset
/// is then its glyphs' charstrings copied as they are, so cutting one costs a copy, not a reparse.
package struct CFFFont {
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// The whole table; every range below points into it.
    package let data: [UInt8]
    /// The font's name (Name INDEX), e.g. "NotoSerifCJKsc-Regular".
    package let name: [UInt8]
    /// The top dictionary's operators other than those that hold offsets, as written.
    package let topEntries: [CFFDict.Entry]
    /// The items of the String INDEX.
    private let stringIndex: [Range<Int>]
    /// Each glyph's charstring.
    package let charStrings: [Range<Int>]
    /// Each glyph's CID (glyph 0 is CID 0).
    package let cids: [UInt16]
    /// Each glyph's font dictionary.
    package let fontDictionaryOfGlyph: [UInt8]
    /// The font dictionaries: their operators other than /Private, and their private dictionaries'
    /// operators other than /Subrs.
    package let fontDictionaries: [(font: [CFFDict.Entry], privateDict: [CFFDict.Entry])]
    /// Whether charstrings may call subroutines: the font has global subroutines, or local ones (which
    /// are not kept).
    package let hasSubroutines: Bool
    /// Whether the font is CID-keyed; a name-keyed font's `cids` are its glyph ids of the cut, which a
    /// caller renumbers (CIDs must stay the same from cut to cut).
    package let isCIDKeyed: Bool
    /// Registry and ordering strings and the supplement of the ROS operator (Adobe-Identity-0 for a
    /// name-keyed font).
    package let registry: String
    package let ordering: String
    package let supplement: Int

    package var glyphCount: Int { charStrings.count }

    /// The font's own string a SID names; nil for one of CFF's 391 standard strings.
    package func string(_ sid: Double) -> String? {
        Int(sid) < CFFDict.standardStringCount ? nil : Self.string(sid, in: stringIndex, data: data)
    }

    private static func string(_ sid: Double, in strings: [Range<Int>], data: [UInt8]) -> String {
        let index = Int(sid) - CFFDict.standardStringCount
        guard index >= 0, index < strings.count else { return "" }
        return String(decoding: data[strings[index]], as: UTF8.self)
    }

    package init(_ data: [UInt8]) throws {
        self.data = data
        guard data.count >= 4, data[0] == 1 else { throw Failure(description: "not a CFF font (version \(data.first ?? 0))") }
        var reader = CFFReader(data, at: Int(data[2]))
        let names = try reader.index()
        let tops = try reader.index()
        let stringIndex = try reader.index()
        let globalSubroutines = try reader.index()
        guard let nameRange = names.first, let topRange = tops.first else { throw Failure(description: "CFF without a font") }
        name = Array(data[nameRange])

        let top = try CFFDict(data[topRange])
        self.stringIndex = stringIndex
        topEntries = top.entries.filter { !CFFDict.topOffsetOperators.contains($0.op) }

        guard let charStringsOffset = top[CFFDict.charStrings]?.first else { throw Failure(description: "CFF without CharStrings") }
        var charStringReader = CFFReader(data, at: Int(charStringsOffset))
        charStrings = try charStringReader.index()
        let count = charStrings.count
        guard count > 0 else { throw Failure(description: "CFF without glyphs") }

        guard let ros = top[CFFDict.ros], ros.count == 3 else {
            // Name-keyed: its charset names glyphs, which a CID font has no use for; its one private dictionary
            // becomes the single font dictionary's.
            isCIDKeyed = false
            (registry, ordering, supplement) = ("Adobe", "Identity", 0)
            cids = (0..<count).map { UInt16(truncatingIfNeeded: $0) }
            let privateDict = try Self.privateDictionary(top, in: data)
            fontDictionaries = [([], privateDict.entries)]
            fontDictionaryOfGlyph = [UInt8](repeating: 0, count: count)
            hasSubroutines = !globalSubroutines.isEmpty || privateDict.hasSubroutines
            return
        }
        isCIDKeyed = true
        registry = Self.string(ros[0], in: stringIndex, data: data)
        ordering = Self.string(ros[1], in: stringIndex, data: data)
        supplement = Int(ros[2])
        cids = try Self.charset(top, in: data, count: count)

        guard let arrayOffset = top[CFFDict.fdArray]?.first, let selectOffset = top[CFFDict.fdSelect]?.first else {
            throw Failure(description: "CID-keyed CFF without FDArray or FDSelect")
        }
        var arrayReader = CFFReader(data, at: Int(arrayOffset))
        var dictionaries: [(font: [CFFDict.Entry], privateDict: [CFFDict.Entry])] = []
        var localSubroutines = false
        for range in try arrayReader.index() {
            let font = try CFFDict(data[range])
            let privateDict = try Self.privateDictionary(font, in: data)
            localSubroutines = localSubroutines || privateDict.hasSubroutines
            dictionaries.append((font.entries.filter { $0.op != CFFDict.privateDict }, privateDict.entries))
        }
        fontDictionaries = dictionaries
        hasSubroutines = !globalSubroutines.isEmpty || localSubroutines
        fontDictionaryOfGlyph = try Self.fdSelect(at: Int(selectOffset), in: data, count: count, dictionaries: dictionaries.count)
    }

    /// The private dictionary `dictionary` points to, without /Subrs, and whether it had local subroutines.
    private static func privateDictionary(_ dictionary: CFFDict, in data: [UInt8]) throws -> (entries: [CFFDict.Entry], hasSubroutines: Bool) {
        guard let location = dictionary[CFFDict.privateDict], location.count == 2 else { return ([], false) }
        let start = Int(location[1])
        let end = start + Int(location[0])
        guard start >= 0, end <= data.count, start <= end else { throw Failure(description: "CFF private dictionary out of bounds") }
        let entries = try CFFDict(data[start..<end]).entries
        return (entries.filter { $0.op != CFFDict.subrs }, entries.contains { $0.op == CFFDict.subrs })
    }

    /// A CID-keyed font's charset: each glyph's CID (glyph 0, .notdef, is left out of the table).
    private static func charset(_ top: CFFDict, in data: [UInt8], count: Int) throws -> [UInt16] {
        var cids = [UInt16](repeating: 0, count: count)
        guard let offset = top[CFFDict.charset]?.first, offset > 2 else {
            // Predefined charsets are for name-keyed fonts; a CID-keyed one without a charset maps
            // glyphs to CIDs one to one.
            for glyph in 0..<count { cids[glyph] = UInt16(truncatingIfNeeded: glyph) }
            return cids
        }
        var charset = CFFReader(data, at: Int(offset))
        let format = try charset.card8()
        var glyph = 1
        switch format {
        case 0:
            while glyph < count {
                cids[glyph] = try charset.card16()
                glyph += 1
            }
        case 1, 2:
            while glyph < count {
                let first = try charset.card16()
                let left = format == 1 ? Int(try charset.card8()) : Int(try charset.card16())
                for step in 0...left where glyph < count {
                    cids[glyph] = first &+ UInt16(truncatingIfNeeded: step)
                    glyph += 1
                }
            }
        default:
            throw Failure(description: "unknown CFF charset format \(format)")
        }
        return cids
    }

    /// FDSelect: each glyph's font dictionary.
    private static func fdSelect(at offset: Int, in data: [UInt8], count: Int, dictionaries: Int) throws -> [UInt8] {
        var select = CFFReader(data, at: offset)
        var fds = [UInt8](repeating: 0, count: count)
        switch try select.card8() {
        case 0:
            for glyph in 0..<count { fds[glyph] = try select.card8() }
        case 3:
            let ranges = Int(try select.card16())
            var first = Int(try select.card16())
            for _ in 0..<ranges {
                let fd = try select.card8()
                let next = Int(try select.card16())
                guard first <= next, next <= count else { throw Failure(description: "bad CFF FDSelect range") }
                for glyph in first..<next { fds[glyph] = fd }
                first = next
            }
        case let format:
            throw Failure(description: "unknown CFF FDSelect format \(format)")
        }
        guard fds.allSatisfy({ Int($0) < dictionaries }) else { throw Failure(description: "CFF FDSelect names a missing dictionary") }
        return fds
    }
}

/// Reads CFF's big-endian cards and INDEXes, with bounds checked.
package struct CFFReader {
    package let data: [UInt8]
    package var offset: Int

    package init(_ data: [UInt8], at offset: Int) {
        self.data = data
        self.offset = offset
    }

    package mutating func card8() throws -> UInt8 {
        guard offset >= 0, offset < data.count else { throw CFFFont.Failure(description: "CFF data ends early") }
        defer { offset += 1 }
        return data[offset]
    }

    package mutating func card16() throws -> UInt16 {
        UInt16(try card8()) << 8 | UInt16(try card8())
    }

    package mutating func offset(size: Int) throws -> Int {
        var value = 0
        for _ in 0..<size { value = value << 8 | Int(try card8()) }
        return value
    }

    /// An INDEX: the ranges of its items in `data`; the reader moves past it.
    package mutating func index() throws -> [Range<Int>] {
        let count = Int(try card16())
        guard count > 0 else { return [] }
        let size = Int(try card8())
        guard (1...4).contains(size) else { throw CFFFont.Failure(description: "bad CFF offset size \(size)") }
        var offsets: [Int] = []
        offsets.reserveCapacity(count + 1)
        for _ in 0...count { offsets.append(try offset(size: size)) }
        // Offsets count from the byte before the data.
        let base = offset - 1
        guard let last = offsets.last, offsets.first == 1, base + last <= data.count else {
            throw CFFFont.Failure(description: "CFF INDEX out of bounds")
        }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(count)
        for item in 0..<count {
            guard offsets[item] <= offsets[item + 1] else { throw CFFFont.Failure(description: "CFF INDEX offsets decrease") }
            ranges.append((base + offsets[item])..<(base + offsets[item + 1]))
        }
        offset = base + last
        return ranges
    }
}

/// A CFF DICT: operators with their operands, each operand kept as written (so that it is written
/// again unchanged) and as a number.
package struct CFFDict {
    package struct Entry {
        /// The operator: 0–21, or 1200 + n for the two-byte operators (12 n).
        package var op: Int
        /// The operands' bytes as written.
        package var operandBytes: ArraySlice<UInt8>
        package var operands: [Double]
    }

    package static let charset = 15
    package static let encoding = 16
    package static let charStrings = 17
    package static let privateDict = 18
    package static let subrs = 19
    package static let ros = 1230
    package static let cidCount = 1234
    package static let fdArray = 1236
    package static let fdSelect = 1237
    package static let fontName = 1238
    /// The operators a subset writes anew (offsets into the font, or counts).
    package static let topOffsetOperators: Set<Int> = [charset, encoding, charStrings, privateDict, cidCount, fdArray, fdSelect]
    /// Strings with SIDs below this are CFF's standard strings.
    package static let standardStringCount = 391
    /// Top dictionary operators whose first operands are SIDs, and how many: version, Notice, FullName,
    /// FamilyName, Weight, Copyright, PostScript, BaseFontName, ROS (registry and ordering), FontName.
    package static let stringOperandCount: [Int: Int] = [0: 1, 1: 1, 2: 1, 3: 1, 4: 1, 1200: 1, 1221: 1, 1222: 1, ros: 2, fontName: 1]

    package var entries: [Entry] = []

    package init(_ bytes: ArraySlice<UInt8>) throws {
        var position = bytes.startIndex
        var operandsStart = position
        var operands: [Double] = []
        while position < bytes.endIndex {
            let b0 = bytes[position]
            func byte(_ offset: Int) throws -> Int {
                guard position + offset < bytes.endIndex else { throw CFFFont.Failure(description: "CFF DICT ends early") }
                return Int(bytes[position + offset])
            }
            switch b0 {
            case 0...21:
                var op = Int(b0)
                var length = 1
                if b0 == 12 {
                    op = 1200 + (try byte(1))
                    length = 2
                }
                entries.append(Entry(op: op, operandBytes: bytes[operandsStart..<position], operands: operands))
                position += length
                operandsStart = position
                operands = []
            case 28:
                operands.append(Double(Int16(bitPattern: UInt16(try byte(1) << 8 | byte(2)))))
                position += 3
            case 29:
                let value = (try byte(1) << 24) | (try byte(2) << 16) | (try byte(3) << 8) | (try byte(4))
                operands.append(Double(Int32(bitPattern: UInt32(value))))
                position += 5
            case 30:
                // A real: nibbles up to an 0xf nibble.
                var text = ""
                var offset = 1
                reading: while true {
                    let value = try byte(offset)
                    offset += 1
                    for nibble in [value >> 4, value & 0xF] {
                        switch nibble {
                        case 0...9: text.append(Character(String(nibble)))
                        case 0xA: text.append(".")
                        case 0xB: text.append("E")
                        case 0xC: text.append("E-")
                        case 0xE: text.append("-")
                        case 0xF: break reading
                        default: break
                        }
                    }
                }
                operands.append(Double(text) ?? 0)
                position += offset
            case 32...246:
                operands.append(Double(Int(b0) - 139))
                position += 1
            case 247...250:
                operands.append(Double((Int(b0) - 247) * 256 + (try byte(1)) + 108))
                position += 2
            case 251...254:
                operands.append(Double(-(Int(b0) - 251) * 256 - (try byte(1)) - 108))
                position += 2
            default:
                throw CFFFont.Failure(description: "bad CFF DICT byte \(b0)")
            }
        }
    }

    package subscript(op: Int) -> [Double]? { entries.first { $0.op == op }?.operands }
}
