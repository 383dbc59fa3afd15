import CPango
import GongkaiTypesetting

/// A Pango glyph string with one Swift owner.
final class GlyphString {
    let pointer: UnsafeMutablePointer<PangoGlyphString>

    init() {
        pointer = pango_glyph_string_new()
    }

    deinit {
        pango_glyph_string_free(pointer)
    }

    var count: Int { Int(pointer.pointee.num_glyphs) }

    /// The glyphs of an item shaped into this string, as values: their clusters' text as byte ranges of
    /// the whole text (`textLength` bytes; the item starts at `byteOffset` and is `length` long), Pango's
    /// units as points.
    func shapedGlyphs(byteOffset: Int, length: Int, characterOfByte: [Int], textLength: Int) -> [ShapedGlyph] {
        guard count > 0, let infos = pointer.pointee.glyphs, let clusters = pointer.pointee.log_clusters else { return [] }
        let scale = Double(PANGO_SCALE)
        let ends = clusterEnds(length: length)
        return (0..<count).map { index in
            let start = byteOffset + Int(clusters[index])
            let end = min(max(start, byteOffset + ends[index]), textLength)
            let geometry = infos[index].geometry
            return ShapedGlyph(
                id: infos[index].glyph, advance: Double(geometry.width) / scale, xOffset: Double(geometry.x_offset) / scale,
                yOffset: Double(geometry.y_offset) / scale, character: characterOfByte[start], text: start..<end)
        }
    }

    /// For each glyph, where its cluster's text ends, as a byte offset in an item `length` bytes long: at
    /// the start of the cluster that follows in the text, whichever way the item runs (a right-to-left
    /// item lists its glyphs from the text's end, so its cluster starts fall).
    private func clusterEnds(length: Int) -> [Int] {
        guard count > 0, let clusters = pointer.pointee.log_clusters else { return [] }
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
