import CCairo
import CPango
import GongkaiDocument
import GongkaiTypesetting

/// Draws finished pages onto a Cairo context. It decides nothing: every glyph goes where the page
/// says its character goes.
struct PagePainter {
    let shaper: TextShaper
    /// Subset fonts to draw with (PDF output); without them Pango draws from the full fonts.
    var subsets: FontSubsets?

    /// Records every glyph `page` draws, by font, for the subsets.
    func collectGlyphs(_ page: Page, into subsets: FontSubsets) {
        for item in (page.turned?.items ?? []) + page.items {
            guard case .text(let run) = item else { continue }
            for shapedItem in shaper.shape(run.text, style: run.style).items {
                guard let font = shapedItem.item.pointer.pointee.analysis.font, let face = FontSubsets.face(of: font) else { continue }
                let glyphs = shapedItem.glyphs.pointer
                guard let infos = glyphs.pointee.glyphs else { continue }
                let drawn = (0..<Int(glyphs.pointee.num_glyphs)).lazy.map { infos[$0].glyph }
                subsets.use(drawn.filter(ShapedItem.isDrawn), of: face)
            }
        }
    }

    /// Draws `page`; with `tagged`, text runs are wrapped in Cairo structure tags (tagged PDF). Tags are
    /// closed at the page's end, so running headers and page numbers stay outside the structure, and an
    /// element continued on the next page starts again there.
    ///
    /// A page set across draws its turned content first, in the frame's coordinates under the frame's
    /// transform (a quarter turn: `TurnedFrame.transform`), then its running header and page number
    /// upright, as `PDFDocumentWriter` does.
    /// - Returns: the spans of the table cells tagged on this page, in the order they were opened.
    @discardableResult
    func paint(_ page: Page, on context: CairoContext, tagged: Bool = false) -> [(rows: Int, columns: Int)] {
        var cells: [(rows: Int, columns: Int)] = []
        let cr = context.pointer
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        if let frame = page.turned {
            let t = frame.transform
            var matrix = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.e, y0: t.f)
            cairo_save(cr)
            cairo_transform(cr, &matrix)
            paint(frame.items, on: cr, tagged: tagged, cells: &cells)
            cairo_restore(cr)
        }
        paint(page.items, on: cr, tagged: tagged, cells: &cells)
        return cells
    }

    /// Draws `items` in the current user space: text, tagged as its structure says, then the rules.
    private func paint(_ items: [PageItem], on cr: OpaquePointer, tagged: Bool, cells: inout [(rows: Int, columns: Int)]) {
        var open: [StructureTag] = []
        var rules: [Rule] = []
        for item in items {
            switch item {
            case .rule(let rule):
                rules.append(rule)
            case .text(let run):
                if tagged {
                    let shared = zip(open, run.structure).prefix { $0 == $1 }.count
                    while open.count > shared { cairo_tag_end(cr, open.removeLast().role) }
                    for tag in run.structure.dropFirst(shared) {
                        cairo_tag_begin(cr, tag.role, "")
                        open.append(tag)
                        if tag.role == "TH" || tag.role == "TD" { cells.append((tag.rowSpan, tag.colSpan)) }
                    }
                }
                if let link = run.link {
                    cairo_tag_begin(cr, CAIRO_TAG_LINK, Self.attributes(of: link))
                    draw(run, on: cr)
                    cairo_tag_end(cr, CAIRO_TAG_LINK)
                } else {
                    draw(run, on: cr)
                }
            }
        }
        while let tag = open.popLast() { cairo_tag_end(cr, tag.role) }
        // Rules after the text and outside the structure (they are not content), merged so that an edge
        // shared by two cells is stroked once, in one path per width.
        var width: Double?
        for rule in Rule.merged(rules) {
            if width != rule.width {
                if width != nil { cairo_stroke(cr) }
                width = rule.width
                cairo_set_line_width(cr, rule.width)
            }
            cairo_move_to(cr, rule.from.x, rule.from.y)
            cairo_line_to(cr, rule.to.x, rule.to.y)
        }
        if width != nil { cairo_stroke(cr) }
    }

    /// Draws a shaped item with its subset font: the same glyph ids at the same positions, with the text
    /// and its clusters so that the PDF's text extracts as written.
    private func drawSubset(
        _ run: TextRun, _ item: ShapedItem, targets: [Int], shaped: ShapedText, font: OpaquePointer, on cr: OpaquePointer
    ) {
        let scale = Double(PANGO_SCALE)
        let glyphs = item.glyphs.pointer
        let count = Int(glyphs.pointee.num_glyphs)
        guard let infos = glyphs.pointee.glyphs, let logClusters = glyphs.pointee.log_clusters else { return }
        let length = Int(item.item.pointer.pointee.length)
        let ends = item.clusterEnds()
        var cairoGlyphs: [cairo_glyph_t] = []
        var clusters: [cairo_text_cluster_t] = []
        var index = 0
        while index < count {
            // A cluster: glyphs sharing a start byte; it covers the bytes up to the next cluster's start.
            var next = index
            var kept: Int32 = 0
            while next < count, logClusters[next] == logClusters[index] {
                let info = infos[next]
                if ShapedItem.isDrawn(info.glyph) {
                    cairoGlyphs.append(
                        cairo_glyph_t(
                            index: UInt(info.glyph), x: run.origin.x + Double(targets[next] + Int(info.geometry.x_offset)) / scale,
                            y: run.origin.y + Double(info.geometry.y_offset) / scale))
                    kept += 1
                }
                next += 1
            }
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(max(0, ends[index] - Int(logClusters[index]))), num_glyphs: kept))
            index = next
        }
        cairo_set_font_face(cr, font)
        cairo_set_font_size(cr, run.style.size)
        shaped.withText { text in
            cairo_show_text_glyphs(
                cr, text + item.byteOffset, Int32(length), cairoGlyphs, Int32(cairoGlyphs.count), clusters,
                Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
        }
    }

    /// The named destination at the top of physical page `page`.
    static func destinationName(_ page: Int) -> String { "page-\(page)" }

    /// Cairo's link attributes: a quoted, escaped URI, or a page of this PDF.
    static func attributes(of link: LinkTarget) -> String {
        switch link {
        case .uri(let uri):
            let escaped = uri.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            return "uri='\(escaped)'"
        case .page(let page):
            // A named destination: Cairo resolves those when the file is finished, so a link may point to
            // a page not drawn yet (a volume's contents).
            return "dest='\(destinationName(page))'"
        }
    }

    /// Shapes the run again (same shaper, same glyphs as measured) and moves each glyph to its
    /// character's position: justification and spacing live in the positions, not in the font.
    private func draw(_ run: TextRun, on cr: OpaquePointer) {
        let shaped = shaper.shape(run.text, style: run.style)
        let scale = Double(PANGO_SCALE)
        for item in shaped.items {
            let glyphs = item.glyphs.pointer
            let count = Int(glyphs.pointee.num_glyphs)
            guard count > 0, let infos = glyphs.pointee.glyphs else { continue }
            // Target x of each glyph in Pango units, and where the last one ends.
            var targets: [Int] = []
            item.targets(of: run, in: shaped, into: &targets)
            targets.append(targets[count - 1] + Int(infos[count - 1].geometry.width))
            if let subsets, let font = item.item.pointer.pointee.analysis.font, let face = FontSubsets.face(of: font),
                let subset = subsets.cairoFace(for: face)
            {
                drawSubset(run, item, targets: targets, shaped: shaped, font: subset, on: cr)
                continue
            }
            // Pango draws from the advances: set them to the targets for the drawing, then put the shaped
            // ones back, since shaped texts are cached and drawn again elsewhere.
            let natural = (0..<count).map { infos[$0].geometry.width }
            for index in 0..<count { infos[index].geometry.width = Int32(targets[index + 1] - targets[index]) }
            defer { for index in 0..<count { infos[index].geometry.width = natural[index] } }
            cairo_move_to(cr, run.origin.x + Double(targets[0]) / scale, run.origin.y)
            // With the text and its clusters, Cairo writes the true characters into the PDF (a glyph
            // shared by 日 and the radical ⽇ extracts as 日), so search and copy work.
            var glyphItem = PangoGlyphItem(item: item.item.pointer, glyphs: glyphs, y_offset: 0, start_x_offset: 0, end_x_offset: 0)
            shaped.withText { text in pango_cairo_show_glyph_item(cr, text, &glyphItem) }
        }
    }
}
