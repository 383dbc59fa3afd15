/// A page's content stream (PDF 1.7 §8–9) in PDF coordinates (y up, points): text shown glyph by glyph
/// at given positions, marked-content sequences, and stroked lines.
package struct PDFPageContent {
    package private(set) var bytes: [UInt8] = []
    private var font: (name: String, size: Double)?
    /// Inside BT … ET, with the pen at x = `pen` (points) after the last glyph, in an open TJ array.
    private var textObject = false
    private var array = false
    /// Inside a hex string of that array: glyphs that need no adjustment share one string.
    private var string = false
    private var pen = 0.0
    /// Tc: space added after every glyph (points). Text state, so it lasts across text objects.
    private var characterSpacing = 0.0
    /// The text state (font and Tc) at each q not yet restored: Q brings it back.
    private var savedStates: [(font: (name: String, size: Double)?, characterSpacing: Double)] = []

    package init() {
        bytes.reserveCapacity(16_384)
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func number(_ value: Double) {
        PDFSyntax.appendNumber(value, into: &bytes)
        bytes.append(UInt8(ascii: " "))
    }

    // MARK: Marked content

    /// Opens a marked-content sequence for structure element content: "/P <</MCID 3>> BDC".
    package mutating func beginMarkedContent(role: String, mcid: Int) {
        endText()
        bytes.append(UInt8(ascii: "/"))
        bytes += role.utf8
        append(" <</MCID ")
        PDFSyntax.appendInteger(mcid, into: &bytes)
        append(">> BDC\n")
    }

    /// Opens an artifact (running headers, page numbers, rules: not part of the document's content).
    package mutating func beginArtifact(pagination: Bool) {
        endText()
        append(pagination ? "/Artifact <</Type /Pagination>> BDC\n" : "/Artifact BMC\n")
    }

    /// Opens a span whose text is `text` whatever its glyphs say.
    package mutating func beginActualText(_ text: String) {
        endText()
        append("/Span <</ActualText ")
        PDFSyntax.appendUTF16Hex(text, byteOrderMark: true, into: &bytes)
        append(">> BDC\n")
    }

    package mutating func endMarkedContent() {
        endText()
        append("EMC\n")
    }

    // MARK: Text

    /// Moves to the start of a new line of glyphs at (x, y) in `font` at `size` points, with `spacing`
    /// points after every glyph: a justified line's glyphs then need no adjustment each.
    package mutating func moveTo(x: Double, y: Double, font name: String, size: Double, spacing: Double) {
        if !textObject {
            append("BT\n")
            textObject = true
        }
        endArray()
        if spacing != characterSpacing {
            number(spacing)
            append("Tc\n")
            characterSpacing = spacing
        }
        if font?.name != name || font?.size != size {
            bytes.append(UInt8(ascii: "/"))
            bytes += name.utf8
            bytes.append(UInt8(ascii: " "))
            number(size)
            append("Tf\n")
            font = (name, size)
        }
        append("1 0 0 1 ")
        number(x)
        number(y)
        append("Tm\n")
        pen = x
    }

    /// Shows one glyph (its CID) whose left edge is at `x` on the current line, advancing the pen by its
    /// width (thousandths of the em); a gap from where the pen stands becomes a TJ adjustment. Returns
    /// whether it was shown (its code the last four bytes), false without a font size to show it at.
    @discardableResult
    package mutating func show(cid: UInt16, at x: Double, width: Int) -> Bool {
        guard let size = font?.size, size > 0 else { return false }
        if !array {
            bytes.append(UInt8(ascii: "["))
            array = true
        }
        // Thousandths of the em, as TJ counts them (a positive number moves left).
        let adjustment = Double(PDFSyntax.integer(rounding: (pen - x) * 1000 / size))
        if adjustment != 0 {
            if string {
                bytes.append(UInt8(ascii: ">"))
                string = false
            }
            PDFSyntax.appendInteger(Int(adjustment), into: &bytes)
            pen -= adjustment * size / 1000
        }
        if !string {
            bytes.append(UInt8(ascii: "<"))
            string = true
        }
        PDFSyntax.appendHex16(cid, into: &bytes)
        pen += Double(width) * size / 1000 + characterSpacing
        return true
    }

    private mutating func endArray() {
        guard array else { return }
        if string {
            bytes.append(UInt8(ascii: ">"))
            string = false
        }
        append("]TJ\n")
        array = false
    }

    private mutating func endText() {
        endArray()
        guard textObject else { return }
        append("ET\n")
        textObject = false
    }

    // MARK: Graphics state

    /// Saves the graphics state (q).
    package mutating func save() {
        endText()
        append("q\n")
        savedStates.append((font, characterSpacing))
    }

    /// Restores the graphics state last saved (Q).
    package mutating func restore() {
        endText()
        append("Q\n")
        if let state = savedStates.popLast() {
            font = state.font
            characterSpacing = state.characterSpacing
        }
    }

    /// Concatenates `matrix` [a b c d e f] to the current transformation matrix (cm).
    package mutating func concatenate(_ matrix: [Double]) {
        endText()
        for value in matrix { number(value) }
        append("cm\n")
    }

    // MARK: Lines

    /// Strokes lines of `width` with square caps: [(x1, y1, x2, y2)].
    package mutating func stroke(_ lines: [(Double, Double, Double, Double)], width: Double) {
        endText()
        number(width)
        append("w 2 J\n")
        for (x1, y1, x2, y2) in lines {
            number(x1)
            number(y1)
            append("m ")
            number(x2)
            number(y2)
            append("l\n")
        }
        append("S\n")
    }

    package mutating func finish() -> [UInt8] {
        endText()
        return bytes
    }
}
