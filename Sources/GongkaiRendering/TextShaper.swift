import CPango
import GongkaiDocument
import GongkaiTypesetting

/// Shapes text with Pango in the project's font setup, for `PangoTextMeasurer`: the glyphs it measures
/// by are the glyphs pages carry and painters draw, so a measured width is exactly a drawn width.
/// Not thread-safe: one per thread.
final class TextShaper {
    let fonts: FontSetup
    private let context: OpaquePointer
    private var descriptions: [TextStyle: FontDescription] = [:]
    /// The style set on the context last: text comes in long stretches of one style, and hashing a style
    /// hashes its family names.
    private var currentStyle: TextStyle?

    init(fonts: FontSetup) {
        self.fonts = fonts
        context = pango_font_map_create_context(fonts.fontMap)
        // Unhinted metrics and unrounded positions: the same layout at every resolution and in PDF.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string("zh-cn"))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// `text` shaped in `style`: each `Character`'s advance and the glyphs, a piece per Pango item (a
    /// stretch in one font), and the characters no font in the chain has a glyph for.
    func shape(_ text: String, style: TextStyle) -> (shaping: TextShaping, missing: [Character]) {
        if currentStyle?.size != style.size || currentStyle?.font.weight != style.font.weight || currentStyle != style {
            let description = descriptions[style] ?? FontDescription(style)
            if descriptions[style] == nil { descriptions[style] = description }
            pango_context_set_font_description(context, description.pointer)
            currentStyle = style
        }

        var utf8 = Array(text.utf8)
        let byteCount = utf8.count
        var characterOfByte = [Int](repeating: 0, count: byteCount)
        var characterCount = CharacterBounds.scalarsStandingAlone(utf8, characterOfByte: &characterOfByte) ?? 0
        if characterCount == 0, byteCount > 0 {
            var byte = 0
            for character in text {
                let length = character.utf8.count
                for b in byte..<(byte + length) { characterOfByte[b] = characterCount }
                byte += length
                characterCount += 1
            }
        }
        var advances = [Double](repeating: 0, count: characterCount)
        var pieces: [GlyphPiece] = []
        var missing: [Character] = []
        // The text's characters, made only when one has no glyph (rare).
        var characters: [Character]?
        let scale = Double(PANGO_SCALE)
        guard byteCount > 0 else { return (TextShaping(advances: [], pieces: [], positionsPerPoint: scale), []) }

        // The model leaves NUL out of the department's text (`TextHygiene`); text from anywhere else must not
        // reach Pango with one either, as its itemizer aborts the process on it. A space keeps every offset.
        for index in utf8.indices where utf8[index] == 0 { utf8[index] = 0x20 }
        utf8.append(0)
        utf8.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return }
            let base = UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)
            var list = pango_itemize(context, base, 0, Int32(byteCount), nil, nil)
            let head = list
            while let node = list {
                let item = node.pointee.data.assumingMemoryBound(to: PangoItem.self)
                defer { pango_item_free(item) }
                let offset = Int(item.pointee.offset)
                let glyphs = GlyphString()
                pango_shape_with_flags(
                    base + offset, item.pointee.length, base, Int32(byteCount), &item.pointee.analysis,
                    glyphs.pointer, PANGO_SHAPE_NONE)
                if let infos = glyphs.pointer.pointee.glyphs, let clusters = glyphs.pointer.pointee.log_clusters {
                    for index in 0..<glyphs.count {
                        let characterIndex = characterOfByte[offset + Int(clusters[index])]
                        advances[characterIndex] += Double(infos[index].geometry.width) / scale
                        if infos[index].glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 {
                            if characters == nil { characters = Array(text) }
                            let character = characters![characterIndex]
                            if !character.isWhitespace, !character.isNewline { missing.append(character) }
                        }
                    }
                }
                if let font = item.pointee.analysis.font {
                    let shaped = glyphs.shapedGlyphs(
                        byteOffset: offset, length: Int(item.pointee.length), characterOfByte: characterOfByte,
                        textLength: byteCount)
                    pieces.append(GlyphPiece(font: ShapingFonts.shared.key(for: font), glyphs: shaped))
                }
                list = node.pointee.next
            }
            g_list_free(head)
        }
        return (TextShaping(advances: advances, pieces: pieces, positionsPerPoint: scale), missing)
    }
}

/// A Pango font description for a text style, with one owner.
final class FontDescription {
    let pointer: OpaquePointer

    init(_ style: TextStyle) {
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, style.font.families.joined(separator: ","))
        pango_font_description_set_weight(pointer, style.font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(pointer, style.size * Double(PANGO_SCALE))
    }

    deinit {
        pango_font_description_free(pointer)
    }
}
