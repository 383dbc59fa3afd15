import CPango
import GongkaiDocument
import GongkaiPDF
import GongkaiTypesetting

/// Draws pages' text into their content streams and the document's structure tree, a page at a time.
struct PageWriter {
    /// The document's fonts so far, and the index of each run font key's: a page draws only with fonts
    /// known when it is drawn.
    var fonts: [PDFEmbeddedFont] = []
    var fontIndex = FontKeyIndex()
    private(set) var tree = PDFStructureTree()
    /// The height of the space drawn in (the sheet's, or a turned frame's): y downwards becomes PDF's y up.
    private var height = 0.0
    private var sheetHeight = 0.0
    private var index = 0
    private var content = PDFPageContent()
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
    /// Scratch for `show`: the use, code and advance of each glyph of a piece.
    private var drawnGlyphs: [(use: Int, cid: UInt16, width: Int)] = []

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
        // Handed over, not copied: the caller finishes it, and the next page begins a content of its own.
        var finished = PDFPageContent(capacity: 0)
        swap(&finished, &content)
        return finished
    }

    private mutating func closeSequence() {
        if sequence != .none { content.endMarkedContent() }
        sequence = .none
    }

    /// Draws a run as content of its innermost structure element; runs without structure (running
    /// headers, page numbers) are pagination artifacts. Consecutive runs of one element share a sequence.
    mutating func draw(_ run: TextRun) {
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
        show(run)
    }

    /// Draws a linked run as a Link element of its own, which owns an annotation; returns the annotation's
    /// ordinal.
    mutating func drawLink(_ run: TextRun) -> Int {
        closeSequence()
        let parent = run.structure.isEmpty ? 0 : tree.element(for: run.structure)
        let link = tree.linkElement(under: parent)
        content.beginMarkedContent(role: "Link", mcid: tree.markContent(of: link, on: index))
        show(run)
        content.endMarkedContent()
        return tree.addAnnotation(of: link, on: index)
    }

    /// Whether a glyph is drawn: not a missing character's box, not an empty glyph.
    static func isDrawn(_ glyph: UInt32) -> Bool {
        glyph & PANGO_GLYPH_UNKNOWN_FLAG == 0 && glyph != PANGO_GLYPH_EMPTY
    }

    /// Shows the run's glyphs where the typesetter placed them (justification and spacing live in the
    /// positions), each cluster's text mapped to its glyph or given as /ActualText.
    private mutating func show(_ run: TextRun) {
        // The text's bytes where the string keeps them, not copied: clusters are slices of them.
        var text = run.text
        text.withUTF8 { show(run, text: $0) }
    }

    private mutating func show(_ run: TextRun, text: UnsafeBufferPointer<UInt8>) {
        // The scratch array held here while the pieces are drawn: read through a buffer, unchecked.
        var drawnGlyphs = self.drawnGlyphs
        self.drawnGlyphs = []
        defer { self.drawnGlyphs = drawnGlyphs }
        for piece in run.glyphs {
            guard !piece.glyphs.isEmpty, let fontIndex = fontIndex[piece.font] else { continue }
            let font = fonts[fontIndex]
            // Each glyph's use, code and advance, looked up once (-1: not drawn).
            drawnGlyphs.removeAll(keepingCapacity: true)
            font.lookUp(piece.glyphs, drawnWhere: Self.isDrawn, into: &drawnGlyphs)
            piece.glyphs.withUnsafeBufferPointer { glyphs in
                drawnGlyphs.withUnsafeBufferPointer { drawn in
                    show(glyphs, drawn: drawn, font: font, fontIndex: fontIndex, run: run, text: text)
                }
            }
        }
    }

    /// Shows a piece's glyphs, each with its use, code and advance (`drawn`).
    private mutating func show(
        _ glyphs: UnsafeBufferPointer<PlacedGlyph>, drawn drawnGlyphs: UnsafeBufferPointer<(use: Int, cid: UInt16, width: Int)>,
        font: PDFEmbeddedFont, fontIndex: Int, run: TextRun, text: UnsafeBufferPointer<UInt8>
    ) {
        let count = glyphs.count
        let size = run.style.size
        let codesPending = font.codesPending
        // The gap most glyphs leave before the next (justification, letter spacing), as character
        // spacing: found by majority vote, in thousandths of a point.
        var candidate = 0
        var votes = 0
        for index in 0..<(count - 1) where drawnGlyphs[index].use >= 0 {
            let gap = (glyphs[index + 1].x + glyphs[index + 1].xOffset) - (glyphs[index].x + glyphs[index].xOffset)
                - Double(drawnGlyphs[index].width) * size / 1000
            let key = PDFSyntax.integer(rounding: gap * 1000)
            if votes == 0 { candidate = key }
            votes += key == candidate ? 1 : -1
        }
        let spacing = votes > 0 ? Double(candidate) / 1000 : 0
        var lineY: Double?
        var glyph = 0
        while glyph < count {
            // A cluster: glyphs standing for the same text.
            let textStart = glyphs[glyph].text.lowerBound
            var next = glyph + 1
            while next < count, glyphs[next].text.lowerBound == textStart { next += 1 }
            let clusterText = UnsafeBufferPointer(rebasing: text[glyphs[glyph].text.clamped(to: 0..<text.count)])
            // One glyph for its text: the ToUnicode map says what it is. Otherwise the text goes with it.
            var plain = false
            if next == glyph + 1 {
                let use = drawnGlyphs[glyph].use
                guard use >= 0 else {
                    glyph = next
                    continue
                }
                plain = font.map(use, to: clusterText)
            } else if !(glyph..<next).contains(where: { drawnGlyphs[$0].use >= 0 }) {
                glyph = next
                continue
            }
            if !plain { content.beginActualText(String(decoding: clusterText, as: UTF8.self)) }
            for index in glyph..<next {
                let (use, cid, width) = drawnGlyphs[index]
                guard use >= 0 else { continue }
                let x = run.origin.x + (glyphs[index].x + glyphs[index].xOffset)
                let y = height - run.origin.y - glyphs[index].yOffset
                if lineY != y || !plain {
                    content.moveTo(x: x, y: y, font: font.resourceName, size: size, spacing: spacing)
                    lineY = y
                }
                if content.show(cid: cid, at: x, width: width), codesPending {
                    codesToFill.append((content.count - 4, fontIndex, use))
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
