import CCairo
import CPango
import GongkaiDocument
import GongkaiTypesetting

/// Draws finished pages onto a Cairo context. It decides nothing: every glyph goes where the page
/// says its character goes.
struct PagePainter {
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

    /// Draws the run's glyphs where the typesetter placed them: justification and spacing live in the
    /// positions, not in the font.
    private func draw(_ run: TextRun, on cr: OpaquePointer) {
        let scale = Double(PANGO_SCALE)
        for piece in run.glyphs {
            let count = piece.glyphs.count
            guard count > 0, let font = ShapingFonts.shared.font(piece.font) else { continue }
            // Pango draws from advances: each glyph's is the way to the next one's pen position (in Pango's
            // units, which the positions are whole numbers of); the last keeps its own.
            let pens = piece.glyphs.map { Int(($0.x * scale).rounded()) }
            let glyphs = GlyphString()
            pango_glyph_string_set_size(glyphs.pointer, Int32(count))
            guard let infos = glyphs.pointer.pointee.glyphs else { continue }
            for (index, glyph) in piece.glyphs.enumerated() {
                var info = PangoGlyphInfo()
                info.glyph = glyph.id
                let next = index + 1 < count ? pens[index + 1] : pens[index] + Int((glyph.advance * scale).rounded())
                info.geometry.width = Int32(next - pens[index])
                info.geometry.x_offset = Int32((glyph.xOffset * scale).rounded())
                info.geometry.y_offset = Int32((glyph.yOffset * scale).rounded())
                let startsCluster = index == 0 || glyph.text.lowerBound != piece.glyphs[index - 1].text.lowerBound
                info.attr.is_cluster_start = startsCluster ? 1 : 0
                infos[index] = info
                glyphs.pointer.pointee.log_clusters?[index] = Int32(glyph.text.lowerBound)
            }
            cairo_move_to(cr, run.origin.x + Double(pens[0]) / scale, run.origin.y)
            pango_cairo_show_glyph_string(cr, font, glyphs.pointer)
        }
    }
}
