import CCairo
import CHarfBuzz
import Foundation

/// Subset fonts shared by every document a process writes: one subset per source font, cut to the glyphs
/// of all documents so far, and cut again (larger) only when a document draws a glyph it lacks.
///
/// Subsetting a CJK font is the most expensive step of writing a PDF, and a batch's documents draw mostly
/// the same glyphs. A larger subset changes no output: the subset exists to remove the font's subroutines,
/// glyph ids are kept, and Cairo embeds only the glyphs a document draws (the same bytes as from a
/// document's own subset). Long-lived faces also let Cairo reuse its glyph caches across documents.
///
/// Thread-safe. The lock is never held while Cairo calls back into us; see `FreeTypeFaces` for the order.
final class SubsetFaceCache: @unchecked Sendable {
    /// The process's cache, used by every `PageRenderer` unless it is given another.
    static let shared = SubsetFaceCache()

    private struct Entry {
        var glyphs: Set<UInt32>
        /// Owned: one reference, released when the entry is replaced or the cache goes.
        var face: OpaquePointer
    }

    private let lock = NSLock()
    private var entries: [SourceFontChecksum: Entry] = [:]
    private var cuts = 0

    /// How many subsets were cut, for tests and diagnostics.
    var subsetsCut: Int {
        lock.lock()
        defer { lock.unlock() }
        return cuts
    }

    init() {}

    deinit {
        for entry in entries.values { cairo_font_face_destroy(entry.face) }
    }

    /// A Cairo font face for a subset of `source` (a HarfBuzz face) with at least `glyphs`, with a reference
    /// the caller releases (`cairo_font_face_destroy`); nil when the font cannot be subset.
    func face(for source: OpaquePointer, covering glyphs: Set<UInt32>) -> OpaquePointer? {
        let key = SourceFontChecksum(source)
        var replaced: OpaquePointer?
        defer { if let replaced { cairo_font_face_destroy(replaced) } }
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[key], glyphs.isSubset(of: entry.glyphs) {
            return cairo_font_face_reference(entry.face)
        }
        // Cut while holding the lock: the other workers would otherwise cut the same subset too.
        let wanted = glyphs.union(entries[key]?.glyphs ?? [])
        guard let face = Self.subset(source, glyphs: wanted) else { return nil }
        cuts += 1
        replaced = entries[key]?.face
        entries[key] = Entry(glyphs: wanted, face: face)
        return cairo_font_face_reference(face)
    }

    /// HarfBuzz's subset of `face` to `glyphs`, glyph ids kept, subroutines and hints removed, as a Cairo
    /// font face (one reference).
    private static func subset(_ face: OpaquePointer, glyphs: Set<UInt32>) -> OpaquePointer? {
        let flags = HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue | HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue
        guard let (bytes, _) = HarfBuzzSubset.cut(face, glyphs: glyphs, flags: hb_subset_flags_t(flags), dropping: []) else { return nil }
        return bytes.withUnsafeBytes { buffer in
            buffer.baseAddress.flatMap { FreeTypeFaces.cairoFace(copying: $0, count: buffer.count) }
        }
    }
}

/// What identifies a source font, whichever renderer (font map) opened it: its face index, size in glyphs,
/// and its 'head' table, which holds the font's checksum (checkSumAdjustment) and revision, with the length
/// of each of its tables.
struct SourceFontChecksum: Hashable {
    var index: UInt32
    var glyphCount: UInt32
    var head: [UInt8]
    var tables: [UInt32: UInt32]

    init(_ face: OpaquePointer) {
        index = hb_face_get_index(face)
        glyphCount = hb_face_get_glyph_count(face)
        head = Self.table(Self.tag("head"), of: face)
        var tables: [UInt32: UInt32] = [:]
        var tags = [hb_tag_t](repeating: 0, count: 64)
        var count = UInt32(tags.count)
        let total = hb_face_get_table_tags(face, 0, &count, &tags)
        for tag in tags.prefix(Int(min(count, total))) {
            let blob = hb_face_reference_table(face, tag)
            tables[tag] = hb_blob_get_length(blob)
            hb_blob_destroy(blob)
        }
        self.tables = tables
    }

    static func tag(_ name: String) -> hb_tag_t {
        name.utf8.reduce(0) { $0 << 8 | hb_tag_t($1) }
    }

    private static func table(_ tag: hb_tag_t, of face: OpaquePointer) -> [UInt8] {
        let blob = hb_face_reference_table(face, tag)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return [] }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }
}
