import CPango

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

    /// Calls `body` with the text's NUL-terminated UTF-8 bytes (`utf8` always holds at least the NUL).
    func withText(_ body: (UnsafePointer<CChar>) -> Void) {
        utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let text = chars.baseAddress { body(text) }
            }
        }
    }
}
