import Foundation
import GongkaiDocument
import GongkaiLayout
import GongkaiMessages
import GongkaiModel
import GongkaiRendering
import GongkaiSnapshot
import GongkaiTypesetting

/// What a render produced and what the user should know about it.
public struct RenderReport: Sendable {
    /// The PDF written.
    public var pdfPath: String
    /// PNG pages written, if asked for.
    public var pngPaths: [String]
    public var pageCount: Int
    /// Things set but not as asked (reported, never silent).
    public var warnings: [String]
    /// Characters of this document that no font in their chain can draw.
    public var missingCharacters: [Character]
}

/// Renders department disclosures to PDF: the library's entry point.
///
/// ```swift
/// let renderer = try DisclosureRenderer(fontConfiguration: "Fonts/fonts.conf")
/// let layout = try LayoutLoader.load(from: "Layouts/department-budget")
/// let disclosure = try DisclosureLoader.load(contentsOf: "116-2023.yaml")
/// let report = try renderer.render(disclosure, layout: layout, to: "116-2023.pdf")
/// ```
///
/// One renderer holds the font setup and caches; reuse it for many documents. Not thread-safe: use one
/// per thread.
public final class DisclosureRenderer {
    let fonts: FontSetup
    let pages: PageRenderer

    /// - Parameter fontConfiguration: the fontconfig file to load fonts through (`Fonts/fonts.conf`).
    public init(fontConfiguration: String) throws {
        fonts = try FontSetup(configurationPath: fontConfiguration)
        pages = PageRenderer(fonts: fonts)
    }

    /// Every font file the renderer can use.
    public var fontFiles: [String] { fonts.fontFiles }

    /// Characters met so far that no font in their chain can draw.
    public var missingCharacters: [Character] { pages.measurer.missing }

    /// Characters of the document typeset last that no font in their chain can draw.
    public var missingInDocument: [Character] { pages.measurer.missingInDocument }

    /// Composes and typesets `disclosure` with `layout`, without writing anything.
    public func typeset(_ disclosure: Disclosure, layout: Layout) throws -> TypesetDocument {
        // Measurements are kept across documents up to a bound: shared texts are measured once, and memory
        // stays flat in batches.
        pages.measurer.beginDocument()
        let typesetter = Typesetter(measurer: pages.measurer)
        return try DocumentComposer(layout: layout).typeset(disclosure) { try typesetter.typeset($0) }
    }

    /// Characters of `disclosure` that no font in their chain can draw, found by setting it with `layout` as
    /// `render` does, page by page, keeping no page: what `check` needs, in the memory of a few pages.
    public func missingCharacters(of disclosure: Disclosure, layout: Layout) throws -> [Character] {
        FreedMemory.giveBack()
        pages.measurer.beginDocument()
        let typesetter = Typesetter(measurer: pages.measurer)
        let document = try DocumentComposer(layout: layout).composeForStreaming(LayoutData(disclosure, layout: layout), typesetter: typesetter)
        _ = try typesetter.typeset(document) { _ in }
        return missingInDocument
    }

    /// Typesets a document tree with this renderer's fonts (for documents built without a layout).
    public func typeset(_ document: Document) throws -> TypesetDocument {
        try Typesetter(measurer: pages.measurer).typeset(document)
    }

    /// Renders `disclosure` with `layout` to a PDF at `pdfPath` (and PNG pages into `pngDirectory`).
    ///
    /// The PDF is written to a temporary file beside `pdfPath` and renamed over it only when complete,
    /// so a failed render never leaves a half-written PDF.
    /// - Parameter creationDate: ISO 8601; when nil, `SOURCE_DATE_EPOCH` if set, else 1 January of the
    ///   budget year — never the clock, so the same input always gives the same bytes.
    ///
    /// Pages are written as they are set, and let go: memory does not grow with the document's length.
    public func render(
        _ disclosure: Disclosure, layout: Layout, to pdfPath: String, pngDirectory: String? = nil, dpi: Double = 80,
        creationDate: String? = nil
    ) throws -> RenderReport {
        try render(LayoutData(disclosure, layout: layout), to: pdfPath, pngDirectory: pngDirectory, dpi: dpi, creationDate: creationDate)
    }

    /// `render(_:layout:to:…)` from data already read with its layout (for the layout's findings, say).
    public func render(
        _ data: LayoutData, to pdfPath: String, pngDirectory: String? = nil, dpi: Double = 80, creationDate: String? = nil
    ) throws -> RenderReport {
        // What loading the department freed (a long one's YAML tree).
        FreedMemory.giveBack()
        pages.measurer.beginDocument()
        let document = try DocumentComposer(layout: data.layout)
            .composeForStreaming(data, typesetter: Typesetter(measurer: pages.measurer))
        return try render(
            consume document, to: pdfPath, pngDirectory: pngDirectory, dpi: dpi,
            creationDate: creationDate ?? Self.defaultCreationDate(year: data.disclosure.year))
    }

    /// Typesets `document` and writes each page to the PDF (and a PNG) as soon as it is set.
    ///
    /// The document tree is let go once it is set, before the PDF is assembled: a long table's cells are
    /// as large as the structure tree the PDF is assembled from.
    func render(
        _ document: consuming Document, to pdfPath: String, pngDirectory: String?, dpi: Double, creationDate: String
    ) throws -> RenderReport {
        if let pngDirectory { try AtomicFile.makeFolder(pngDirectory, for: "PNG pages") }
        let stem = ((pdfPath as NSString).lastPathComponent as NSString).deletingPathExtension
        let metadata = document.metadata
        var unset: Document? = consume document
        var pngPaths: [String] = []
        var summary: TypesetSummary?
        try AtomicFile.write(to: pdfPath) { temporary in
            let stream = pages.beginPDF(metadata: metadata, creationDate: creationDate)
            summary = try unset.take().map { document in
                try Typesetter(measurer: pages.measurer).typeset(document) { page in
                    try stream.add(page)
                    guard let pngDirectory else { return }
                    let path = (pngDirectory as NSString).appendingPathComponent(String(format: "%@-%03d.png", stem, page.number))
                    try AtomicFile.write(to: path) { try pages.writePNG(page, to: $0, dpi: dpi) }
                    pngPaths.append(path)
                }
            }
            // Set: the document tree is gone, and measurements past the bound the next document would
            // forget are forgotten now, before the PDF's objects are made.
            pages.measurer.trimCache()
            FreedMemory.giveBack()
            try stream.finish(to: temporary)
        }
        return RenderReport(
            pdfPath: pdfPath, pngPaths: pngPaths, pageCount: summary?.pageCount ?? 0, warnings: (summary?.warnings ?? []).map { $0.description(in: .current) },
            missingCharacters: pages.measurer.missingInDocument)
    }

    /// Writes a document this renderer typeset last (`typeset(_:layout:)`) as `render` does; for callers
    /// that look at the typeset document first (`render --strict` refuses one with missing characters).
    public func render(
        _ typeset: TypesetDocument, to pdfPath: String, pngDirectory: String? = nil, dpi: Double = 80, creationDate: String
    ) throws -> RenderReport {
        try write(typeset, to: pdfPath, creationDate: creationDate)
        var pngPaths: [String] = []
        if let pngDirectory {
            try AtomicFile.makeFolder(pngDirectory, for: "PNG pages")
            let stem = ((pdfPath as NSString).lastPathComponent as NSString).deletingPathExtension
            for page in typeset.pages {
                let path = (pngDirectory as NSString).appendingPathComponent(String(format: "%@-%03d.png", stem, page.number))
                try AtomicFile.write(to: path) { try pages.writePNG(page, to: $0, dpi: dpi) }
                pngPaths.append(path)
            }
        }
        return RenderReport(
            pdfPath: pdfPath, pngPaths: pngPaths, pageCount: typeset.pages.count,
            warnings: typeset.warnings.map { $0.description(in: .current) }, missingCharacters: pages.measurer.missingInDocument)
    }

    /// Writes already typeset pages as a PDF (atomically), with the creation date of `defaultCreationDate`.
    public func write(_ document: TypesetDocument, to path: String, creationDate: String = "2024-01-01T00:00:00Z") throws {
        try AtomicFile.write(to: path) { try pages.writePDF(document, to: $0, creationDate: creationDate) }
    }

    /// Draws a typeset page as an image, for snapshots.
    public func rasterize(_ page: Page, dpi: Double) throws -> RasterImage {
        try pages.rasterize(page, dpi: dpi)
    }

    /// Records `document`'s pages as references in `directory`: an image of each and a record of what it
    /// draws.
    public func recordSnapshots(of document: TypesetDocument, in directory: String, dpi: Double) throws {
        try SnapshotStore(directory: directory).record(snapshotPages(of: document, dpi: dpi), dpi: dpi, fontFiles: fontFiles)
    }

    /// Compares `document`'s pages with the references in `directory` — what each draws, then its
    /// pixels within `tolerance` — writing diff images for changes.
    public func verifySnapshots(
        of document: TypesetDocument, in directory: String, dpi: Double, tolerance: SnapshotTolerance = SnapshotTolerance()
    ) throws -> SnapshotVerification {
        try SnapshotStore(directory: directory).verify(
            snapshotPages(of: document, dpi: dpi), dpi: dpi, fontFiles: fontFiles, tolerance: tolerance)
    }

    private func snapshotPages(of document: TypesetDocument, dpi: Double) throws -> [SnapshotPage] {
        try document.pages.map { SnapshotPage(image: try rasterize($0, dpi: dpi), record: PageRecord($0)) }
    }

    /// `SOURCE_DATE_EPOCH` as ISO 8601 if set, else the first day of the budget year.
    public static func defaultCreationDate(year: Int) -> String {
        // getenv, not ProcessInfo's environment, which copies the whole environment into a dictionary.
        if let variable = getenv("SOURCE_DATE_EPOCH"), let seconds = TimeInterval(String(cString: variable)) {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.string(from: Date(timeIntervalSince1970: seconds))
        }
        return String(format: "%04d-01-01T00:00:00Z", year)
    }
}
