import CPango
import GongkaiDocument
import GongkaiPDF
import GongkaiTypesetting

/// Draws pages' text into their content streams and the document's structure tree, a page at a time.
struct PageWriter {
    /// The document's fonts so far, and each one's index by face: a page draws only with fonts known when
    /// it is drawn.
    var fonts: [PDFEmbeddedFont] = []
    var faceIndex: [HarfBuzzFace: Int] = [:]
    private(set) var tree = PDFStructureTree()
    /// The height of the space drawn in (the sheet's, or a turned frame's): y downwards becomes PDF's y up.
    private var height = 0.0
    private var sheetHeight = 0.0
    private var index = 0
    private var content = PDFPageContent()
    /// Glyph positions of the item being shown, kept for their capacity.
    private var targets: [Int] = []
    /// Where the page's content shows glyphs whose codes are known only once their font is cut (TrueType
    /// subsets number glyphs by the whole document's set): byte offset, font and use.
    private(set) var codesToFill: [(offset: Int, font: Int, use: Int)] = []

    /// The marked-content sequence open: an element's content, or artifacts.
    private enum Sequence: Equatable {
        case none
        case artifact
        case element(Int)
    }

    private var sequence = Sequence.none

    /// Starts `page`, the `index`-th.
    mutating func begin(_ page: Page, index: Int) {
        height = page.height
        sheetHeight = page.height
        self.index = index
        content = PDFPageContent()
        codesToFill = []
    }

    /// Draws what follows, until `endTurned`, in `frame`'s coordinates turned onto the sheet: the frame's
    /// transform (y downwards) as PDF's `cm` (y upwards) inside q … Q.
    mutating func beginTurned(_ frame: TurnedFrame) {
        closeSequence()
        content.save()
        content.concatenate(Self.matrix(frame.transform, frameHeight: frame.height, sheetHeight: sheetHeight))
        height = frame.height
    }

    /// Ends the turned frame: back to the sheet's upright coordinates.
    mutating func endTurned() {
        closeSequence()
        content.restore()
        height = sheetHeight
    }

    /// The PDF matrix [a b c d e f] (y upwards) of `t` (y downwards) from a frame `frameHeight` tall onto a
    /// sheet `sheetHeight` tall: a point (X, Y) of the frame is (X, frameHeight − Y) y downwards, which `t`
    /// takes to (x, y) on the sheet, which is (x, sheetHeight − y) in PDF's coordinates.
    static func matrix(_ t: AffineTransform, frameHeight: Double, sheetHeight: Double) -> [Double] {
        [t.a, -t.b, -t.c, t.d, t.c * frameHeight + t.e, sheetHeight - t.d * frameHeight - t.f]
    }

    /// Strokes `rules` as one artifact, outside the structure (they are not content), an edge shared by
    /// two cells once, in the space being drawn in.
    mutating func stroke(_ rules: [Rule]) {
        let merged = Rule.merged(rules)
        guard !merged.isEmpty else { return }
        closeSequence()
        content.beginArtifact(pagination: false)
        var start = merged.startIndex
        while start < merged.endIndex {
            let width = merged[start].width
            let end = merged[start...].firstIndex { $0.width != width } ?? merged.endIndex
            content.stroke(merged[start..<end].map { ($0.from.x, height - $0.from.y, $0.to.x, height - $0.to.y) }, width: width)
            start = end
        }
        content.endMarkedContent()
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
                content.beginMarkedContent(role: tree.role(of: element), mcid: tree.markContent(of: element, on: index))
            case .none:
                break
            }
            sequence = wanted
        }
        show(run, shaped: shaped)
    }

    /// Draws a linked run as a Link element of its own, which owns an annotation; returns the annotation's
    /// ordinal.
    mutating func drawLink(_ run: TextRun, shaped: ShapedText) -> Int {
        closeSequence()
        let parent = run.structure.isEmpty ? 0 : tree.element(for: run.structure)
        let link = tree.linkElement(under: parent)
        content.beginMarkedContent(role: "Link", mcid: tree.markContent(of: link, on: index))
        show(run, shaped: shaped)
        content.endMarkedContent()
        return tree.addAnnotation(of: link, on: index)
    }

    /// Shows the run's glyphs, each at its character's position (justification and spacing live in the
    /// positions), a glyph of a multi-glyph cluster at its natural offset within the cluster.
    private mutating func show(_ run: TextRun, shaped: ShapedText) {
        let scale = Double(PANGO_SCALE)
        for item in shaped.items {
            let glyphs = item.glyphs.pointer
            let count = Int(glyphs.pointee.num_glyphs)
            guard count > 0, let infos = glyphs.pointee.glyphs, let clusters = glyphs.pointee.log_clusters,
                let face = item.face, let fontIndex = faceIndex[face]
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
                    let y = height - run.origin.y - Double(infos[index].geometry.y_offset) / scale
                    if lineY != y || !plain {
                        content.moveTo(x: x, y: y, font: font.resourceName, size: run.style.size, spacing: spacing)
                        lineY = y
                    }
                    let written = content.bytes.count
                    content.show(cid: font.cid(use), at: x, width: font.width(use))
                    if font.codesPending, content.bytes.count > written {
                        codesToFill.append((content.bytes.count - 4, fontIndex, use))
                    }
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
