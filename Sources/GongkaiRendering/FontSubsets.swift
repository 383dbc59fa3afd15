import CCairo
import CHarfBuzz
import CPango

/// The subset fonts one document draws with: the glyphs it uses, by source font, and for each source font
/// a subset face with at least those glyphs from the process's `SubsetFaceCache`.
///
/// Cairo's own subsetting keeps a CJK CFF font's subroutines, hundreds of kilobytes a document, and
/// compressing them is much of a PDF's writing time. HarfBuzz subsets keep the glyph ids (so glyphs shaped
/// by Pango stay valid) and remove the subroutines; Cairo then embeds the glyphs drawn from the small font.
final class FontSubsets {
    private let cache: SubsetFaceCache
    /// Glyphs used, by the HarfBuzz face (the font file and face index Pango shaped with).
    private var glyphs: [OpaquePointer: Set<UInt32>] = [:]
    /// Cairo font faces of the subsets, one reference each.
    private var faces: [OpaquePointer: OpaquePointer] = [:]

    init(cache: SubsetFaceCache) {
        self.cache = cache
    }

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
    }

    /// The HarfBuzz face of a Pango font.
    static func face(of font: UnsafeMutablePointer<PangoFont>) -> OpaquePointer? {
        guard let hbFont = pango_font_get_hb_font(font) else { return nil }
        return hb_font_get_face(hbFont)
    }

    /// Records glyphs drawn with `face` (a shaped item's at a time: one dictionary update, not one a glyph).
    func use(_ drawn: some Sequence<UInt32>, of face: OpaquePointer) {
        glyphs[face, default: []].formUnion(drawn)
    }

    /// Finds the subsets; a face that cannot be subset is drawn from its full font by Pango instead.
    func build() {
        for (face, used) in glyphs where faces[face] == nil {
            if let subset = cache.face(for: face, covering: used) { faces[face] = subset }
        }
    }

    /// The Cairo font face for the subset of `face`, if there is one.
    func cairoFace(for face: OpaquePointer) -> OpaquePointer? { faces[face] }
}
