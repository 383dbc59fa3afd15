import CCairo
import CHarfBuzz
import CPango
import Foundation

/// Fonts cut down with HarfBuzz to the glyphs a document draws, before Cairo embeds them.
///
/// Cairo's own subsetting keeps a CJK CFF font's subroutines, hundreds of kilobytes a document, and
/// compressing them is much of a PDF's writing time. HarfBuzz subsets to the glyphs used, keeping their ids
/// (so glyphs shaped by Pango stay valid) and removing the subroutines; Cairo then embeds the small font.
final class FontSubsets {
    /// Glyphs used, by the HarfBuzz face (the font file and face index Pango shaped with).
    private var glyphs: [OpaquePointer: Set<UInt32>] = [:]
    /// Cairo font faces of the subsets; each owns its FreeType face and bytes (freed by Cairo's destroy).
    private var faces: [OpaquePointer: OpaquePointer] = [:]

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
    }

    /// The HarfBuzz face of a Pango font.
    static func face(of font: UnsafeMutablePointer<PangoFont>) -> OpaquePointer? {
        guard let hbFont = pango_font_get_hb_font(font) else { return nil }
        return hb_font_get_face(hbFont)
    }

    func use(_ glyph: UInt32, of face: OpaquePointer) {
        glyphs[face, default: []].insert(glyph)
    }

    /// Makes the subsets; a face that cannot be subset is drawn from its full font by Pango instead.
    func build() {
        for (face, used) in glyphs where faces[face] == nil {
            if let subset = Self.subset(face, glyphs: used) { faces[face] = subset }
        }
    }

    /// The Cairo font face for the subset of `face`, if there is one.
    func cairoFace(for face: OpaquePointer) -> OpaquePointer? { faces[face] }

    private static func subset(_ face: OpaquePointer, glyphs: Set<UInt32>) -> OpaquePointer? {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let set = hb_subset_input_glyph_set(input)
        for glyph in glyphs { hb_set_add(set, glyph) }
        hb_subset_input_set_flags(
            input,
            HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue | HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        guard let subset = hb_subset_or_fail(face, input) else { return nil }
        defer { hb_face_destroy(subset) }
        let blob = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        return FreeTypeFaces.cairoFace(copying: UnsafeRawPointer(data), count: Int(length))
    }
}

/// FreeType for the subsets: one library for the process (Cairo may free a face after any document),
/// used under a lock because batch workers run at once.
enum FreeTypeFaces {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var library: FT_Library? = {
        var library: FT_Library?
        return FT_Init_FreeType(&library) == 0 ? library : nil
    }()

    /// What a Cairo font face's destroy callback frees: the FreeType face and the bytes it reads.
    private struct Owned {
        var face: FT_Face
        var bytes: UnsafeMutableRawPointer
    }

    nonisolated(unsafe) private static var key = cairo_user_data_key_t()

    /// A Cairo font face over a copy of the font bytes; the copy and the FreeType face are freed when
    /// Cairo destroys the font face.
    ///
    /// The lock covers FreeType calls only, never a call into Cairo: Cairo runs the destroy callback (which
    /// takes the lock) while holding its own font mutex, so holding the lock around a Cairo call could
    /// deadlock two workers.
    static func cairoFace(copying data: UnsafeRawPointer, count: Int) -> OpaquePointer? {
        guard let bytes = malloc(count) else { return nil }
        memcpy(bytes, data, count)
        var face: FT_Face?
        lock.lock()
        let error = library.map { FT_New_Memory_Face($0, bytes.assumingMemoryBound(to: FT_Byte.self), FT_Long(count), 0, &face) } ?? 1
        lock.unlock()
        guard error == 0, let face else {
            free(bytes)
            return nil
        }
        let owned = UnsafeMutablePointer<Owned>.allocate(capacity: 1)
        owned.initialize(to: Owned(face: face, bytes: bytes))
        guard let cairoFace = cairo_ft_font_face_create_for_ft_face(face, 0) else {
            release(owned)
            return nil
        }
        let status = cairo_font_face_set_user_data(cairoFace, &key, owned) { pointer in
            guard let owned = pointer?.assumingMemoryBound(to: Owned.self) else { return }
            FreeTypeFaces.release(owned)
        }
        if status != CAIRO_STATUS_SUCCESS {
            cairo_font_face_destroy(cairoFace)
            release(owned)
            return nil
        }
        return cairoFace
    }

    private static func release(_ owned: UnsafeMutablePointer<Owned>) {
        lock.lock()
        defer { lock.unlock() }
        FT_Done_Face(owned.pointee.face)
        free(owned.pointee.bytes)
        owned.deinitialize(count: 1)
        owned.deallocate()
    }
}
