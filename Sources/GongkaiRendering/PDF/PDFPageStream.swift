import Foundation
import GongkaiTypesetting

/// A PDF taking its pages one at a time, as the typesetter finishes them (`PageRenderer.beginPDF`), so that
/// a document of any length is written in the memory of a few pages and its pages' compressed content.
///
/// The same pages give the same bytes as `PageRenderer.writePDF`. A document with a font this writer cannot
/// embed (`add` returns false) must be written whole through `PageRenderer.writePDF`, which hands it to Cairo.
public final class PDFPageStream {
    private let writer: PDFDocumentWriter

    init(writer: PDFDocumentWriter) {
        self.writer = writer
    }

    /// Takes the next page; false when the document's fonts cannot be embedded by this writer (later pages
    /// need not be given).
    public func add(_ page: Page) throws -> Bool {
        try writer.add(page)
    }

    /// Writes the PDF to `path` (once, complete: callers rename it into place); false, writing nothing, when
    /// the document's fonts cannot be embedded by this writer.
    public func finish(to path: String) throws -> Bool {
        guard let bytes = try writer.finish() else { return false }
        // Written from the bytes as they are: a long document's file is not copied once more.
        try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            try Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
                .write(to: URL(fileURLWithPath: path))
        }
        return true
    }
}
