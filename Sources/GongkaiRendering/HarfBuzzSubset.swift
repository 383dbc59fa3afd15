import CHarfBuzz

/// One run of HarfBuzz's subsetter: a face cut to some glyphs, renumbered from 0 in the source's order,
/// without the tables a PDF has no use for.
enum HarfBuzzSubset {
    /// The bytes of `face` cut to `glyphs` (the whole font file, or only `table` of it) and each kept
    /// source glyph's new id; nil when HarfBuzz cannot cut the font.
    static func cut(
        _ face: OpaquePointer, glyphs: Set<UInt32>, flags: hb_subset_flags_t, dropping tables: [String], table: String? = nil
    ) -> (bytes: [UInt8], newGlyphs: [UInt32: UInt32])? {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let set = hb_subset_input_glyph_set(input)
        for glyph in glyphs { hb_set_add(set, glyph) }
        hb_subset_input_set_flags(input, flags.rawValue)
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in tables { hb_set_add(drop, SourceFontChecksum.tag(tag)) }
        guard let plan = hb_subset_plan_create_or_fail(face, input) else { return nil }
        defer { hb_subset_plan_destroy(plan) }
        guard let subset = hb_subset_plan_execute_or_fail(plan) else { return nil }
        defer { hb_face_destroy(subset) }
        let blob = table.map { hb_face_reference_table(subset, SourceFontChecksum.tag($0)) } ?? hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
        let mapping = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var newGlyphs: [UInt32: UInt32] = [:]
        for glyph in glyphs {
            let new = hb_map_get(mapping, glyph)
            if new != UInt32.max { newGlyphs[glyph] = new }
        }
        return (bytes, newGlyphs)
    }
}
