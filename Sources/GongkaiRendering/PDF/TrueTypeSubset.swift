import CHarfBuzz

/// A TrueType font (glyf outlines: SimHei, FangSong and most licensed Chinese fonts) cut by HarfBuzz to
/// one document's glyphs, renumbered from 0, hints removed, with only the tables a PDF reader needs.
/// TrueType outlines are copied, not reinterpreted, so cutting per document is cheap.
struct TrueTypeSubset {
    /// The font file (FontFile2).
    let program: [UInt8]
    /// The subset's glyph id of each source glyph: the code text is shown with (CIDToGIDMap /Identity).
    let glyphIDs: [UInt32: UInt16]

    /// nil when `face` has no TrueType outlines or HarfBuzz cannot cut it.
    init?(_ face: OpaquePointer, glyphs: Set<UInt32>) {
        let glyf = hb_face_reference_table(face, SourceFontChecksum.tag("glyf"))
        defer { hb_blob_destroy(glyf) }
        guard hb_blob_get_length(glyf) > 0,
            let (bytes, newGlyphs) = HarfBuzzSubset.cut(
                face, glyphs: glyphs, flags: HB_SUBSET_FLAGS_NO_HINTING,
                dropping: ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "VORG", "vhea", "vmtx", "cmap", "post", "kern", "DSIG"])
        else { return nil }
        program = bytes
        glyphIDs = newGlyphs.compactMapValues { $0 < 1 << 16 ? UInt16($0) : nil }
    }
}
