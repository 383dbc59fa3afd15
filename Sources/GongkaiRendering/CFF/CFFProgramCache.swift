import CHarfBuzz
import Foundation

/// Font programs for the PDFs a process writes, from CFF fonts (CID-keyed: the Noto CJK fonts and most
/// CJK OpenType fonts; name-keyed: most Latin OpenType fonts): for each source font, the glyphs cut so far by HarfBuzz's subsetter, kept in a
/// `CFFGlyphTable` shared by every document (and batch worker).
///
/// HarfBuzz cuts only the glyphs no earlier document drew (inlining subroutines and removing hints,
/// which makes small subsets possible); a document's own font program is then copied together from the
/// table. Most documents of a batch draw no new glyph at all.
///
/// Thread-safe: cuts happen under a lock (two workers never cut the same glyphs), programs are written
/// from a copy of the table outside it.
final class CFFProgramCache: @unchecked Sendable {
    /// The process's cache.
    static let shared = CFFProgramCache()

    /// What is known of one source font.
    private enum Entry {
        case cff(CFFGlyphTable, SourceFontMetrics)
        /// Not a CFF font (TrueType outlines), or HarfBuzz could not cut it.
        case unsupported
    }

    private let lock = NSLock()
    private var entries: [SourceFontChecksum: Entry] = [:]
    /// The faces HarfBuzz cuts from, without their character maps (`CFFSourceFace`), one reference each.
    private var cuttingFaces: [SourceFontChecksum: OpaquePointer] = [:]
    private var cuts = 0

    /// How many times HarfBuzz cut glyphs, for tests and diagnostics.
    var cutCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return cuts
    }

    init() {}

    deinit {
        for face in cuttingFaces.values { hb_face_destroy(face) }
    }

    /// The glyphs of `source` (a HarfBuzz face, loaded from face `file.index` of the font file `file.path`
    /// when known) with at least `glyphs` cut, and the font's metrics; nil when the font is not a CFF font
    /// or its glyphs cannot be cut.
    func table(
        for source: OpaquePointer, file: (path: String, index: Int32)? = nil, covering glyphs: Set<UInt32>
    ) -> (CFFGlyphTable, SourceFontMetrics)? {
        let key = SourceFontChecksum(source)
        // Most documents draw no glyph that is not cut yet: their coverage is checked outside the lock, so
        // that the other workers do not wait on it.
        lock.lock()
        let known = entries[key]
        lock.unlock()
        if case .cff(let table, let metrics) = known, table.contains(0), glyphs.allSatisfy(table.contains) {
            return (table, metrics)
        }

        lock.lock()
        defer { lock.unlock() }
        var table = CFFGlyphTable()
        var metrics: SourceFontMetrics
        switch entries[key] {
        case .unsupported:
            return nil
        case .cff(let known, let knownMetrics):
            table = known
            metrics = knownMetrics
        case nil:
            guard key.tables[Self.cffTag, default: 0] > 0 else {
                entries[key] = .unsupported
                return nil
            }
            metrics = SourceFontMetrics(source)
        }
        // Checked again: another worker may have cut these glyphs meanwhile.
        var missing = glyphs.filter { !table.contains($0) }
        if !table.contains(0) { missing.insert(0) }
        guard !missing.isEmpty else { return (table, metrics) }
        // Remove the entry while this table is changed, so that it is not copied twice.
        let previous = entries.removeValue(forKey: key)
        guard Self.cut(cuttingFace(key, source: source, file: file), glyphs: missing, into: &table) else {
            // A font that was cut before keeps its glyphs; this document's writing fails.
            entries[key] = previous ?? .unsupported
            return nil
        }
        cuts += 1
        metrics.recordAdvances(of: missing, in: source)
        entries[key] = .cff(table, metrics)
        return (table, metrics)
    }

    private static let cffTag = SourceFontChecksum.tag("CFF ")

    /// The face to cut `source`'s glyphs from: the same font without its character map when its file can be
    /// mapped, else `source` itself. Called under the lock.
    private func cuttingFace(_ key: SourceFontChecksum, source: OpaquePointer, file: (path: String, index: Int32)?) -> OpaquePointer {
        if let known = cuttingFaces[key] { return known }
        guard let file, file.index >= 0, let face = CFFSourceFace.face(path: file.path, index: UInt32(file.index)) else { return source }
        // The file must hold the very font Pango shaped with (same face, glyph count, checksum and revision).
        let mapped = SourceFontChecksum(face)
        guard mapped.index == key.index, mapped.glyphCount == key.glyphCount, mapped.head == key.head,
            mapped.tables[Self.cffTag] == key.tables[Self.cffTag]
        else {
            hb_face_destroy(face)
            return source
        }
        cuttingFaces[key] = face
        return face
    }

    /// HarfBuzz's subset of `source` to `glyphs`, subroutines inlined and hints removed, added to `table`.
    private static func cut(_ source: OpaquePointer, glyphs: Set<UInt32>, into table: inout CFFGlyphTable) -> Bool {
        // Only the CFF table is read; without the layout tables HarfBuzz also adds no glyphs they reach.
        guard
            let (bytes, newGlyphs) = HarfBuzzSubset.cut(
                source, glyphs: glyphs, flags: hb_subset_flags_t(HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue),
                dropping: ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "VORG", "vhea", "vmtx", "cmap", "name", "post", "OS/2"],
                table: "CFF "),
            // Charstrings are copied as they are: a cut that still calls subroutines cannot be used.
            let cut = try? CFFFont(bytes), !cut.hasSubroutines
        else { return false }
        // Which source glyph each glyph of the cut is.
        var sourceGlyphs = [UInt32](repeating: 0, count: cut.glyphCount)
        for (glyph, new) in newGlyphs where Int(new) < sourceGlyphs.count { sourceGlyphs[Int(new)] = glyph }
        table.add(cut, sourceGlyphs: sourceGlyphs)
        return true
    }
}

/// What a PDF's font descriptor and widths say of a source font, in its design units.
struct SourceFontMetrics {
    var unitsPerEm: Int
    /// PostScript name (name ID 6), or the CFF font's name.
    var postScriptName: String
    var boundingBox: (xMin: Int, yMin: Int, xMax: Int, yMax: Int)
    var ascender: Int
    var descender: Int
    var capHeight: Int
    /// Horizontal advances of the glyphs cut.
    private(set) var advances: [UInt32: Int] = [:]

    init(_ face: OpaquePointer) {
        unitsPerEm = Int(max(1, hb_face_get_upem(face)))
        let font = hb_font_create(face)
        defer { hb_font_destroy(font) }
        var name = [CChar](repeating: 0, count: 128)
        var size = UInt32(name.count)
        hb_ot_name_get_utf8(face, hb_ot_name_id_t(6), hb_language_from_string("en", -1), &size, &name)
        postScriptName = String(decoding: name.prefix(Int(size)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .filter { character in
                // Printable ASCII without PDF's delimiters: the name is written as a PDF name token.
                guard let value = character.asciiValue, value > 0x20, value < 0x7F else { return false }
                return !"()<>[]{}/%#".contains(character)
            }
        if postScriptName.isEmpty { postScriptName = "Font" }
        var position: hb_position_t = 0
        func metric(_ tag: hb_ot_metrics_tag_t, default value: Int) -> Int {
            hb_ot_metrics_get_position(font, tag, &position) != 0 ? Int(position) : value
        }
        ascender = metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, default: unitsPerEm * 88 / 100)
        descender = metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, default: -unitsPerEm * 12 / 100)
        capHeight = metric(HB_OT_METRICS_TAG_CAP_HEIGHT, default: unitsPerEm * 7 / 10)
        let head = hb_face_reference_table(face, SourceFontChecksum.tag("head"))
        defer { hb_blob_destroy(head) }
        var length: UInt32 = 0
        if let data = hb_blob_get_data(head, &length), length >= 44 {
            let bytes = UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self)
            func int16(_ offset: Int) -> Int { Int(Int16(bitPattern: UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1]))) }
            boundingBox = (int16(36), int16(38), int16(40), int16(42))
        } else {
            boundingBox = (0, descender, unitsPerEm, ascender)
        }
    }

    mutating func recordAdvances(of glyphs: Set<UInt32>, in face: OpaquePointer) {
        let font = hb_font_create(face)
        defer { hb_font_destroy(font) }
        for glyph in glyphs { advances[glyph] = Int(hb_font_get_glyph_h_advance(font, glyph)) }
    }

    /// `value` design units in thousandths of the em, as PDF widths and font descriptors give them.
    func thousandths(_ value: Int) -> Int {
        (value * 1000 + (value >= 0 ? unitsPerEm / 2 : -unitsPerEm / 2)) / unitsPerEm
    }
}
