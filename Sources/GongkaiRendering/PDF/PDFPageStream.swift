import Foundation
import GongkaiTypesetting

/// A PDF taking its pages one at a time, as the typesetter finishes them (`PageRenderer.beginPDF`), so that
/// a document of any length is written in the memory of a few pages and its pages' compressed content.
///
/// The same pages give the same bytes as `PageRenderer.writePDF`.
public final class PDFPageStream {
    private let writer: PDFDocumentWriter

    init(writer: PDFDocumentWriter) {
        self.writer = writer
    }

    /// Takes the next page.
    public func add(_ page: Page) throws {
        try writer.add(page)
    }

    /// Writes the PDF to `path` (once, complete: callers rename it into place).
    public func finish(to path: String) throws {
        let bytes = try writer.finish()
        // Written from the bytes as they are: a long document's file is not copied once more.
        try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            try Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
                .write(to: URL(fileURLWithPath: path))
        }
    }
}
