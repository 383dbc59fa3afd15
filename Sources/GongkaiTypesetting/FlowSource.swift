import GongkaiDocument

/// A section's blocks as flow slices, made as pagination asks for them: a paragraph's lines when it is
/// reached, a table's rows a group at a time (`TableSlices`). Decides where page breaks are allowed
/// between blocks (keep with next, forced page breaks).
final class FlowSource {
    private let typesetter: Typesetter
    private let paragraphs: ParagraphLayouter
    private let tables: TableLayouter
    private let blocks: [Block]
    private let width: Double
    private let pageHeight: Double
    private let firstID: Int
    private var nextBlock = 0
    /// The slices of the block being given, or its table's.
    private var buffered: [FlowSlice] = []
    private var table: TableSlices?
    private var keepWithPrevious = false
    private var pageBreak = false
    /// Slices given so far: a block's structure id is `firstID` plus the slices before it, so ids are
    /// unique as long as sections start past each other's.
    private(set) var count = 0

    /// - Parameters:
    ///   - pageHeight: the type area's height; a table of a third of it or less is kept whole.
    ///   - paragraphs: the document's paragraph layouter (its working arrays and the cell texts it has
    ///     prepared serve every section); a new one if nil.
    init(
        _ blocks: [Block], width: Double, pageHeight: Double, firstID: Int, typesetter: Typesetter,
        paragraphs: ParagraphLayouter? = nil
    ) {
        self.blocks = blocks
        self.width = width
        self.pageHeight = pageHeight
        self.firstID = firstID
        self.typesetter = typesetter
        let paragraphs = paragraphs ?? ParagraphLayouter(measurer: typesetter.measurer)
        self.paragraphs = paragraphs
        tables = TableLayouter(measurer: typesetter.measurer, paragraphs: paragraphs)
    }

    /// The next slice, nil after the last.
    func next() throws -> FlowSlice? {
        if let slice = table?.next() ?? (buffered.isEmpty ? nil : buffered.removeFirst()) {
            count += 1
            return slice
        }
        table = nil
        while nextBlock < blocks.count {
            let block = blocks[nextBlock]
            nextBlock += 1
            var first: FlowSlice
            var keepWithNext = false
            switch block {
            case .pageBreak, .pageSetup:
                pageBreak = true
                continue
            case .paragraph(let paragraph):
                buffered = typesetter.paragraphSlices(
                    paragraph, lines: paragraphs.layout(paragraph, width: width),
                    structure: Typesetter.structure(of: paragraph, id: firstID + count))
                keepWithNext = paragraph.style.keepWithNext
                guard !buffered.isEmpty else { continue }
                first = buffered.removeFirst()
            case .table(let content):
                let slices = try tables.slices(
                    content, width: width, id: firstID + count, keptWholeUpTo: pageHeight / Typesetter.smallTableShare)
                guard let slice = slices.next() else { continue }
                first = slice
                table = slices
            case .spacer(let height):
                first = FlowSlice(height: height, items: [])
                keepWithNext = true
            }
            if keepWithPrevious { first.breakAllowedBefore = false }
            if pageBreak { first.pageBreakBefore = true }
            keepWithPrevious = keepWithNext
            pageBreak = false
            count += 1
            return first
        }
        return nil
    }
}
