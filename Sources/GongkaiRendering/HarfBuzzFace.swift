import CHarfBuzz

/// A HarfBuzz face (`hb_face_t`): one face of a font file as HarfBuzz reads it. Every HarfBuzz call on a
/// face goes through here (and the subsetter's through `HarfBuzzSubset`), so that the rest of the code
/// holds a typed value, not a bare pointer.
///
/// A face is borrowed (a Pango font's, valid while the font is) unless it was made by `open` or
/// `mapping`, which return one reference the caller gives back with `release()`.
struct HarfBuzzFace: Hashable, @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// The face of a HarfBuzz font (`hb_font_t`), borrowed.
    init(font: OpaquePointer) {
        pointer = hb_font_get_face(font)
    }

    /// Face `index` of the font file at `path`, one reference; nil when the file cannot be read or has
    /// no such face (it is not an OpenType or TrueType font).
    static func open(path: String, index: UInt32) -> HarfBuzzFace? {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { return nil }
        defer { hb_blob_destroy(blob) }
        guard index < hb_face_count(blob), let face = hb_face_create(blob, index) else { return nil }
        return HarfBuzzFace(face)
    }

    /// Face `index` of the font bytes at `base`, which `owner` keeps alive until HarfBuzz lets go of them;
    /// one reference.
    static func mapping(_ base: UnsafeRawPointer, size: Int, index: UInt32, owner: AnyObject) -> HarfBuzzFace? {
        let context = Unmanaged.passRetained(owner).toOpaque()
        let blob = hb_blob_create(
            base.assumingMemoryBound(to: CChar.self), UInt32(clamping: size), HB_MEMORY_MODE_READONLY, context,
            { pointer in
                guard let pointer else { return }
                Unmanaged<AnyObject>.fromOpaque(pointer).release()
            })
        defer { hb_blob_destroy(blob) }
        return hb_face_create(blob, index).map { HarfBuzzFace($0) }
    }

    /// Gives back the reference `open` or `mapping` returned.
    func release() {
        hb_face_destroy(pointer)
    }

    /// An OpenType table tag ("glyf", "CFF ").
    static func tag(_ name: String) -> hb_tag_t {
        name.utf8.reduce(0) { $0 << 8 | hb_tag_t($1) }
    }

    var index: UInt32 { hb_face_get_index(pointer) }
    var glyphCount: UInt32 { hb_face_get_glyph_count(pointer) }
    var unitsPerEm: Int { Int(max(1, hb_face_get_upem(pointer))) }

    /// The tags of the face's tables (at most 64).
    var tableTags: [hb_tag_t] {
        var tags = [hb_tag_t](repeating: 0, count: 64)
        var count = UInt32(tags.count)
        let total = hb_face_get_table_tags(pointer, 0, &count, &tags)
        return Array(tags.prefix(Int(min(count, total))))
    }

    /// The length of table `tag`; 0 when the face has none.
    func tableLength(_ tag: hb_tag_t) -> UInt32 {
        let blob = hb_face_reference_table(pointer, tag)
        defer { hb_blob_destroy(blob) }
        return hb_blob_get_length(blob)
    }

    func has(_ table: String) -> Bool { tableLength(Self.tag(table)) > 0 }

    /// The bytes of table `tag`; empty when the face has none.
    func table(_ tag: hb_tag_t) -> [UInt8] {
        let blob = hb_face_reference_table(pointer, tag)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return [] }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }

    /// The English PostScript name (name ID 6), as written; empty when there is none.
    var postScriptName: String {
        var name = [CChar](repeating: 0, count: 128)
        var size = UInt32(name.count)
        hb_ot_name_get_utf8(pointer, hb_ot_name_id_t(6), hb_language_from_string("en", -1), &size, &name)
        return String(decoding: name.prefix(Int(size)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The horizontal ascender, descender and cap height in design units, each nil when the font does not
    /// give it.
    var verticalMetrics: (ascender: Int?, descender: Int?, capHeight: Int?) {
        let font = hb_font_create(pointer)
        defer { hb_font_destroy(font) }
        var position: hb_position_t = 0
        func metric(_ tag: hb_ot_metrics_tag_t) -> Int? {
            hb_ot_metrics_get_position(font, tag, &position) != 0 ? Int(position) : nil
        }
        return (
            metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER), metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER),
            metric(HB_OT_METRICS_TAG_CAP_HEIGHT)
        )
    }

    /// The horizontal advances of `glyphs` in design units.
    func advances(of glyphs: Set<UInt32>) -> [UInt32: Int] {
        let font = hb_font_create(pointer)
        defer { hb_font_destroy(font) }
        var advances: [UInt32: Int] = [:]
        for glyph in glyphs { advances[glyph] = Int(hb_font_get_glyph_h_advance(font, glyph)) }
        return advances
    }
}
