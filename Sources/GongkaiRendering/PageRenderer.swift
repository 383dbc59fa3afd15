import CCairo
import Foundation
import GongkaiDocument
import GongkaiPDF
import GongkaiTypesetting

/// Writes typeset pages as PDF (`PDFDocumentWriter`) or PNG (Cairo), drawing the glyphs its measurer shaped.
/// Not thread-safe: one per thread (they may share nothing but files).
public final class PageRenderer {
    /// The measurer to typeset with: the glyphs it shapes are what this renderer draws.
    public let measurer: PangoTextMeasurer
    private let painter: PagePainter
    /// Where the CFF font programs come from: the process's cache, shared by every renderer (and batch
    /// worker).
    let programs: CFFProgramCache
    private let deflater = Deflater()

    public convenience init(fonts: FontSetup) {
        self.init(fonts: fonts, programs: .shared)
    }

    init(fonts: FontSetup, programs: CFFProgramCache) {
        measurer = PangoTextMeasurer(fonts: fonts)
        painter = PagePainter()
        self.programs = programs
    }

    /// Writes every page into one PDF at `path`, fonts embedded and subset, its dictionaries in compressed
    /// object streams (PDF 1.5). `path` is written once, complete (callers rename it into place).
    /// - Parameter creationDate: ISO 8601 ("2023-02-10T00:00:00"), written instead of the clock's time so
    ///   that the same input gives the same bytes.
    /// - Parameter frontMatterPages: pages before the first numbered one (a volume's cover and contents),
    ///   labelled i, ii, … so that page labels match the printed numbers.
    public func writePDF(
        _ document: TypesetDocument, to path: String, creationDate: String, frontMatterPages: Int = 0
    ) throws {
        let stream = beginPDF(metadata: document.metadata, creationDate: creationDate, frontMatterPages: frontMatterPages)
        for page in document.pages { try stream.add(page) }
        try stream.finish(to: path)
    }

    /// A PDF written as its pages come (`PDFPageStream`), from the glyphs the pages carry; nothing of a page is kept
    /// but its compressed content and a few numbers.
    public func beginPDF(metadata: DocumentMetadata, creationDate: String, frontMatterPages: Int = 0) -> PDFPageStream {
        PDFPageStream(
            writer: PDFDocumentWriter(
                programs: programs, deflater: deflater, metadata: metadata, creationDate: creationDate,
                frontMatterPages: frontMatterPages))
    }

    /// Draws `page` at `dpi` dots per inch on a white background.
    public func rasterize(_ page: Page, dpi: Double) throws -> RasterImage {
        RasterImage(surface: try drawImage(page, dpi: dpi))
    }

    private func drawImage(_ page: Page, dpi: Double) throws -> CairoSurface {
        let scale = dpi / 72
        let surface = try CairoSurface(
            taking: cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, Int32((page.width * scale).rounded()), Int32((page.height * scale).rounded())),
            operation: .creatingImage(dpi: dpi))
        let context = try CairoContext(surface: surface)
        cairo_set_source_rgb(context.pointer, 1, 1, 1)
        cairo_paint(context.pointer)
        cairo_scale(context.pointer, scale, scale)
        painter.paint(page, on: context)
        cairo_surface_flush(surface.pointer)
        return surface
    }

    /// Writes `page` as a PNG at `dpi` dots per inch on a white background.
    public func writePNG(_ page: Page, to path: String, dpi: Double) throws {
        let surface = try drawImage(page, dpi: dpi)
        let status = cairo_surface_write_to_png(surface.pointer, path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderingError.cannotWritePNG(path: path, status: String(cString: cairo_status_to_string(status)))
        }
    }
}
