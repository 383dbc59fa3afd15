/// What identifies a source font, whichever renderer (font map) opened it: its face index, size in glyphs,
/// and its 'head' table, which holds the font's checksum (checkSumAdjustment) and revision, with the length
/// of each of its tables.
struct SourceFontChecksum: Hashable {
    var index: UInt32
    var glyphCount: UInt32
    var head: [UInt8]
    var tables: [UInt32: UInt32]

    init(_ face: HarfBuzzFace) {
        index = face.index
        glyphCount = face.glyphCount
        head = face.table(HarfBuzzFace.tag("head"))
        var tables: [UInt32: UInt32] = [:]
        for tag in face.tableTags { tables[tag] = face.tableLength(tag) }
        self.tables = tables
    }
}
