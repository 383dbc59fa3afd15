import CHarfBuzz
import GongkaiPDF

/// The `CFF ` table of a face read in place (`CFFSource`), to cut glyphs from without HarfBuzz's subset
/// plan. Holds a reference to the table's blob, which keeps the bytes (the mapped font file) alive.
final class CFFSourceTable: @unchecked Sendable {
    private let blob: OpaquePointer
    let source: CFFSource

    /// nil when the face has no CFF table or it is not a CID-keyed CFF font.
    init?(_ face: HarfBuzzFace) {
        guard let blob = hb_face_reference_table(face.pointer, HarfBuzzFace.tag("CFF ")) else { return nil }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0,
            let source = try? CFFSource(bytes: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: Int(length))
        else {
            hb_blob_destroy(blob)
            return nil
        }
        self.blob = blob
        self.source = source
    }

    deinit {
        hb_blob_destroy(blob)
    }
}
