import CPango
import GongkaiPDF
import GongkaiTypesetting

/// A Pango glyph string with one Swift owner.
final class GlyphString {
    let pointer: UnsafeMutablePointer<PangoGlyphString>

    init() {
        pointer = pango_glyph_string_new()
    }

    /// A copy of `glyphs`, its own to change.
    init(copying glyphs: UnsafeMutablePointer<PangoGlyphString>) {
        pointer = pango_glyph_string_copy(glyphs)
    }

    deinit {
        pango_glyph_string_free(pointer)
    }

    var count: Int { Int(pointer.pointee.num_glyphs) }
}

/// A Pango item (a piece of text in one font and script) with one Swift owner.
final class ItemReference {
    let pointer: UnsafeMutablePointer<PangoItem>

    init(taking pointer: UnsafeMutablePointer<PangoItem>) {
        self.pointer = pointer
    }

    deinit {
        pango_item_free(pointer)
    }
}

/// A piece of text in one font, shaped: glyphs whose clusters point back into the text's UTF-8 bytes.
struct ShapedItem {
    /// Offset of the item's first byte in the whole text.
    var byteOffset: Int
    /// The item, which holds its font; kept so that drawing can pass the text along with the glyphs.
    var item: ItemReference
    var glyphs: GlyphString
}

/// A whole text shaped, item by item, with each `Character`'s advance.
struct ShapedText {
    /// The text's UTF-8 bytes, NUL-terminated: what clusters point into.
    var utf8: [UInt8]
    var items: [ShapedItem]
    /// The advance of each `Character`, in points (0 for characters inside another's cluster).
    var advances: [Double]
    /// For each UTF-8 byte of the text, the index of the `Character` it belongs to.
    var characterOfByte: [Int]
    /// Characters no font in the chain has a glyph for.
    var missing: [Character]
    /// The same as values for the typesetter: advances and glyphs, a piece per item.
    var shaping: TextShaping

    /// Calls `body` with the text's NUL-terminated UTF-8 bytes (`utf8` always holds at least the NUL).
    func withText(_ body: (UnsafePointer<CChar>) -> Void) {
        utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let text = chars.baseAddress { body(text) }
            }
        }
    }
}

extension ShapedItem {
    /// The HarfBuzz face of the item's font (the font file and face index Pango shaped with).
    var face: HarfBuzzFace? {
        guard let font = item.pointer.pointee.analysis.font, let hbFont = pango_font_get_hb_font(font) else { return nil }
        return HarfBuzzFace(font: hbFont)
    }

    /// Whether a shaped glyph is drawn: not a missing character's box, not an empty glyph.
    static func isDrawn(_ glyph: PangoGlyph) -> Bool {
        glyph & PANGO_GLYPH_UNKNOWN_FLAG == 0 && glyph != PANGO_GLYPH_EMPTY
    }

    /// Where `run` sets each glyph, in Pango units from the run's origin: its character's position (the
    /// typesetter's, so justification and spacing live there) plus its natural offset within a
    /// multi-glyph cluster. Fills `targets`, one a glyph, keeping its capacity.
    func targets(of run: TextRun, in shaped: ShapedText, into targets: inout [Int]) {
        targets.removeAll(keepingCapacity: true)
        let count = glyphs.count
        guard count > 0, let infos = glyphs.pointer.pointee.glyphs, let clusters = glyphs.pointer.pointee.log_clusters else {
            return
        }
        let scale = Double(PANGO_SCALE)
        var previousCharacter = -1
        var withinCluster = 0
        for glyph in 0..<count {
            let character = shaped.characterOfByte[byteOffset + Int(clusters[glyph])]
            if character != previousCharacter { withinCluster = 0 }
            let base = character < run.offsets.count ? run.offsets[character] : run.width
            targets.append(PDFSyntax.integer(rounding: base * scale) + withinCluster)
            withinCluster += Int(infos[glyph].geometry.width)
            previousCharacter = character
        }
    }

    /// The item's glyphs as values, their clusters' text as byte ranges of the whole text (`textLength`
    /// bytes long), Pango's units as points.
    func shapedGlyphs(characterOfByte: [Int], textLength: Int) -> [ShapedGlyph] {
        let count = glyphs.count
        guard count > 0, let infos = glyphs.pointer.pointee.glyphs, let clusters = glyphs.pointer.pointee.log_clusters else {
            return []
        }
        let scale = Double(PANGO_SCALE)
        let ends = clusterEnds()
        return (0..<count).map { index in
            let start = byteOffset + Int(clusters[index])
            let end = min(max(start, byteOffset + ends[index]), textLength)
            let geometry = infos[index].geometry
            return ShapedGlyph(
                id: infos[index].glyph, advance: Double(geometry.width) / scale, xOffset: Double(geometry.x_offset) / scale,
                yOffset: Double(geometry.y_offset) / scale, character: characterOfByte[start], text: start..<end)
        }
    }

    /// For each glyph, where its cluster's text ends, as a byte offset in the item: at the start of the
    /// cluster that follows in the text, whichever way the item runs (a right-to-left item lists its
    /// glyphs from the text's end, so its cluster starts fall).
    func clusterEnds() -> [Int] {
        let count = glyphs.count
        let length = Int(item.pointer.pointee.length)
        guard count > 0, let clusters = glyphs.pointer.pointee.log_clusters else { return [] }
        var ends = [Int](repeating: length, count: count)
        var rising = true
        var falling = true
        for glyph in 1..<max(count, 1) {
            if clusters[glyph] < clusters[glyph - 1] { rising = false }
            if clusters[glyph] > clusters[glyph - 1] { falling = false }
        }
        if rising || falling {
            // The next cluster in the text is the next different one in glyph order (rising) or the
            // previous different one (falling).
            var next = length
            var previous: Int32?
            for glyph in rising ? stride(from: count - 1, through: 0, by: -1) : stride(from: 0, through: count - 1, by: 1) {
                if let previous, previous != clusters[glyph] { next = Int(previous) }
                ends[glyph] = next
                previous = clusters[glyph]
            }
        } else {
            let starts = Set((0..<count).map { Int(clusters[$0]) }).sorted()
            for glyph in 0..<count {
                let start = Int(clusters[glyph])
                ends[glyph] = starts.first { $0 > start } ?? length
            }
        }
        return ends
    }
}
