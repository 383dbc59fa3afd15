import CPango
import GongkaiDocument
import GongkaiPDF
import GongkaiTypesetting

/// Writes typeset pages as a tagged PDF directly, without Cairo: the glyphs the pages carry (as Pango
/// shaped them for the measurer), each where the typesetter placed it, in fonts cut to the glyphs drawn
/// (`CFFProgramCache`); a structure tree with headings, paragraphs, lists, tables and links; outline, page labels, metadata.
///
/// Writing is most of the cost of a document, and a batch writes many: this writer formats the content
/// streams itself, copies font programs together from glyphs cut once per process, and compresses each
/// stream once. TrueType fonts are cut per document. Fonts it cannot embed (CFF2, bitmap fonts) are
/// refused when fonts are set up (`FontOutlines`).
///
/// Pages come one at a time (`add`) and are drawn a few dozen together, then let go: what is kept of a
/// page until the end is its compressed content stream and a few numbers (size, links, outline entries).
/// A CFF font's codes are its CIDs, known once its glyphs are cut; a TrueType subset numbers glyphs by the
/// whole document's set, so its codes are filled into the pages showing them (kept uncompressed) at the
/// end. The bytes are the same as when every page is drawn at once.
final class PDFDocumentWriter {
    let programs: CFFProgramCache
    let deflater: Deflater
    private let metadata: DocumentMetadata
    private let creationDate: String
    private let frontMatterPages: Int
    /// Pages drawn together: fonts are cut once for a short document, and for a long one once for every
    /// so many pages that draw a glyph not cut yet.
    private let pagesPerDrawing: Int

    /// A face glyph runs are drawn with.
    private struct UsedFace {
        var face: HarfBuzzFace
        /// The font file and face index Pango loaded the face from.
        var file: (path: String, index: Int32)?
        var glyphs: Set<UInt32> = []
        /// Which of the first 65,536 glyph ids `glyphs` holds, a bit each: most glyphs drawn were drawn
        /// before, and a bit is cheaper to test than a set to hash.
        var seen = [UInt64](repeating: 0, count: 1 << 10)

        /// Adds the glyphs of `piece` that are drawn to `glyphs`.
        mutating func insertDrawn(of piece: [PlacedGlyph]) {
            // The bitmap held here while it is read and set through a buffer.
            var seen = self.seen
            self.seen = []
            defer { self.seen = seen }
            seen.withUnsafeMutableBufferPointer { seen in
                for glyph in piece where PageWriter.isDrawn(glyph.id) {
                    let id = glyph.id
                    guard id < 1 << 16 else {
                        glyphs.insert(id)
                        continue
                    }
                    let (word, bit) = (Int(id >> 6), UInt64(1) << (id & 63))
                    guard seen[word] & bit == 0 else { continue }
                    seen[word] |= bit
                    glyphs.insert(id)
                }
            }
        }

        /// How many of `glyphs` its font was last given.
        var glyphsGiven = 0
        /// A TrueType face's metrics, advances recorded for `glyphs`.
        var trueTypeMetrics: SourceFontMetrics?
    }

    /// What is kept of a drawn page until the document's objects are numbered.
    private struct DrawnPage {
        var width: Double
        var height: Double
        /// The compressed content stream; uncompressed while `codesToFill` is not empty.
        var content: [UInt8]
        var codesToFill: [(offset: Int, font: Int, use: Int)]
        var links: [DrawnLink]
        var outline: [OutlineEntry]
    }

    /// A link annotation of a drawn page.
    private struct DrawnLink {
        /// Its ordinal among the document's link annotations.
        var ordinal: Int
        /// On the sheet, in PDF's coordinates.
        var rect: [Double]
        var text: String
        var target: LinkTarget
    }

    private var waiting: [Page] = []
    /// Unchecked for overlapping access: noting glyphs updates a face for every glyph drawn, and nothing
    /// reaches `faces` from outside this writer's own methods.
    @exclusivity(unchecked) private var faces: [UsedFace] = []
    private var faceIndex: [HarfBuzzFace: Int] = [:]
    /// The face (and its file) of each font key met, nil for a key of no Pango font.
    private var keyFaces: [FontKey: (face: HarfBuzzFace, file: (path: String, index: Int32)?)?] = [:]
    /// The index in `faces` of each font key whose face is among them.
    private var keyFaceIndex = FontKeyIndex()
    /// One page writer for the whole document: it owns the structure tree, which every page adds to.
    private var writer = PageWriter()
    private var drawn: [DrawnPage] = []
    private var firstNumber: Int?

    init(
        programs: CFFProgramCache, deflater: Deflater, metadata: DocumentMetadata, creationDate: String,
        frontMatterPages: Int, pagesPerDrawing: Int = 32
    ) {
        self.programs = programs
        self.deflater = deflater
        self.metadata = metadata
        self.creationDate = creationDate
        self.frontMatterPages = frontMatterPages
        self.pagesPerDrawing = max(1, pagesPerDrawing)
    }

    /// Takes the document's next page.
    /// - Throws: `RenderingError.unembeddableFont` for a font whose glyphs cannot be cut.
    func add(_ page: Page) throws {
        if drawn.count + waiting.count == frontMatterPages { firstNumber = page.number }
        waiting.append(page)
        if waiting.count >= pagesPerDrawing { try drawWaiting() }
    }

    /// The PDF's bytes.
    /// - Throws: `RenderingError.unembeddableFont` for a font whose glyphs cannot be cut.
    func finish() throws -> [UInt8] {
        try drawWaiting()
        // TrueType fonts are cut now, to the whole document's glyphs, and their codes filled in.
        for (index, used) in faces.enumerated() where writer.fonts[index].codesPending {
            guard let subset = TrueTypeSubsetCache.shared.subset(of: used.face, glyphs: used.glyphs),
                let metrics = used.trueTypeMetrics
            else { throw Self.uncuttable(used) }
            writer.fonts[index].fillCodes(subset, metrics: metrics)
        }
        for index in drawn.indices where !drawn[index].codesToFill.isEmpty {
            var code: [UInt8] = []
            for fill in drawn[index].codesToFill {
                code.removeAll(keepingCapacity: true)
                PDFSyntax.appendHex16(writer.fonts[fill.font].cid(fill.use), into: &code)
                drawn[index].content.replaceSubrange(fill.offset..<(fill.offset + 4), with: code)
            }
            drawn[index].codesToFill = []
            drawn[index].content = try deflater.compress(drawn[index].content, level: Deflater.thorough)
        }
        return try assemble()
    }

    /// Draws the waiting pages, cutting what their glyphs need first.
    private func drawWaiting() throws {
        guard !waiting.isEmpty else { return }
        // Note the glyphs each font draws, fonts in order of first use, in drawing order (a turned frame's
        // content first).
        for page in waiting {
            if let turned = page.turned { noteGlyphs(of: turned.items) }
            noteGlyphs(of: page.items)
        }
        try updateFonts()
        let pages = waiting
        waiting = []
        for page in pages { drawn.append(try draw(page, index: drawn.count)) }
    }

    /// Notes the glyphs each font draws in `items`, fonts in order of first use.
    private func noteGlyphs(of items: [PageItem]) {
        for item in items {
            guard case .text(let run) = item else { continue }
            for piece in run.glyphs {
                // A key met before: its face, and the page writer's font for it, known.
                if let index = keyFaceIndex[piece.font] {
                    faces[index].insertDrawn(of: piece.glyphs)
                    continue
                }
                guard let (face, file) = self.face(of: piece.font) else { continue }
                // A font that draws nothing here (only missing characters) is not embedded.
                if piece.glyphs.contains(where: { PageWriter.isDrawn($0.id) }) {
                    let index = faceIndex[face] ?? {
                        faces.append(UsedFace(face: face, file: file))
                        faceIndex[face] = faces.count - 1
                        return faces.count - 1
                    }()
                    faces[index].insertDrawn(of: piece.glyphs)
                }
                if let index = faceIndex[face] {
                    writer.fontIndex[piece.font] = index
                    keyFaceIndex[piece.font] = index
                }
            }
        }
    }

    /// The HarfBuzz face a font key stands for, and the file Pango loaded it from.
    private func face(of key: FontKey) -> (face: HarfBuzzFace, file: (path: String, index: Int32)?)? {
        if let known = keyFaces[key] { return known }
        var found: (face: HarfBuzzFace, file: (path: String, index: Int32)?)?
        if let font = ShapingFonts.shared.font(key), let hbFont = pango_font_get_hb_font(font) {
            found = (HarfBuzzFace(font: hbFont), FontSetup.file(of: font))
        }
        keyFaces[key] = found
        return found
    }

    /// Gives each font the glyphs drawn so far: CFF fonts cut to them, TrueType fonts their advances.
    /// - Throws: `RenderingError.unembeddableFont` for a font that is neither.
    private func updateFonts() throws {
        for index in faces.indices where faces[index].glyphsGiven < faces[index].glyphs.count {
            let used = faces[index]
            let program: PDFEmbeddedFont.Program
            let metrics: SourceFontMetrics
            if let (table, cffMetrics) = programs.table(for: used.face, file: used.file, covering: used.glyphs) {
                (program, metrics) = (.cff(table), cffMetrics)
            } else if used.face.has("glyf") {
                var trueType = used.trueTypeMetrics ?? SourceFontMetrics(used.face)
                trueType.recordAdvances(of: used.glyphs, in: used.face)
                faces[index].trueTypeMetrics = trueType
                (program, metrics) = (.trueTypeToCut, trueType)
            } else {
                throw Self.uncuttable(used)
            }
            if index < writer.fonts.count {
                writer.fonts[index].update(program, metrics: metrics)
            } else {
                writer.fonts.append(PDFEmbeddedFont(resourceName: "F\(index)", program: program, metrics: metrics))
            }
            faces[index].glyphsGiven = used.glyphs.count
        }
    }

    private static func uncuttable(_ used: UsedFace) -> RenderingError {
        .unembeddableFont(
            path: used.file?.path ?? used.face.postScriptName, reason: .cannotCut)
    }

    /// Draws `page`, the `index`-th.
    private func draw(_ page: Page, index pageIndex: Int) throws -> DrawnPage {
        var links: [DrawnLink] = []
        writer.begin(page, index: pageIndex)
        // Text, then rules, in the current space: a turned frame's (under its quarter turn) or the sheet's.
        func draw(_ items: [PageItem], turn: AffineTransform?) {
            var rules: [Rule] = []
            // By index: the run is read where the page holds it, not copied out first.
            for index in items.indices {
                switch items[index] {
                case .rule(let rule):
                    rules.append(rule)
                case .text(let run):
                    if let link = run.link {
                        let ordinal = writer.drawLink(run)
                        links.append(
                            DrawnLink(ordinal: ordinal, rect: Self.rectangle(of: run, page: page, turn: turn), text: run.text, target: link))
                    } else {
                        writer.draw(run)
                    }
                }
            }
            writer.stroke(rules)
        }
        // A page set across: its content turned a quarter (q, cm … Q), then the running header and page
        // number upright as on every page.
        if let frame = page.turned {
            writer.beginTurned(frame)
            draw(frame.items, turn: frame.transform)
            writer.endTurned()
        }
        draw(page.items, turn: nil)
        var content = writer.finishPage()
        let codesToFill = writer.codesToFill
        // The deflater hands back an array of the compressed stream's own size, fit to be kept until the end.
        let bytes = codesToFill.isEmpty ? try deflater.compress(content.finish(), level: Deflater.thorough) : content.finish()
        return DrawnPage(
            width: page.width, height: page.height, content: bytes, codesToFill: codesToFill, links: links, outline: page.outline)
    }

    /// Numbers the document's objects (catalog, page tree, font resources, pages, their links and content,
    /// fonts, structure, outline, information) and writes them.
    private func assemble() throws -> [UInt8] {
        var objects = PDFObjectList()
        let catalog = objects.reserve()
        let pagesRoot = objects.reserve()
        let resources = objects.reserve()
        let pageNumbers = drawn.map { _ in objects.reserve() }
        var annotationObjects = [Int](repeating: 0, count: drawn.reduce(0) { $0 + $1.links.count })
        for pageIndex in drawn.indices {
            let page = drawn[pageIndex]
            var annotations: [PDFValue] = []
            for link in page.links {
                let annotation = objects.reserve()
                annotationObjects[link.ordinal] = annotation
                objects.set(annotation, Self.annotation(for: link, key: drawn.count + link.ordinal, pages: pageNumbers))
                annotations.append(.reference(annotation))
            }
            let stream = objects.add(.dictionary(["/Filter": .name("FlateDecode")]), stream: page.content)
            // The object list holds the content now.
            drawn[pageIndex].content = []
            var entries: [PDFEntry] = [
                PDFEntry("/Type", .name("Page")),
                PDFEntry("/Parent", .reference(pagesRoot)),
                PDFEntry("/MediaBox", .array([.token("0"), .token("0"), PDFSyntax.number(page.width), PDFSyntax.number(page.height)])),
                PDFEntry("/Resources", .reference(resources)),
                PDFEntry("/Contents", .reference(stream)),
                PDFEntry("/StructParents", PDFSyntax.integer(pageIndex)),
                PDFEntry("/Tabs", .name("S")),
            ]
            if !annotations.isEmpty { entries.append(PDFEntry("/Annots", .array(annotations))) }
            objects.set(pageNumbers[pageIndex], .dictionary(entries))
        }

        var fontEntries: [PDFEntry] = []
        for font in writer.fonts {
            let number = try font.write(into: &objects, deflater: deflater)
            fontEntries.append(PDFEntry("/\(font.resourceName)", .reference(number)))
        }
        objects.set(resources, .dictionary(["/Font": .dictionary(fontEntries)]))
        objects.set(
            pagesRoot,
            .dictionary([
                "/Type": .name("Pages"), "/Kids": .array(pageNumbers.map { .reference($0) }),
                "/Count": PDFSyntax.integer(pageNumbers.count),
            ]))
        let treeRoot = writer.tree.write(into: &objects, pages: pageNumbers, annotationObjects: annotationObjects)

        var catalogEntries = [
            PDFEntry("/Type", .name("Catalog")), PDFEntry("/Pages", .reference(pagesRoot)),
            PDFEntry("/StructTreeRoot", .reference(treeRoot)),
        ] + Self.catalogAdditions(language: metadata.language, firstNumber: firstNumber ?? 1, frontMatterPages: frontMatterPages)
        let outlines = drawn.map { (height: $0.height, entries: $0.outline) }
        if let outline = Self.outline(outlines, pages: pageNumbers, into: &objects) {
            catalogEntries.append(PDFEntry("/Outlines", .reference(outline)))
            catalogEntries.append(PDFEntry("/PageMode", .name("UseOutlines")))
        }
        objects.set(catalog, .dictionary(catalogEntries))
        let info = objects.add(Self.information(metadata, creationDate: creationDate))
        return try CompressedPDFWriter.write(
            objects.objects, generated: objects.generated, trailer: .dictionary(["/Root": .reference(catalog), "/Info": .reference(info)]), version: "1.7",
            deflater: deflater)
    }

    /// The rectangle on the sheet (PDF's coordinates) over a linked run; a run in a turned frame (`turn`
    /// its map to the sheet) gets the rectangle that holds its turned box.
    private static func rectangle(of run: TextRun, page: Page, turn: AffineTransform?) -> [Double] {
        let size = run.style.size
        let corners = [
            Point(x: run.origin.x, y: run.origin.y - 0.9 * size), Point(x: run.origin.x + run.width, y: run.origin.y + 0.2 * size),
        ].map { turn?.apply($0) ?? $0 }
        let xs = corners.map(\.x)
        let ys = corners.map(\.y)
        return [xs.min() ?? 0, page.height - (ys.max() ?? 0), xs.max() ?? 0, page.height - (ys.min() ?? 0)]
    }

    /// A link's annotation.
    private static func annotation(for link: DrawnLink, key: Int, pages: [Int]) -> PDFValue {
        var entries: [PDFEntry] = [
            PDFEntry("/Type", .name("Annot")),
            PDFEntry("/Subtype", .name("Link")),
            PDFEntry("/Rect", .array(link.rect.map(PDFSyntax.number))),
            PDFEntry("/Border", .array([.token("0"), .token("0"), .token("0")])),
            PDFEntry("/F", .token("4")),
            PDFEntry("/StructParent", PDFSyntax.integer(key)),
            // What the link says, for screen readers.
            PDFEntry("/Contents", PDFSyntax.textString(link.text)),
        ]
        switch link.target {
        case .uri(let uri):
            entries.append(PDFEntry("/A", .dictionary(["/S": .name("URI"), "/URI": PDFSyntax.uriString(uri)])))
        case .page(let number):
            // Physical page `number` (1-based); a link to a page the document does not have goes nowhere.
            if number >= 1, number <= pages.count {
                entries.append(PDFEntry("/Dest", destination(page: pages[number - 1], top: nil)))
            }
        }
        return .dictionary(entries)
    }
}
