import CPango
import GongkaiDocument
import GongkaiPDF
import GongkaiTypesetting

/// Writes typeset pages as a tagged PDF directly, without Cairo: the glyphs Pango shaped, each at the
/// position the page gives its character, in fonts cut to the glyphs drawn (`CFFProgramCache`); a
/// structure tree with headings, paragraphs, lists, tables and links; outline, page labels, metadata.
///
/// Writing is most of the cost of a document, and a batch writes many: this writer formats the content
/// streams itself, copies font programs together from glyphs cut once per process, and compresses each
/// stream once. TrueType fonts are cut per document. Fonts it cannot embed (CFF2, bitmap fonts) are
/// refused when fonts are set up (`FontOutlines`).
struct PDFDocumentWriter {
    let shaper: TextShaper
    let programs: CFFProgramCache
    let deflater: Deflater

    /// The font a shaped item is drawn with.
    private struct UsedFace {
        var face: HarfBuzzFace
        /// The font file and face index Pango loaded the face from.
        var file: (path: String, index: Int32)?
        var glyphs: Set<UInt32> = []
    }

    /// The PDF's bytes.
    /// - Throws: `RenderingError.unembeddableFont` for a font whose glyphs cannot be cut.
    func write(_ document: TypesetDocument, creationDate: String, frontMatterPages: Int) throws -> [UInt8] {
        // Shape every run once; note the glyphs each font draws, fonts in order of first use.
        var shapes: [[ShapedText]] = []
        var faces: [UsedFace] = []
        var faceIndex: [HarfBuzzFace: Int] = [:]
        for page in document.pages {
            var pageShapes: [ShapedText] = []
            // In drawing order: a turned frame's content first.
            for item in (page.turned?.items ?? []) + page.items {
                guard case .text(let run) = item else { continue }
                let shaped = shaper.shape(run.text, style: run.style)
                pageShapes.append(shaped)
                for shapedItem in shaped.items {
                    guard let font = shapedItem.item.pointer.pointee.analysis.font, let face = shapedItem.face else { continue }
                    let glyphs = shapedItem.glyphs.pointer
                    guard let infos = glyphs.pointee.glyphs else { continue }
                    let drawn = (0..<Int(glyphs.pointee.num_glyphs)).lazy.map { infos[$0].glyph }.filter(ShapedItem.isDrawn)
                    // A font that draws nothing here (only missing characters) is not embedded.
                    guard !drawn.isEmpty else { continue }
                    let index = faceIndex[face] ?? {
                        faces.append(UsedFace(face: face, file: FontSetup.file(of: font)))
                        faceIndex[face] = faces.count - 1
                        return faces.count - 1
                    }()
                    faces[index].glyphs.formUnion(drawn)
                }
            }
            shapes.append(pageShapes)
        }
        var fonts: [PDFEmbeddedFont] = []
        for (index, used) in faces.enumerated() {
            let name = "F\(index)"
            if let (table, metrics) = programs.table(for: used.face, file: used.file, covering: used.glyphs) {
                fonts.append(PDFEmbeddedFont(resourceName: name, program: .cff(table), metrics: metrics))
            } else if let subset = TrueTypeSubsetCache.shared.subset(of: used.face, glyphs: used.glyphs) {
                var metrics = SourceFontMetrics(used.face)
                metrics.recordAdvances(of: used.glyphs, in: used.face)
                fonts.append(PDFEmbeddedFont(resourceName: name, program: .trueType(subset), metrics: metrics))
            } else {
                let path = used.file?.path ?? SourceFontMetrics(used.face).postScriptName
                throw RenderingError.unembeddableFont(path: path, reason: "HarfBuzz cannot cut it to the glyphs drawn")
            }
        }

        var objects = PDFObjectList()
        let catalog = objects.reserve()
        let pagesRoot = objects.reserve()
        let resources = objects.reserve()
        let pageNumbers = document.pages.map { _ in objects.reserve() }
        // One writer for the whole document: it owns the structure tree, which every page adds to.
        var writer = PageWriter(fonts: fonts, faceIndex: faceIndex)
        for (pageIndex, page) in document.pages.enumerated() {
            var annotations: [PDFValue] = []
            writer.begin(page, index: pageIndex)
            var shapeIndex = 0
            // Text, then rules, in the current space: a turned frame's (under its quarter turn) or the sheet's.
            func draw(_ items: [PageItem], turn: AffineTransform?) {
                var rules: [Rule] = []
                for item in items {
                    switch item {
                    case .rule(let rule):
                        rules.append(rule)
                    case .text(let run):
                        let shaped = shapes[pageIndex][shapeIndex]
                        shapeIndex += 1
                        if let link = run.link {
                            let annotation = objects.reserve()
                            let key = writer.drawLink(run, shaped: shaped, annotation: annotation, pageCount: document.pages.count)
                            objects.set(
                                annotation, Self.annotation(for: run, link: link, page: page, turn: turn, key: key, pages: pageNumbers))
                            annotations.append(.reference(annotation))
                        } else {
                            writer.draw(run, shaped: shaped)
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
            let stream = objects.add(
                .dictionary(["/Filter": .name("FlateDecode")]), stream: try deflater.compress(content.finish(), level: Deflater.thorough))
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
        for font in fonts {
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
        let treeRoot = writer.tree.write(into: &objects, pages: pageNumbers)

        var catalogEntries = [
            PDFEntry("/Type", .name("Catalog")), PDFEntry("/Pages", .reference(pagesRoot)),
            PDFEntry("/StructTreeRoot", .reference(treeRoot)),
        ] + Self.catalogAdditions(document, frontMatterPages: frontMatterPages)
        if let outline = Self.outline(document, pages: pageNumbers, into: &objects) {
            catalogEntries.append(PDFEntry("/Outlines", .reference(outline)))
            catalogEntries.append(PDFEntry("/PageMode", .name("UseOutlines")))
        }
        objects.set(catalog, .dictionary(catalogEntries))
        let info = objects.add(Self.information(document.metadata, creationDate: creationDate))
        return try CompressedPDFWriter.write(
            objects.objects, trailer: .dictionary(["/Root": .reference(catalog), "/Info": .reference(info)]), version: "1.7",
            deflater: deflater)
    }

    /// A link's annotation over its run; a run in a turned frame (`turn` its map to the sheet) gets the
    /// rectangle on the sheet that holds its turned box.
    private static func annotation(
        for run: TextRun, link: LinkTarget, page: Page, turn: AffineTransform?, key: Int, pages: [Int]
    ) -> PDFValue {
        let size = run.style.size
        let corners = [
            Point(x: run.origin.x, y: run.origin.y - 0.9 * size), Point(x: run.origin.x + run.width, y: run.origin.y + 0.2 * size),
        ].map { turn?.apply($0) ?? $0 }
        let xs = corners.map(\.x)
        let ys = corners.map(\.y)
        let rect: [Double] = [
            xs.min() ?? 0, page.height - (ys.max() ?? 0), xs.max() ?? 0, page.height - (ys.min() ?? 0),
        ]
        var entries: [PDFEntry] = [
            PDFEntry("/Type", .name("Annot")),
            PDFEntry("/Subtype", .name("Link")),
            PDFEntry("/Rect", .array(rect.map(PDFSyntax.number))),
            PDFEntry("/Border", .array([.token("0"), .token("0"), .token("0")])),
            PDFEntry("/F", .token("4")),
            PDFEntry("/StructParent", PDFSyntax.integer(key)),
            // What the link says, for screen readers.
            PDFEntry("/Contents", PDFSyntax.textString(run.text)),
        ]
        switch link {
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

    /// [page /XYZ left top null]: the page at the position, the reader's zoom kept.
    static func destination(page: Int, top: Double?) -> PDFValue {
        .array([.reference(page), .name("XYZ"), .token("0"), top.map(PDFSyntax.number) ?? .token("null"), .token("null")])
    }

    /// What a tagged document's catalog says besides its pages, structure and outline: that it is tagged,
    /// its language, page labels matching the printed numbers, and that readers show its title.
    static func catalogAdditions(_ document: TypesetDocument, frontMatterPages: Int) -> [PDFEntry] {
        [
            PDFEntry("/MarkInfo", .dictionary(["/Marked": .token("true")])),
            PDFEntry("/Lang", PDFSyntax.textString(document.metadata.language)),
            PDFEntry("/PageLabels", pageLabels(document, frontMatterPages: frontMatterPages)),
            PDFEntry("/ViewerPreferences", .dictionary(["/DisplayDocTitle": .token("true")])),
        ]
    }

    private static func pageLabels(_ document: TypesetDocument, frontMatterPages: Int) -> PDFValue {
        let firstNumber = document.pages.dropFirst(frontMatterPages).first?.number ?? 1
        var nums: [PDFValue] = []
        if frontMatterPages > 0 { nums += [.token("0"), .dictionary(["/S": .name("r")])] }
        nums += [PDFSyntax.integer(frontMatterPages), .dictionary(["/S": .name("D"), "/St": PDFSyntax.integer(firstNumber)])]
        return .dictionary(["/Nums": .array(nums)])
    }

    private static func information(_ metadata: DocumentMetadata, creationDate: String) -> PDFValue {
        var entries: [PDFEntry] = []
        let date = PDFSyntax.date(creationDate)
        for (key, value) in [
            ("/Title", metadata.title), ("/Author", metadata.author), ("/Subject", metadata.subject),
            ("/Keywords", metadata.keywords.joined(separator: ", ")), ("/Creator", "Gongkai"), ("/Producer", "Gongkai"),
            ("/CreationDate", date), ("/ModDate", date),
        ] where !value.isEmpty {
            entries.append(PDFEntry(key, PDFSyntax.textString(value)))
        }
        return .dictionary(entries)
    }

    /// The outline (bookmarks): each heading under the nearest earlier one of a higher level, closed.
    private static func outline(_ document: TypesetDocument, pages: [Int], into objects: inout PDFObjectList) -> Int? {
        struct Item {
            var title: String
            var destination: PDFValue
            var parent: Int?
            var children: [Int] = []
        }
        var items: [Item] = []
        var roots: [Int] = []
        var open: [(level: Int, item: Int)] = []
        for (index, page) in document.pages.enumerated() {
            for entry in page.outline {
                while let last = open.last, last.level >= entry.level { open.removeLast() }
                let item = items.count
                items.append(
                    Item(
                        title: entry.title, destination: destination(page: pages[index], top: page.height - entry.y),
                        parent: open.last?.item))
                if let parent = open.last?.item { items[parent].children.append(item) } else { roots.append(item) }
                open.append((entry.level, item))
            }
        }
        guard !roots.isEmpty else { return nil }
        let root = objects.reserve()
        let numbers = items.map { _ in objects.reserve() }
        for (index, item) in items.enumerated() {
            let siblings = item.parent.map { items[$0].children } ?? roots
            let position = siblings.firstIndex(of: index) ?? 0
            var entries: [PDFEntry] = [
                PDFEntry("/Title", PDFSyntax.textString(item.title)),
                PDFEntry("/Parent", .reference(item.parent.map { numbers[$0] } ?? root)),
                PDFEntry("/Dest", item.destination),
            ]
            if position > 0 { entries.append(PDFEntry("/Prev", .reference(numbers[siblings[position - 1]]))) }
            if position + 1 < siblings.count {
                entries.append(PDFEntry("/Next", .reference(numbers[siblings[position + 1]])))
            }
            if let first = item.children.first, let last = item.children.last {
                entries.append(PDFEntry("/First", .reference(numbers[first])))
                entries.append(PDFEntry("/Last", .reference(numbers[last])))
                // Closed: a negative count of the children shown when it is opened.
                entries.append(PDFEntry("/Count", PDFSyntax.integer(-item.children.count)))
            }
            objects.set(numbers[index], .dictionary(entries))
        }
        objects.set(
            root,
            .dictionary([
                "/Type": .name("Outlines"), "/First": .reference(numbers[roots[0]]),
                "/Last": .reference(numbers[roots[roots.count - 1]]), "/Count": PDFSyntax.integer(roots.count),
            ]))
        return root
    }
}
