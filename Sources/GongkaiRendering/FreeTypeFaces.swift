import CCairo
import Foundation

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
