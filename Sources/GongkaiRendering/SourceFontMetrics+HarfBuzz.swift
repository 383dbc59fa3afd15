import CHarfBuzz
import GongkaiPDF

extension SourceFontMetrics {
    /// The metrics of a HarfBuzz face: its name table, metrics and 'head' table.
    init(_ face: OpaquePointer) {
        let unitsPerEm = Int(max(1, hb_face_get_upem(face)))
        let font = hb_font_create(face)
        defer { hb_font_destroy(font) }
        var name = [CChar](repeating: 0, count: 128)
        var size = UInt32(name.count)
        hb_ot_name_get_utf8(face, hb_ot_name_id_t(6), hb_language_from_string("en", -1), &size, &name)
        var postScriptName = String(decoding: name.prefix(Int(size)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
        let ascender = metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, default: unitsPerEm * 88 / 100)
        let descender = metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, default: -unitsPerEm * 12 / 100)
        let capHeight = metric(HB_OT_METRICS_TAG_CAP_HEIGHT, default: unitsPerEm * 7 / 10)
        var boundingBox = (xMin: 0, yMin: descender, xMax: unitsPerEm, yMax: ascender)
        let head = hb_face_reference_table(face, SourceFontChecksum.tag("head"))
        defer { hb_blob_destroy(head) }
        var length: UInt32 = 0
        if let data = hb_blob_get_data(head, &length), length >= 44 {
            let bytes = UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self)
            func int16(_ offset: Int) -> Int { Int(Int16(bitPattern: UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1]))) }
            boundingBox = (int16(36), int16(38), int16(40), int16(42))
        }
        self.init(
            unitsPerEm: unitsPerEm, postScriptName: postScriptName, boundingBox: boundingBox, ascender: ascender,
            descender: descender, capHeight: capHeight)
    }

    /// Records the horizontal advances of `glyphs` in `face`.
    mutating func recordAdvances(of glyphs: Set<UInt32>, in face: OpaquePointer) {
        let font = hb_font_create(face)
        defer { hb_font_destroy(font) }
        for glyph in glyphs { advances[glyph] = Int(hb_font_get_glyph_h_advance(font, glyph)) }
    }
}
