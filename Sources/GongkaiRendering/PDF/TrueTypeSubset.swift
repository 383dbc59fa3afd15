/// A TrueType font (glyf outlines: SimHei, FangSong and most licensed Chinese fonts) cut to one document's
/// glyphs, renumbered from 0. TrueType outlines are copied, not reinterpreted, so cutting per document is
/// cheap.
struct TrueTypeSubset {
    /// The font file (FontFile2).
    let program: [UInt8]
    /// The subset's glyph id of each source glyph: the code text is shown with (CIDToGIDMap /Identity).
    let glyphIDs: [UInt32: UInt16]
}
