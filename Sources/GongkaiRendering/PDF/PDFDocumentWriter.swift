import CPango
import GongkaiDocument
import GongkaiTypesetting

/// Writes typeset pages as a tagged PDF directly, without Cairo: the glyphs Pango shaped, each at the
/// position the page gives its character, in fonts cut to the glyphs drawn (`CFFProgramCache`); a
/// structure tree with headings, paragraphs, lists, tables and links; outline, page labels, metadata.
///
/// Writing is most of the cost of a document, and a batch writes many: this writer formats the content
/// streams itself, copies font programs together from glyphs cut once per process, and compresses each
/// stream once. TrueType fonts are cut per document. Fonts it cannot embed (name-keyed CFF, bitmap
/// fonts) are left to Cairo: `write` returns nil.
struct PDFDocumentWriter {
    let shaper: TextShaper
    let programs: CFFProgramCache
    let deflater: Deflater

    /// The font a shaped item is drawn with.
    private struct UsedFace {
        var face: OpaquePointer
        var glyphs: Set<UInt32> = []
    }

    /// The PDF's bytes, or nil when a font of the document cannot be embedded by this writer.
    func write(_ document: TypesetDocument, creationDate: String, frontMatterPages: Int) throws -> [UInt8]? {
        // Shape every run once; note the glyphs each font draws, fonts in order of first use.
        var shapes: [[ShapedText]] = []
        var faces: [UsedFace] = []
        var faceIndex: [OpaquePointer: Int] = [:]
        for page in document.pages {
            var pageShapes: [ShapedText] = []
            for item in page.items {
                guard case .text(let run) = item else { continue }
                let shaped = shaper.shape(run.text, style: run.style)
                pageShapes.append(shaped)
                for shapedItem in shaped.items {
                    guard let font = shapedItem.item.pointer.pointee.analysis.font, let face = FontSubsets.face(of: font) else {
                        continue
                    }
                    let glyphs = shapedItem.glyphs.pointer
                    guard let infos = glyphs.pointee.glyphs else { continue }
                    let drawn = (0..<Int(glyphs.pointee.num_glyphs)).lazy.map { infos[$0].glyph }.filter(ShapedItem.isDrawn)
                    // A font that draws nothing here (only missing characters) is not embedded.
                    guard !drawn.isEmpty else { continue }
                    let index = faceIndex[face] ?? {
                        faces.append(UsedFace(face: face))
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
            if let (table, metrics) = programs.table(for: used.face, covering: used.glyphs) {
                fonts.append(PDFEmbeddedFont(resourceName: name, program: .cff(table), metrics: metrics))
            } else if let subset = TrueTypeSubset(used.face, glyphs: used.glyphs) {
                var metrics = SourceFontMetrics(used.face)
                metrics.recordAdvances(of: used.glyphs, in: used.face)
                fonts.append(PDFEmbeddedFont(resourceName: name, program: .trueType(subset), metrics: metrics))
            } else {
                return nil
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
            var rules: [Rule] = []
            for item in page.items {
                switch item {
                case .rule(let rule):
                    rules.append(rule)
                case .text(let run):
                    let shaped = shapes[pageIndex][shapeIndex]
                    shapeIndex += 1
                    if let link = run.link {
                        let annotation = objects.reserve()
                        let key = writer.drawLink(run, shaped: shaped, annotation: annotation, pageCount: document.pages.count)
                        objects.set(annotation, Self.annotation(for: run, link: link, page: page, key: key, pages: pageNumbers))
                        annotations.append(.reference(annotation))
                    } else {
                        writer.draw(run, shaped: shaped)
                    }
                }
            }
            var content = writer.finishPage()
            // Rules last, outside the structure (they are not content), an edge shared by two cells once.
            let merged = Rule.merged(rules)
            if !merged.isEmpty {
                content.beginArtifact(pagination: false)
                var start = merged.startIndex
                while start < merged.endIndex {
                    let width = merged[start].width
                    let end = merged[start...].firstIndex { $0.width != width } ?? merged.endIndex
                    content.stroke(
                        merged[start..<end].map { ($0.from.x, page.height - $0.from.y, $0.to.x, page.height - $0.to.y) }, width: width)
                    start = end
                }
                content.endMarkedContent()
            }
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

    private static func annotation(for run: TextRun, link: LinkTarget, page: Page, key: Int, pages: [Int]) -> PDFValue {
        let baseline = page.height - run.origin.y
        let size = run.style.size
        let rect: [Double] = [run.origin.x, baseline - 0.2 * size, run.origin.x + run.width, baseline + 0.9 * size]
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
    /// its language, page labels matching the printed numbers, and that readers show its title. (Cairo's
    /// PDFs get the same entries added.)
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

/// Draws pages' text into their content streams and the document's structure tree, a page at a time.
private struct PageWriter {
    let fonts: [PDFEmbeddedFont]
    let faceIndex: [OpaquePointer: Int]
    private(set) var tree = PDFStructureTree()
    private var page = Page(width: 0, height: 0, number: 0, items: [])
    private var index = 0
    private var content = PDFPageContent()
    /// Glyph positions of the item being shown, kept for their capacity.
    private var targets: [Int] = []

    /// The marked-content sequence open: an element's content, or artifacts.
    private enum Sequence: Equatable {
        case none
        case artifact
        case element(Int)
    }

    private var sequence = Sequence.none

    init(fonts: [PDFEmbeddedFont], faceIndex: [OpaquePointer: Int]) {
        self.fonts = fonts
        self.faceIndex = faceIndex
    }

    /// Starts `page`, the `index`-th.
    mutating func begin(_ page: Page, index: Int) {
        self.page = page
        self.index = index
        content = PDFPageContent()
    }

    /// The page's content so far, its marked content closed.
    mutating func finishPage() -> PDFPageContent {
        closeSequence()
        return content
    }

    private mutating func closeSequence() {
        if sequence != .none { content.endMarkedContent() }
        sequence = .none
    }

    /// Draws a run as content of its innermost structure element; runs without structure (running
    /// headers, page numbers) are pagination artifacts. Consecutive runs of one element share a sequence.
    mutating func draw(_ run: TextRun, shaped: ShapedText) {
        let wanted: Sequence = run.structure.isEmpty ? .artifact : .element(tree.element(for: run.structure))
        if wanted != sequence {
            closeSequence()
            switch wanted {
            case .artifact:
                content.beginArtifact(pagination: true)
            case .element(let element):
                content.beginMarkedContent(role: tree.elements[element].role, mcid: tree.markContent(of: element, on: index))
            case .none:
                break
            }
            sequence = wanted
        }
        show(run, shaped: shaped)
    }

    /// Draws a linked run as a Link element of its own, which owns `annotation`; returns the annotation's
    /// /StructParent key.
    mutating func drawLink(_ run: TextRun, shaped: ShapedText, annotation: Int, pageCount: Int) -> Int {
        closeSequence()
        let parent = run.structure.isEmpty ? 0 : tree.element(for: run.structure)
        let link = tree.linkElement(under: parent)
        content.beginMarkedContent(role: "Link", mcid: tree.markContent(of: link, on: index))
        show(run, shaped: shaped)
        content.endMarkedContent()
        return tree.addAnnotation(annotation, of: link, on: index, pageCount: pageCount)
    }

    /// Shows the run's glyphs, each at its character's position (justification and spacing live in the
    /// positions), a glyph of a multi-glyph cluster at its natural offset within the cluster.
    private mutating func show(_ run: TextRun, shaped: ShapedText) {
        let scale = Double(PANGO_SCALE)
        for item in shaped.items {
            let glyphs = item.glyphs.pointer
            let count = Int(glyphs.pointee.num_glyphs)
            guard count > 0, let infos = glyphs.pointee.glyphs, let clusters = glyphs.pointee.log_clusters,
                let pangoFont = item.item.pointer.pointee.analysis.font, let face = FontSubsets.face(of: pangoFont),
                let fontIndex = faceIndex[face]
            else { continue }
            let font = fonts[fontIndex]
            item.targets(of: run, in: shaped, into: &targets)
            // The gap most glyphs leave before the next (justification, letter spacing), as character
            // spacing: found by majority vote, in thousandths of a point.
            var candidate = 0
            var votes = 0
            for index in 0..<(count - 1) {
                guard ShapedItem.isDrawn(infos[index].glyph), let use = font.use(infos[index].glyph) else { continue }
                let gap = Double(targets[index + 1] + Int(infos[index + 1].geometry.x_offset) - targets[index] - Int(infos[index].geometry.x_offset)) / scale
                    - Double(font.width(use)) * run.style.size / 1000
                let key = PDFSyntax.integer(rounding: gap * 1000)
                if votes == 0 { candidate = key }
                votes += key == candidate ? 1 : -1
            }
            let spacing = votes > 0 ? Double(candidate) / 1000 : 0
            let ends = item.clusterEnds()
            var lineY: Double?
            var glyph = 0
            while glyph < count {
                // A cluster: glyphs sharing a start byte; its text runs to the next cluster's start.
                var next = glyph + 1
                while next < count, clusters[next] == clusters[glyph] { next += 1 }
                let start = item.byteOffset + Int(clusters[glyph])
                let end = max(start, item.byteOffset + ends[glyph])
                let text = shaped.utf8[start..<min(end, shaped.utf8.count - 1)]
                // One glyph for its text: the ToUnicode map says what it is. Otherwise the text goes with it.
                var plain = false
                if next == glyph + 1 {
                    guard ShapedItem.isDrawn(infos[glyph].glyph), let use = font.use(infos[glyph].glyph) else {
                        glyph = next
                        continue
                    }
                    plain = font.map(use, to: text)
                } else if !(glyph..<next).contains(where: { ShapedItem.isDrawn(infos[$0].glyph) }) {
                    glyph = next
                    continue
                }
                if !plain { content.beginActualText(String(decoding: text, as: UTF8.self)) }
                for index in glyph..<next {
                    guard ShapedItem.isDrawn(infos[index].glyph), let use = font.use(infos[index].glyph) else { continue }
                    let x = run.origin.x + (Double(targets[index]) + Double(infos[index].geometry.x_offset)) / scale
                    let y = page.height - run.origin.y - Double(infos[index].geometry.y_offset) / scale
                    if lineY != y || !plain {
                        content.moveTo(x: x, y: y, font: font.resourceName, size: run.style.size, spacing: spacing)
                        lineY = y
                    }
                    content.show(cid: font.cid(use), at: x, width: font.width(use))
                }
                if !plain {
                    content.endMarkedContent()
                    lineY = nil
                }
                glyph = next
            }
        }
    }
}
