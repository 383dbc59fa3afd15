import Foundation
import GongkaiPDF

/// Font programs for the PDFs a process writes, from CFF fonts (CID-keyed: the Noto CJK fonts and most
/// CJK OpenType fonts; name-keyed: most Latin OpenType fonts): for each source font, the glyphs cut so
/// far, kept in a `CFFGlyphTable` shared by every document (and batch worker).
///
/// Only the glyphs no earlier document drew are cut (subroutines inlined and hints removed, which makes
/// small subsets possible); a document's own font program is then copied together from the table. Most
/// documents of a batch draw no new glyph at all. A CID-keyed font's glyphs are cut straight from its CFF
/// table (`CFFSource`, `CFFFlattener`: the bytes HarfBuzz's subsetter writes, without building its
/// subset plan, which was most of a first document's cutting); other fonts, and any such font this
/// cannot read, are cut by HarfBuzz's subsetter.
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
    private var cuttingFaces: [SourceFontChecksum: HarfBuzzFace] = [:]
    /// The CFF tables of those faces read in place, to cut from without HarfBuzz; nil for a font that does
    /// not read as a CID-keyed CFF font (HarfBuzz cuts it).
    private var sources: [SourceFontChecksum: CFFSourceTable?] = [:]
    private var cuts = 0

    /// How many times HarfBuzz cut glyphs, for tests and diagnostics.
    var cutCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return cuts
    }

    init() {}

    deinit {
        for face in cuttingFaces.values { face.release() }
    }

    /// The glyphs of `source` (a HarfBuzz face, loaded from face `file.index` of the font file `file.path`
    /// when known) with at least `glyphs` cut, and the font's metrics; nil when the font is not a CFF font
    /// or its glyphs cannot be cut.
    func table(
        for source: HarfBuzzFace, file: (path: String, index: Int32)? = nil, covering glyphs: Set<UInt32>
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
        let face = cuttingFace(key, source: source, file: file)
        guard cutFromSource(key, face: face, glyphs: missing, into: &table) || Self.cut(face, glyphs: missing, into: &table) else {
            // A font that was cut before keeps its glyphs; this document's writing fails.
            entries[key] = previous ?? .unsupported
            return nil
        }
        cuts += 1
        metrics.recordAdvances(of: missing, in: source)
        entries[key] = .cff(table, metrics)
        return (table, metrics)
    }

    private static let cffTag = HarfBuzzFace.tag("CFF ")

    /// The face to cut `source`'s glyphs from: the same font without its character map when its file can be
    /// mapped, else `source` itself. Called under the lock.
    private func cuttingFace(_ key: SourceFontChecksum, source: HarfBuzzFace, file: (path: String, index: Int32)?) -> HarfBuzzFace {
        if let known = cuttingFaces[key] { return known }
        guard let file, file.index >= 0, let face = CFFSourceFace.face(path: file.path, index: UInt32(file.index)) else { return source }
        // The file must hold the very font Pango shaped with (same face, glyph count, checksum and revision).
        let mapped = SourceFontChecksum(face)
        guard mapped.index == key.index, mapped.glyphCount == key.glyphCount, mapped.head == key.head,
            mapped.tables[Self.cffTag] == key.tables[Self.cffTag]
        else {
            face.release()
            return source
        }
        cuttingFaces[key] = face
        return face
    }

    /// Cuts `glyphs` from the CFF table of `face` read in place (`CFFSource`), with the bytes HarfBuzz's
    /// subsetter would give but without its subset plan; false when the font cannot be cut so (name-keyed,
    /// or a charstring it does not flatten), leaving `table` as it was. Called under the lock.
    private func cutFromSource(_ key: SourceFontChecksum, face: HarfBuzzFace, glyphs: Set<UInt32>, into table: inout CFFGlyphTable) -> Bool {
        let known: CFFSourceTable?
        if let entry = sources[key] {
            known = entry
        } else {
            known = CFFSourceTable(face)
            sources[key] = .some(known)
        }
        guard let source = known?.source else { return false }
        var cut = table
        // Glyph 0 first, then the rest in order, as a HarfBuzz cut numbers them.
        guard (try? cut.add(glyphs.sorted(), from: source)) != nil else { return false }
        table = cut
        return true
    }

    /// HarfBuzz's subset of `source` to `glyphs`, subroutines inlined and hints removed, added to `table`.
    static func cut(_ source: HarfBuzzFace, glyphs: Set<UInt32>, into table: inout CFFGlyphTable) -> Bool {
        // Only the CFF table is read; without the layout tables HarfBuzz also adds no glyphs they reach.
        guard
            let (bytes, newGlyphs) = HarfBuzzSubset.cut(
                source, glyphs: glyphs, desubroutinize: true,
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
