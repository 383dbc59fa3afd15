/// A TrueType font (glyf outlines: SimHei, FangSong and most licensed Chinese fonts) cut to one document's
/// glyphs, renumbered from 0. TrueType outlines are copied, not reinterpreted, so cutting per document is
/// cheap.
package struct TrueTypeSubset {
    /// The font file (FontFile2).
    package let program: [UInt8]
    /// The subset's glyph id of each source glyph: the code text is shown with (CIDToGIDMap /Identity).
    package let glyphIDs: [UInt32: UInt16]

    package init(program: [UInt8], glyphIDs: [UInt32: UInt16]) {
        self.program = program
        self.glyphIDs = glyphIDs
    }
}
