/// What a PDF's font descriptor and widths say of a source font, in its design units.
package struct SourceFontMetrics {
    package var unitsPerEm: Int
    /// PostScript name (name ID 6), or the CFF font's name; printable ASCII without PDF's delimiters.
    package var postScriptName: String
    package var boundingBox: (xMin: Int, yMin: Int, xMax: Int, yMax: Int)
    package var ascender: Int
    package var descender: Int
    package var capHeight: Int
    /// Horizontal advances of the glyphs cut.
    package var advances: [UInt32: Int] = [:]

    package init(
        unitsPerEm: Int, postScriptName: String, boundingBox: (xMin: Int, yMin: Int, xMax: Int, yMax: Int), ascender: Int,
        descender: Int, capHeight: Int
    ) {
        self.unitsPerEm = max(1, unitsPerEm)
        self.postScriptName = postScriptName
        self.boundingBox = boundingBox
        self.ascender = ascender
        self.descender = descender
        self.capHeight = capHeight
    }

    /// `value` design units in thousandths of the em, as PDF widths and font descriptors give them.
    package func thousandths(_ value: Int) -> Int {
        (value * 1000 + (value >= 0 ? unitsPerEm / 2 : -unitsPerEm / 2)) / unitsPerEm
    }
}
