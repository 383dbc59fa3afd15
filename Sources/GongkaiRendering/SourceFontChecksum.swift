import CHarfBuzz

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
