import CPango
import Foundation
import GongkaiTypesetting

/// The Pango fonts glyph runs were shaped in, by the keys the runs carry. Process-wide, so that pages
/// typeset by one renderer's measurer draw with any other's; each font is held for the process's life
/// (a document uses a handful, the same from one document to the next).
final class ShapingFonts: @unchecked Sendable {
    static let shared = ShapingFonts()

    private let lock = NSLock()
    private var keys: [UnsafeMutablePointer<PangoFont>: FontKey] = [:]
    private var fonts: [UnsafeMutablePointer<PangoFont>] = []

    /// The key of `font`, given and the font held the first time it is met.
    func key(for font: UnsafeMutablePointer<PangoFont>) -> FontKey {
        lock.lock()
        defer { lock.unlock() }
        if let key = keys[font] { return key }
        g_object_ref(UnsafeMutableRawPointer(font))
        // From 1: a test measurer's synthetic font 0 is none of these.
        let key = FontKey(fonts.count + 1)
        fonts.append(font)
        keys[font] = key
        return key
    }

    /// The font of `key`; nil for a key no Pango measurer gave.
    func font(_ key: FontKey) -> UnsafeMutablePointer<PangoFont>? {
        lock.lock()
        defer { lock.unlock() }
        return fonts.indices.contains(key.rawValue - 1) ? fonts[key.rawValue - 1] : nil
    }
}
