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
        guard hb_blob_get_length(glyf) > 0, let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let set = hb_subset_input_glyph_set(input)
        for glyph in glyphs.sorted() { hb_set_add(set, glyph) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "VORG", "vhea", "vmtx", "cmap", "post", "kern", "DSIG"] {
            hb_set_add(drop, SourceFontChecksum.tag(tag))
        }
        guard let plan = hb_subset_plan_create_or_fail(face, input) else { return nil }
        defer { hb_subset_plan_destroy(plan) }
        guard let subset = hb_subset_plan_execute_or_fail(plan) else { return nil }
        defer { hb_face_destroy(subset) }
        let blob = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        program = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
        let mapping = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var glyphIDs: [UInt32: UInt16] = [:]
        for glyph in glyphs {
            let new = hb_map_get(mapping, glyph)
            if new != UInt32.max, new < 1 << 16 { glyphIDs[glyph] = UInt16(new) }
        }
        self.glyphIDs = glyphIDs
    }
}
