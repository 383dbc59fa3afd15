import GongkaiDocument

/// A typeset document: finished pages and what could not be set as asked.
public struct TypesetDocument: Sendable {
    public var metadata: DocumentMetadata
    public var pages: [Page]
    public var warnings: [TypesettingWarning]

    public init(metadata: DocumentMetadata, pages: [Page], warnings: [TypesettingWarning]) {
        self.metadata = metadata
        self.pages = pages
        self.warnings = warnings
    }
}

/// What typesetting a document page by page leaves once its pages are handed on.
public struct TypesetSummary: Sendable {
    public var pageCount: Int
    public var warnings: [TypesettingWarning]
}

/// Turns a document tree into pages of positioned boxes. Pure: all it knows of fonts comes through
/// its `TextMeasurer`.
public struct Typesetter {
    let measurer: any TextMeasurer

    public init(measurer: any TextMeasurer) {
        self.measurer = measurer
    }

    /// A table no taller than this share of the type area (caption, header and rows) is small: it moves
    /// to the next page whole rather than being split.
    static let smallTableShare = 3.0

    /// Sets `document` into pages.
    /// - Throws: `TypesettingError` for tables whose spans or widths cannot be set.
    /// - Parameter firstPageNumber: the number printed on the first page (a volume numbers its documents on).
    public func typeset(_ document: Document, firstPageNumber: Int = 1) throws -> TypesetDocument {
        var pages: [Page] = []
        let summary = try typeset(document, firstPageNumber: firstPageNumber) { pages.append($0) }
        return TypesetDocument(metadata: document.metadata, pages: pages, warnings: summary.warnings)
    }

    /// Sets `document` into pages and hands each to `sink` as soon as it is finished, in order, keeping
    /// none: a long document is written while it is set, in the memory of a few pages.
    /// - Throws: `TypesettingError`, or what `sink` throws (which ends the typesetting).
    public func typeset(
        _ document: Document, firstPageNumber: Int = 1, pages sink: (Page) throws -> Void
    ) throws -> TypesetSummary {
        // Runs of blocks sharing a page geometry; each `.pageSetup` starts a new run on a new page.
        var sections: [(geometry: PageGeometry, blocks: [Block])] = [(document.page, [])]
        for block in document.blocks {
            if case .pageSetup(let geometry) = block {
                sections.append((geometry, []))
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
        }
        var pageCount = 0
        var warnings: [TypesettingWarning] = []
        // Structure ids count on from section to section: an id names one element in the whole document.
        var firstID = 1
        // One layouter for the document: a table cell's text met in one section is prepared already in the next.
        let paragraphs = ParagraphLayouter(measurer: measurer)
        for section in sections where !section.blocks.isEmpty {
            let geometry = section.geometry
            // Set across, the lines run the height of the type area and the pages are as deep as it is wide.
            let isTurned = geometry.orientation == .turned
            let pageHeight = isTurned ? geometry.contentWidth : geometry.contentHeight
            let source = FlowSource(
                section.blocks, width: isTurned ? geometry.contentHeight : geometry.contentWidth, pageHeight: pageHeight,
                firstID: firstID, typesetter: self, paragraphs: paragraphs)
            // The running header is the same on every page of a section: set once.
            let sectionHeaderItems = document.header.map { runningHeader($0, geometry: geometry) } ?? []
            try Paginator(pageHeight: pageHeight).paginate(source.next) { (content: consuming Paginator.PageContent) in
                var content = consume content
                let number = pageCount + firstPageNumber
                let isFirstPage = pageCount == 0
                // What surrounds the type area, made first so that the page's items fit one array.
                var runningHeaderItems: [PageItem] = []
                if let header = document.header, !(header.skipFirstPage && isFirstPage) {
                    runningHeaderItems = sectionHeaderItems
                }
                let pageNumberItems = document.pageNumber.map { pageNumber(number, style: $0, geometry: geometry) } ?? []
                // The content is set on the sheet, or on the frame of a page set across, whose margins
                // depend on which way it turns.
                let turn = isTurned ? PageTurn.forTable(onPage: number) : nil
                let frame = turn.map { geometry.frame(turned: $0) } ?? geometry
                var items: [PageItem] = []
                items.reserveCapacity(
                    (content.header?.items.count ?? 0) + content.placements.reduce(0) { $0 + $1.slice.items.count }
                        + runningHeaderItems.count + pageNumberItems.count)
                var outline: [OutlineEntry] = []
                if let header = content.header {
                    for item in header.items { items.append(item.offset(dx: frame.marginLeft, dy: frame.marginTop)) }
                }
                for index in content.placements.indices {
                    // Read in place: a copy of the placement would share the items and make moving them copy.
                    let top = content.placements[index].y
                    let dy = frame.marginTop + top
                    // The page's own slices: their items are moved onto the page, not copied.
                    var sliceItems: [PageItem] = []
                    swap(&sliceItems, &content.placements[index].slice.items)
                    PageItem.move(&sliceItems, to: &items, dx: frame.marginLeft, dy: dy)
                    if let heading = content.placements[index].slice.outline {
                        // A heading set across has no height on the sheet of its own: its entry shows the page.
                        let y = isTurned ? 0 : geometry.marginTop + top
                        outline.append(OutlineEntry(level: heading.level, title: heading.title, y: y))
                    }
                    if content.placements[index].isOverfull {
                        warnings.append(
                            TypesettingWarning(text: TypesettingMessages.blockPastFoot, page: number))
                    }
                }
                var turned: TurnedFrame?
                if let turn {
                    turned = TurnedFrame(turn: turn, width: frame.width, height: frame.height, items: items)
                    items = []
                }
                // The running header and the page number stay upright where every page has them.
                items += runningHeaderItems
                items += pageNumberItems
                pageCount += 1
                try sink(
                    Page(
                        width: geometry.width, height: geometry.height, number: number, items: items, turned: turned,
                        outline: outline))
            }
            firstID += source.count
        }
        return TypesetSummary(pageCount: pageCount, warnings: warnings)
    }

    /// A paragraph's place in the logical structure: the title is H1, headings H2 and down, list items
    /// LI within their list's L, the rest P. `id` is unique to the paragraph.
    static func structure(of paragraph: Paragraph, id: Int) -> [StructureTag] {
        switch paragraph.role {
        case .title: [StructureTag(role: "H1", id: id)]
        case .heading(let level): [StructureTag(role: "H\(min(level + 1, 6))", id: id)]
        case .body: [StructureTag(role: "P", id: id)]
        case .listItem(let list): [StructureTag(role: "L", id: list), StructureTag(role: "LI", id: id)]
        }
    }

    /// One slice per line; breaks inside the paragraph only where they leave at least `orphans` lines
    /// at the foot of a page and `widows` lines at the head of the next. Headings never break inside.
    func paragraphSlices(_ paragraph: Paragraph, lines: consuming [SetLine], structure: [StructureTag]) -> [FlowSlice] {
        let style = paragraph.style
        let count = lines.count
        var slices: [FlowSlice] = []
        slices.reserveCapacity(count)
        for number in lines.indices {
            // The line's runs are moved into the slice, not copied: taken out of the line, reversed in
            // place and popped, each is the only reference to its text, offsets and glyphs.
            var runs: [TextRun] = []
            swap(&runs, &lines[number].runs)
            runs.reverse()
            var items: [PageItem] = []
            items.reserveCapacity(runs.count)
            while var run = runs.popLast() {
                run.structure = structure
                items.append(.text(run))
            }
            var slice = FlowSlice(height: lines[number].height, items: items)
            if number == 0 {
                slice.spaceBefore = style.spaceBefore
                if case .heading(let level) = paragraph.role { slice.outline = (level, paragraph.plainText) }
            } else {
                slice.breakAllowedBefore = !style.keepWithNext && number >= style.orphans && count - number >= style.widows
            }
            if number == count - 1 { slice.spaceAfter = style.spaceAfter }
            slices.append(slice)
        }
        return slices
    }

    private func runningHeader(_ header: RunningHeader, geometry: PageGeometry) -> [PageItem] {
        let metrics = measurer.metrics(of: header.text)
        let ruleY = geometry.marginTop - header.distanceAboveTypeArea
        let baseline = ruleY - metrics.descent - 2
        var items: [PageItem] = []
        let left = headerLine(header.left, header: header)
        items += left.runs.map { .text($0).offset(dx: geometry.marginLeft, dy: baseline) }
        let right = headerLine(header.right, header: header)
        items += right.runs.map { .text($0).offset(dx: geometry.width - geometry.marginRight - right.width, dy: baseline) }
        if header.ruleWidth > 0 {
            items.append(
                .rule(
                    Rule(
                        from: Point(x: geometry.marginLeft, y: ruleY),
                        to: Point(x: geometry.width - geometry.marginRight, y: ruleY), width: header.ruleWidth)))
        }
        return items
    }

    /// One side of the running header on one line, its runs' baselines at y = 0: by the header's paragraph
    /// style's spacing rules (a quarter em between "2023" and "年", as in the body) when it has one.
    private func headerLine(_ text: String, header: RunningHeader) -> (runs: [TextRun], width: Double) {
        guard !text.isEmpty else { return ([], 0) }
        guard var style = header.paragraphStyle else {
            let run = makeRun(text, style: header.text)
            return ([run], run.width)
        }
        style.text = header.text
        style.gridAdvance = nil
        (style.firstLineIndent, style.leftIndent, style.rightIndent) = (0, 0, 0)
        style.avoidsLoneLastCharacter = false
        style.balancesLines = false
        // Wide enough never to break: a header is one line.
        let lines = ParagraphLayouter(measurer: measurer).layout(text, style: style, width: 100_000, alignment: .left)
        let runs = (lines.first?.runs ?? []).map { run in
            var run = run
            run.origin.y = 0
            return run
        }
        return (runs, runs.map { $0.origin.x + $0.width }.max() ?? 0)
    }

    private func pageNumber(_ number: Int, style: PageNumberStyle, geometry: PageGeometry) -> [PageItem] {
        let label = style.label(for: number)
        let metrics = measurer.metrics(of: style.text)
        let baseline = geometry.marginTop + geometry.contentHeight + style.distanceBelowTypeArea + metrics.ascent
        // Pieces of text and dashes, each with its width.
        var pieces: [(text: String, isDash: Bool, width: Double)] = []
        for character in label {
            let isDash = style.dashesAsRules && character == "—"
            if !isDash, let last = pieces.last, !last.isDash {
                pieces[pieces.count - 1].text.append(character)
            } else {
                pieces.append((String(character), isDash, 0))
            }
        }
        for index in pieces.indices {
            pieces[index].width = pieces[index].isDash
                ? style.text.size : measurer.advances(of: pieces[index].text, in: style.text).reduce(0, +)
        }
        let width = pieces.reduce(0) { $0 + $1.width }
        let left = geometry.marginLeft
        let right = geometry.width - geometry.marginRight
        var x: Double
        switch style.placement {
        case .center: x = (left + right - width) / 2
        case .right: x = right - style.indent - width
        case .outside: x = number % 2 == 1 ? right - style.indent - width : left + style.indent
        }
        var items: [PageItem] = []
        for piece in pieces {
            if piece.isDash {
                // Where a CJK font draws its em dash: a little above the middle of the em box.
                let y = baseline - 0.34 * style.text.size
                items.append(.rule(Rule(from: Point(x: x, y: y), to: Point(x: x + piece.width, y: y), width: style.text.size / 16)))
            } else {
                items.append(.text(makeRun(piece.text, style: style.text)).offset(dx: x, dy: baseline))
            }
            x += piece.width
        }
        return items
    }

    /// A run at (0, 0) with the measurer's natural spacing.
    private func makeRun(_ text: String, style: TextStyle) -> TextRun {
        ParagraphLayouter.naturalRun(text, style: style, measurer: measurer)
    }
}
