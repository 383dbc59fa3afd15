import GongkaiTypesetting

/// One source font as one document embeds it (PDF 1.7 §9.7): a Type 0 font with Identity-H encoding
/// over a CID font whose program has exactly the glyphs the document draws. Text is shown two bytes a
/// glyph; /W gives each glyph's advance, and a ToUnicode map the text it stands for, so that the PDF's
/// text can be searched and copied.
package final class PDFEmbeddedFont {
    /// Where the glyphs come from.
    package enum Program {
        /// A CID-keyed CFF font (CIDFontType0, FontFile3 /CIDFontType0C): glyphs shown by their CIDs.
        case cff(CFFGlyphTable)
        /// A TrueType font (CIDFontType2, FontFile2, CIDToGIDMap /Identity): glyphs shown by their ids in
        /// the document's subset.
        case trueType(TrueTypeSubset)
        /// A TrueType font not cut yet: its subset numbers glyphs by the whole document's set, so pages
        /// show placeholder codes that `fillCodes` later replaces.
        case trueTypeToCut
    }

    /// The resource name pages use ("F0").
    package let resourceName: String
    private var source: Program
    private var metrics: SourceFontMetrics

    /// A glyph the document draws: its CID, advance (thousandths of the em) and the text it stands for
    /// (UTF-8, the first text drawn with it).
    private struct Use {
        package var glyph: UInt32
        package var cid: UInt16
        package var width: Int
        package var text: [UInt8]?
    }

    /// Uses in order of first use; each glyph's index among them (-1 until used), by glyph id: drawing
    /// looks a glyph up for every character, so by index rather than by hash. Unchecked for overlapping
    /// access: no method hands out access to them while calling back, and a checked access per glyph would
    /// cost more than the lookup.
    @exclusivity(unchecked) private var uses: [Use] = []
    @exclusivity(unchecked) private var useOfGlyph: [Int32]

    package init(resourceName: String, program: Program, metrics: SourceFontMetrics) {
        self.resourceName = resourceName
        source = program
        self.metrics = metrics
        useOfGlyph = [Int32](repeating: -1, count: 1 << 16)
    }

    /// Whether the codes shown so far are placeholders until the font is cut.
    package var codesPending: Bool {
        if case .trueTypeToCut = source { true } else { false }
    }

    /// The program and metrics as cut for more glyphs (a CFF table covering glyphs of later pages).
    package func update(_ program: Program, metrics: SourceFontMetrics) {
        source = program
        self.metrics = metrics
    }

    /// Gives the glyphs used so far their codes in `subset`, cut to them.
    package func fillCodes(_ subset: TrueTypeSubset, metrics: SourceFontMetrics) {
        source = .trueType(subset)
        self.metrics = metrics
        for index in uses.indices { uses[index].cid = subset.glyphIDs[uses[index].glyph] ?? 0 }
    }

    /// The use of source glyph `glyph` (an index for `cid(_:)`, `width(_:)` and `map(_:to:)`); nil for a
    /// glyph not cut.
    package func use(_ glyph: UInt32) -> Int? {
        guard glyph < 1 << 16 else { return nil }
        let known = useOfGlyph[Int(glyph)]
        if known >= 0 { return Int(known) }
        let code: UInt16?
        switch source {
        case .cff(let table): code = table.cid(of: glyph)
        case .trueType(let subset): code = subset.glyphIDs[glyph]
        case .trueTypeToCut: code = UInt16(glyph)
        }
        guard let cid = code else { return nil }
        uses.append(Use(glyph: glyph, cid: cid, width: metrics.thousandths(metrics.advances[glyph] ?? metrics.unitsPerEm)))
        useOfGlyph[Int(glyph)] = Int32(uses.count - 1)
        return uses.count - 1
    }

    /// The use, code and advance (thousandths of the em) of source glyph `glyph` at once, as drawing asks
    /// for them glyph by glyph; nil for a glyph not cut.
    package func drawn(_ glyph: UInt32) -> (use: Int, cid: UInt16, width: Int)? {
        guard let use = use(glyph) else { return nil }
        return (use, uses[use].cid, uses[use].width)
    }

    /// `drawn(_:)` for each of `glyphs` whose id `isDrawn`, appended to `drawn`, (-1, 0, 0) for the others
    /// and for glyphs not cut: a piece's glyphs looked up in one call.
    package func lookUp(
        _ glyphs: [PlacedGlyph], drawnWhere isDrawn: (UInt32) -> Bool, into drawn: inout [(use: Int, cid: UInt16, width: Int)]
    ) {
        for glyph in glyphs {
            let id = glyph.id
            // A glyph used before: found by its index alone.
            if id < 1 << 16, case let known = useOfGlyph[Int(id)], known >= 0, isDrawn(id) {
                let use = Int(known)
                drawn.append((use, uses[use].cid, uses[use].width))
            } else if isDrawn(id), let found = self.drawn(id) {
                drawn.append(found)
            } else {
                drawn.append((-1, 0, 0))
            }
        }
    }

    package func cid(_ use: Int) -> UInt16 { uses[use].cid }

    package func width(_ use: Int) -> Int { uses[use].width }

    /// Records that the glyph of `use` shows `text`; false when it already stands for another text (the
    /// same glyph for 日 and the radical ⽇), which the caller then marks with /ActualText instead.
    package func map(_ use: Int, to text: ArraySlice<UInt8>) -> Bool {
        text.withUnsafeBufferPointer { map(use, to: $0) }
    }

    /// `map(_:to:)` for text in a buffer, as drawing holds a run's text.
    package func map(_ use: Int, to text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let known = uses[use].text else {
            uses[use].text = Array(text)
            return true
        }
        guard known.count == text.count else { return false }
        // Byte by byte: a cluster's text is a few bytes, too short for a generic comparison to pay.
        return known.withUnsafeBufferPointer { known in
            for index in 0..<known.count where known[index] != text[index] { return false }
            return true
        }
    }

    /// A TrueType font written before it was cut (its codes are still placeholders).
    package struct Uncut: Error, CustomStringConvertible {
        var name: String
        package var description: String { "the font \(name) was written before it was cut to the document's glyphs" }
    }

    /// Adds the font's objects to `objects` and returns the Type 0 font's number.
    package func write(into objects: inout PDFObjectList, deflater: Deflater) throws -> Int {
        let sorted = uses.sorted { $0.cid < $1.cid }
        let cids = sorted.map { $0.cid }
        let program: [UInt8]
        let fontFile: String
        var cidFont: [PDFEntry]
        switch source {
        case .cff(let table):
            program = table.program(for: sorted.map { $0.glyph })
            fontFile = "/FontFile3"
            cidFont = [
                PDFEntry("/Type", .name("Font")),
                PDFEntry("/CIDSystemInfo", Self.systemInfo(table.registry, table.ordering, table.supplement)),
                PDFEntry("/Subtype", .name("CIDFontType0")),
            ]
        case .trueTypeToCut:
            throw Uncut(name: metrics.postScriptName)
        case .trueType(let subset):
            program = subset.program
            fontFile = "/FontFile2"
            cidFont = [
                PDFEntry("/Type", .name("Font")), PDFEntry("/CIDSystemInfo", Self.systemInfo("Adobe", "Identity", 0)),
                PDFEntry("/Subtype", .name("CIDFontType2")), PDFEntry("/CIDToGIDMap", .name("Identity")),
            ]
        }
        // The subset's tag: six letters from the glyphs it holds (§9.6.4), the same for the same glyphs.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for cid in cids { hash = (hash ^ UInt64(cid)) &* 0x100_0000_01b3 }
        var tag = ""
        for _ in 0..<6 {
            tag.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash % 26))))
            hash /= 26
        }
        let baseFont = PDFValue.name(tag + "+" + metrics.postScriptName)

        let programDictionary: PDFValue
        switch source {
        case .cff: programDictionary = .dictionary(["/Subtype": .name("CIDFontType0C"), "/Filter": .name("FlateDecode")])
        case .trueType, .trueTypeToCut:
            programDictionary = .dictionary(["/Length1": PDFSyntax.integer(program.count), "/Filter": .name("FlateDecode")])
        }
        let programNumber = objects.add(programDictionary, stream: try deflater.compress(remembering: program, level: Deflater.fast))
        let box = metrics.boundingBox
        let descriptor = objects.add(
            .dictionary([
                PDFEntry("/Type", .name("FontDescriptor")),
                PDFEntry("/FontName", baseFont),
                PDFEntry("/Flags", .token("4")),
                PDFEntry("/FontBBox", .array([box.xMin, box.yMin, box.xMax, box.yMax].map { PDFSyntax.integer(metrics.thousandths($0)) })),
                PDFEntry("/ItalicAngle", .token("0")),
                PDFEntry("/Ascent", PDFSyntax.integer(metrics.thousandths(metrics.ascender))),
                PDFEntry("/Descent", PDFSyntax.integer(metrics.thousandths(metrics.descender))),
                PDFEntry("/CapHeight", PDFSyntax.integer(metrics.thousandths(metrics.capHeight))),
                PDFEntry("/StemV", .token("80")),
                PDFEntry(fontFile, .reference(programNumber)),
            ]))
        // Widths: only those that are not the default of 1000 (most CJK glyphs are a full em).
        var widths: [PDFValue] = []
        var run: [PDFValue] = []
        var runStart: UInt16 = 0
        var previous: UInt16?
        func flush() {
            if !run.isEmpty { widths += [PDFSyntax.integer(Int(runStart)), .array(run)] }
            run = []
        }
        for use in sorted {
            let (cid, width) = (use.cid, use.width)
            guard width != 1000 else { continue }
            if let previous, previous &+ 1 == cid, !run.isEmpty {
                run.append(PDFSyntax.integer(width))
            } else {
                flush()
                runStart = cid
                run = [PDFSyntax.integer(width)]
            }
            previous = cid
        }
        flush()
        cidFont += [
            PDFEntry("/BaseFont", baseFont),
            PDFEntry("/FontDescriptor", .reference(descriptor)),
            PDFEntry("/DW", .token("1000")),
            PDFEntry("/W", .array(widths)),
        ]
        let descendant = objects.add(.dictionary(cidFont))
        let toUnicode = objects.add(
            .dictionary(["/Filter": .name("FlateDecode")]), stream: try deflater.compress(remembering: toUnicodeMap(sorted), level: Deflater.thorough))
        return objects.add(
            .dictionary([
                // A Type 0 font over a CIDFontType0 is named after the CID font and its encoding (§9.7.6.1).
                "/Type": .name("Font"), "/Subtype": .name("Type0"),
                "/BaseFont": .name(tag + "+" + metrics.postScriptName + "-Identity-H"), "/Encoding": .name("Identity-H"),
                "/DescendantFonts": .array([.reference(descendant)]), "/ToUnicode": .reference(toUnicode),
            ]))
    }

    private static func systemInfo(_ registry: String, _ ordering: String, _ supplement: Int) -> PDFValue {
        .dictionary([
            "/Registry": .token(PDFValue.literalString(registry)), "/Ordering": .token(PDFValue.literalString(ordering)),
            "/Supplement": PDFSyntax.integer(supplement),
        ])
    }

    /// The ToUnicode CMap (§9.10.3): each CID's text in UTF-16BE.
    private func toUnicodeMap(_ sorted: [Use]) -> [UInt8] {
        var map = Array(
            """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """.utf8)
        let mapped = sorted.filter { $0.text != nil }
        var start = 0
        // At most 100 entries a block.
        while start < mapped.count {
            let block = mapped[start..<min(start + 100, mapped.count)]
            start = block.endIndex
            PDFSyntax.appendInteger(block.count, into: &map)
            map += Array(" beginbfchar\n".utf8)
            for use in block {
                map.append(UInt8(ascii: "<"))
                PDFSyntax.appendHex16(use.cid, into: &map)
                map.append(UInt8(ascii: ">"))
                map.append(UInt8(ascii: " "))
                PDFSyntax.appendUTF16Hex(utf8: use.text ?? [], byteOrderMark: false, into: &map)
                map.append(0x0A)
            }
            map += Array("endbfchar\n".utf8)
        }
        map += Array("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n".utf8)
        return map
    }
}
