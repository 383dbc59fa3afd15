import CHarfBuzz

/// One run of HarfBuzz's subsetter: a face cut to some glyphs, renumbered from 0 in the source's order,
/// hints removed, without the tables a PDF has no use for. The only caller of HarfBuzz's subsetter.
enum HarfBuzzSubset {
    /// The bytes of `face` cut to `glyphs` (the whole font file, or only `table` of it) and each kept
    /// source glyph's new id, CFF subroutines inlined with `desubroutinize`; nil when HarfBuzz cannot cut
    /// the font.
    static func cut(
        _ face: HarfBuzzFace, glyphs: Set<UInt32>, desubroutinize: Bool, dropping tables: [String], table: String? = nil
    ) -> (bytes: [UInt8], newGlyphs: [UInt32: UInt32])? {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let set = hb_subset_input_glyph_set(input)
        for glyph in glyphs { hb_set_add(set, glyph) }
        let flags = HB_SUBSET_FLAGS_NO_HINTING.rawValue | (desubroutinize ? HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue : 0)
        hb_subset_input_set_flags(input, flags)
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in tables { hb_set_add(drop, HarfBuzzFace.tag(tag)) }
        guard let plan = hb_subset_plan_create_or_fail(face.pointer, input) else { return nil }
        defer { hb_subset_plan_destroy(plan) }
        guard let subset = hb_subset_plan_execute_or_fail(plan) else { return nil }
        defer { hb_face_destroy(subset) }
        let blob = table.map { hb_face_reference_table(subset, HarfBuzzFace.tag($0)) } ?? hb_face_reference_blob(subset)
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
