import CCairo
import Foundation
import GongkaiDocument
import GongkaiTypesetting

/// Writes typeset pages as PDF or PNG through Cairo, with the same shaper its measurer uses.
/// Not thread-safe: one per thread (they may share nothing but files).
public final class PageRenderer {
    /// The measurer to typeset with; it shapes exactly as this renderer draws.
    public let measurer: PangoTextMeasurer
    private let painter: PagePainter
    /// Where the font programs come from: the process's caches, shared by every renderer (and batch
    /// worker). `programs` serves the PDF writer, `subsetCache` Cairo, for fonts the writer cannot embed.
    let programs: CFFProgramCache
    let subsetCache: SubsetFaceCache
    private let deflater = Deflater()

    public convenience init(fonts: FontSetup) {
        self.init(fonts: fonts, programs: .shared, subsetCache: .shared)
    }

    init(fonts: FontSetup, programs: CFFProgramCache, subsetCache: SubsetFaceCache) {
        measurer = PangoTextMeasurer(fonts: fonts)
        painter = PagePainter(shaper: measurer.shaper)
        self.programs = programs
        self.subsetCache = subsetCache
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
        for page in document.pages where try !stream.add(page) { break }
        if try stream.finish(to: path) { return }
        try writeWithCairo(document, to: path, creationDate: creationDate, frontMatterPages: frontMatterPages)
    }

    /// A PDF written as its pages come (`PDFPageStream`), by this renderer's shaper; nothing of a page is kept
    /// but its compressed content and a few numbers.
    public func beginPDF(metadata: DocumentMetadata, creationDate: String, frontMatterPages: Int = 0) -> PDFPageStream {
        PDFPageStream(
            writer: PDFDocumentWriter(
                shaper: measurer.shaper, programs: programs, deflater: deflater, metadata: metadata, creationDate: creationDate,
                frontMatterPages: frontMatterPages))
    }

    /// The same PDF through Cairo's PDF surface, for documents whose fonts `PDFDocumentWriter` cannot
    /// embed (name-keyed CFF, CFF2).
    func writeWithCairo(_ document: TypesetDocument, to path: String, creationDate: String, frontMatterPages: Int) throws {
        let first = document.pages.first
        // Cairo writes into memory; the file is written once, completed and compressed.
        let sink = PDFByteSink()
        let surface = try CairoSurface(
            taking: cairo_pdf_surface_create_for_stream(
                PDFByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), first?.width ?? 595.276, first?.height ?? 841.89),
            operation: "creating \(path)", keeping: sink)
        let metadata = document.metadata
        let fields: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title),
            (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject),
            (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", ")),
            (CAIRO_PDF_METADATA_CREATOR, "Gongkai"),
            (CAIRO_PDF_METADATA_CREATE_DATE, creationDate),
            (CAIRO_PDF_METADATA_MOD_DATE, creationDate),
        ]
        for (field, value) in fields where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface.pointer, field, value)
        }
        let context = try CairoContext(surface: surface)
        // Fonts cut down (to at least the glyphs this document draws) before Cairo embeds them.
        let subsets = FontSubsets(cache: subsetCache)
        for page in document.pages { painter.collectGlyphs(page, into: subsets) }
        subsets.build()
        var painter = self.painter
        painter.subsets = subsets
        // Outline items nest under the nearest earlier heading of a higher level.
        var parents: [(level: Int, id: Int32)] = []
        var cellSpans: [(rows: Int, columns: Int)] = []
        for (index, page) in document.pages.enumerated() {
            cairo_pdf_surface_set_size(surface.pointer, page.width, page.height)
            // Every page is a named destination for links (a volume's contents point at them).
            cairo_tag_begin(context.pointer, CAIRO_TAG_DEST, "name='\(PagePainter.destinationName(index + 1))' x=0 y=0")
            cairo_tag_end(context.pointer, CAIRO_TAG_DEST)
            cellSpans += painter.paint(page, on: context, tagged: true)
            for entry in page.outline {
                while let last = parents.last, last.level >= entry.level { parents.removeLast() }
                let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
                let destination = String(format: "page=%d pos=[0 %.2f]", index + 1, entry.y)
                let id = cairo_pdf_surface_add_outline(
                    surface.pointer, parent, entry.title, destination, cairo_pdf_outline_flags_t(rawValue: 0))
                parents.append((entry.level, id))
            }
            cairo_show_page(context.pointer)
        }
        try surface.finish(operation: "writing \(path)")
        // What Cairo does not write: the mark that the PDF is tagged, its language, page labels matching the
        // printed numbers; the same entries as PDFDocumentWriter's.
        var file = try PDFFile(bytes: sink.bytes)
        try file.addToCatalog(PDFDocumentWriter.catalogAdditions(document, frontMatterPages: frontMatterPages))
        file.setCellSpans(cellSpans)
        let bytes = try CompressedPDFWriter.write(file, deflater: deflater)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
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
            operation: "creating a \(dpi) dpi image")
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
            throw RenderingError.cairo(operation: "writing \(path)", status: String(cString: cairo_status_to_string(status)))
        }
    }
}
