/// The outlines of a font file's face as the PDF writer sees them: it embeds TrueType (`glyf`) and CFF
/// outlines, CID-keyed or name-keyed. Checked when fonts are set up, so that a font it cannot embed is
/// refused, named, before any document is typeset with it.
enum FontOutlines {
    /// Why face `index` of the font file at `path` cannot be embedded; nil when it can.
    static func problem(path: String, index: UInt32) -> RenderingError.FontProblem? {
        guard let face = HarfBuzzFace.open(path: path, index: index) else { return .notOpenType }
        defer { face.release() }
        if face.has("glyf") || face.has("CFF ") { return nil }
        if face.has("CFF2") { return .cff2 }
        if face.has("CBDT") || face.has("sbix") || face.has("EBDT") { return .bitmapOnly }
        return .noOutlines
    }
}
