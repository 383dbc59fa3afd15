import CHarfBuzz

/// The outlines of a font file's face as the PDF writer sees them: it embeds TrueType (`glyf`) and CFF
/// outlines, CID-keyed or name-keyed. Checked when fonts are set up, so that a font it cannot embed is
/// refused, named, before any document is typeset with it.
enum FontOutlines {
    /// Why face `index` of the font file at `path` cannot be embedded; nil when it can.
    static func problem(path: String, index: UInt32) -> String? {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { return "it cannot be read" }
        defer { hb_blob_destroy(blob) }
        guard index < hb_face_count(blob) else { return "it is not an OpenType or TrueType font" }
        let face = hb_face_create(blob, index)
        defer { hb_face_destroy(face) }
        func has(_ table: String) -> Bool {
            let data = hb_face_reference_table(face, SourceFontChecksum.tag(table))
            defer { hb_blob_destroy(data) }
            return hb_blob_get_length(data) > 0
        }
        if has("glyf") || has("CFF ") { return nil }
        if has("CFF2") { return "its outlines are CFF2, which PDF cannot embed" }
        if has("CBDT") || has("sbix") || has("EBDT") { return "it has bitmap glyphs only" }
        return "it has neither TrueType nor CFF outlines"
    }
}
