import CCairo
import CPango
import GongkaiDocument
import GongkaiTypesetting

/// Draws finished pages onto a Cairo context. It decides nothing: every glyph goes where the page
/// says its character goes.
struct PagePainter {
    let shaper: TextShaper

    /// Draws `page`. A page set across draws its turned content first, in the frame's coordinates under the
    /// frame's transform (a quarter turn: `TurnedFrame.transform`), then its running header and page number
    /// upright, as `PDFDocumentWriter` does.
    func paint(_ page: Page, on context: CairoContext) {
        let cr = context.pointer
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        if let frame = page.turned {
            let t = frame.transform
            var matrix = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.e, y0: t.f)
            cairo_save(cr)
            cairo_transform(cr, &matrix)
            paint(frame.items, on: cr)
            cairo_restore(cr)
        }
        paint(page.items, on: cr)
    }

    /// Draws `items` in the current user space: text, then the rules.
    private func paint(_ items: [PageItem], on cr: OpaquePointer) {
        var rules: [Rule] = []
        for item in items {
            switch item {
            case .rule(let rule): rules.append(rule)
            case .text(let run): draw(run, on: cr)
            }
        }
        // Rules after the text, merged so that an edge shared by two cells is stroked once, in one path per
        // width.
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
            // Pango draws from the advances: a copy of the glyphs gets the targets' (the shaped text is
            // cached and drawn again elsewhere, so it is not changed).
            let positioned = GlyphString(copying: glyphs)
            guard let copied = positioned.pointer.pointee.glyphs else { continue }
            for index in 0..<count { copied[index].geometry.width = Int32(targets[index + 1] - targets[index]) }
            cairo_move_to(cr, run.origin.x + Double(targets[0]) / scale, run.origin.y)
            var glyphItem = PangoGlyphItem(
                item: item.item.pointer, glyphs: positioned.pointer, y_offset: 0, start_x_offset: 0, end_x_offset: 0)
            shaped.withText { text in pango_cairo_show_glyph_item(cr, text, &glyphItem) }
        }
    }
}
