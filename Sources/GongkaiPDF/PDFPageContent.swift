/// A page's content stream (PDF 1.7 §8–9) in PDF coordinates (y up, points): text shown glyph by glyph
/// at given positions, marked-content sequences, and stroked lines.
package struct PDFPageContent {
    /// The stream so far is `storage[..<count]`; the rest is room. Each token is written into room made
    /// for it at once, not appended byte by byte: a page shows thousands of glyphs.
    private var storage: [UInt8]
    package private(set) var count = 0
    /// Scratch for `appendBytes`.
    private var scratch: [UInt8] = []
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

    /// A stream with room for `capacity` bytes to begin with.
    package init(capacity: Int = 16_384) {
        storage = Self.zeros(capacity)
    }

    /// `count` zero bytes, set at once rather than one by one.
    private static func zeros(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.initialize(repeating: 0)
            initialized = count
        }
    }

    /// The stream so far.
    package var bytes: [UInt8] { Array(storage[..<count]) }

    /// Writes at most `room` bytes with `write`, which returns how many it wrote.
    private mutating func write(room: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + room > storage.count { storage += Self.zeros(max(room, storage.count, 256)) }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { write($0.baseAddress! + start) }
    }

    private mutating func append(_ text: StaticString) {
        write(room: text.utf8CodeUnitCount) { target in
            target.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            return text.utf8CodeUnitCount
        }
    }

    private mutating func append(_ byte: UInt8) {
        write(room: 1) { target in
            target.pointee = byte
            return 1
        }
    }

    /// Appends what `append` appends to an array, for what is written seldom (names, text strings).
    private mutating func appendBytes(_ append: (inout [UInt8]) -> Void) {
        scratch.removeAll(keepingCapacity: true)
        append(&scratch)
        let bytes = scratch
        guard !bytes.isEmpty else { return }
        write(room: bytes.count) { target in
            bytes.withUnsafeBufferPointer { target.update(from: $0.baseAddress!, count: $0.count) }
            return bytes.count
        }
    }

    private mutating func number(_ value: Double) {
        write(room: PDFSyntax.numberRoom + 1) { target in
            let written = PDFSyntax.writeNumber(value, to: target)
            target[written] = UInt8(ascii: " ")
            return written + 1
        }
    }

    // MARK: Marked content

    /// Opens a marked-content sequence for structure element content: "/P <</MCID 3>> BDC".
    package mutating func beginMarkedContent(role: String, mcid: Int) {
        endText()
        var role = role
        role.withUTF8 { role in
            write(room: role.count + 1) { target in
                target[0] = UInt8(ascii: "/")
                if let base = role.baseAddress { (target + 1).update(from: base, count: role.count) }
                return role.count + 1
            }
        }
        append(" <</MCID ")
        write(room: PDFSyntax.numberRoom) { PDFSyntax.writeInteger(mcid, to: $0) }
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
        appendBytes { PDFSyntax.appendUTF16Hex(text, byteOrderMark: true, into: &$0) }
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
            appendBytes { bytes in
                bytes.append(UInt8(ascii: "/"))
                bytes += name.utf8
                bytes.append(UInt8(ascii: " "))
            }
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
        // Thousandths of the em, as TJ counts them (a positive number moves left).
        let adjustment = Double(PDFSyntax.integer(rounding: (pen - x) * 1000 / size))
        // "[", ">", the adjustment, "<" and the code: written at once.
        let (openArray, closeString, openString) = (!array, adjustment != 0 && string, adjustment != 0 || !string)
        write(room: PDFSyntax.numberRoom + 7) { target in
            var written = 0
            if openArray {
                target[written] = UInt8(ascii: "[")
                written += 1
            }
            if closeString {
                target[written] = UInt8(ascii: ">")
                written += 1
            }
            if adjustment != 0 { written += PDFSyntax.writeInteger(Int(adjustment), to: target + written) }
            if openString {
                target[written] = UInt8(ascii: "<")
                written += 1
            }
            return written + PDFSyntax.writeHex16(cid, to: target + written)
        }
        array = true
        if adjustment != 0 {
            string = false
            pen -= adjustment * size / 1000
        }
        string = true
        pen += Double(width) * size / 1000 + characterSpacing
        return true
    }

    private mutating func endArray() {
        guard array else { return }
        if string {
            append(UInt8(ascii: ">"))
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
        storage.removeSubrange(count...)
        return storage
    }
}
