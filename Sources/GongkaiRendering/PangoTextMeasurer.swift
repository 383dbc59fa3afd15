import GongkaiDocument
import GongkaiTypesetting

/// Measures and shapes text with Pango: the glyphs it returns are what `PagePainter` and the PDF writer
/// draw. Remembers every character that no font in its chain could draw. Not thread-safe: one per thread.
public final class PangoTextMeasurer: TextMeasurer {
    private let shaper: TextShaper
    /// Each measured text's advances, kept for the document (and the next, up to a bound: `trimCache`).
    private var measured = TextStyleCache<Measured>()
    /// Shaped texts with their glyphs, up to `glyphLimit` characters, then forgotten at once. A text's
    /// glyphs are asked for soon after it is measured, when its lines are set (a cell's run is mostly its
    /// whole text); a long table measures every cell before it sets any, and keeping all their glyphs to
    /// the document's end would cost many times what their advances do.
    private var shaped = TextStyleCache<Shaped>()
    private let glyphLimit: Int
    private var missingCharacters: Set<Character> = []
    /// Characters without a font met since `beginDocument`.
    private var documentMissing: Set<Character> = []

    /// A text's characters without a font are nil when there are none (nearly always): a value read
    /// from the cache is copied, and a nil costs no reference count where an empty set does.
    private struct Measured {
        var advances: [Double]
        var missing: Set<Character>?
    }

    private struct Shaped {
        var shaping: TextShaping
        var missing: Set<Character>?
    }

    /// - Parameter glyphLimit: the characters whose glyphs are kept (a few megabytes at the default).
    public init(fonts: FontSetup, glyphLimit: Int = 50_000) {
        shaper = TextShaper(fonts: fonts)
        self.glyphLimit = glyphLimit
    }

    public func advances(of text: String, in style: TextStyle) -> [Double] {
        let key = TextKey(text)
        let place = measured.place(of: style)
        if let cached = measured.value(for: key, at: place) {
            if let missing = cached.missing { documentMissing.formUnion(missing) }
            return cached.advances
        }
        return shapeAnew(text, style: style, key: key).advances
    }

    public func shape(_ text: String, in style: TextStyle) -> TextShaping {
        let key = TextKey(text)
        let place = shaped.place(of: style)
        if let cached = shaped.value(for: key, at: place) {
            if let missing = cached.missing { documentMissing.formUnion(missing) }
            return cached.shaping
        }
        return shapeAnew(text, style: style, key: key)
    }

    /// Shapes `text` with Pango and keeps its advances and glyphs.
    private func shapeAnew(_ text: String, style: TextStyle, key: TextKey) -> TextShaping {
        let result = shaper.shape(text, style: style)
        let missing = result.missing.isEmpty ? nil : Set(result.missing)
        if let missing {
            missingCharacters.formUnion(missing)
            documentMissing.formUnion(missing)
        }
        let count = result.shaping.advances.count
        let place = measured.place(of: style)
        if measured.value(for: key, at: place) == nil {
            measured.keep(Measured(advances: result.shaping.advances, missing: missing), for: key, at: place, characters: count)
        }
        if shaped.characters + count > glyphLimit { shaped.removeAll() }
        let shapedPlace = shaped.place(of: style)
        shaped.keep(Shaped(shaping: result.shaping, missing: missing), for: key, at: shapedPlace, characters: count)
        return result.shaping
    }

    /// Starts a document: its missing characters are counted afresh, and the cache is trimmed.
    public func beginDocument() {
        documentMissing = []
        trimCache()
    }

    /// Characters without a font in the document begun last, in code point order.
    public var missingInDocument: [Character] { Self.ordered(documentMissing) }

    /// The CJK em box: ideographs sit between 0.88 em above and 0.12 em below the baseline.
    public func metrics(of style: TextStyle) -> FontMetrics {
        FontMetrics(ascent: style.size * 0.88, descent: style.size * 0.12)
    }

    /// Forgets measured and shaped texts; characters without a font are kept.
    public func clearCache() {
        measured.removeAll()
        shaped.removeAll()
    }

    /// Forgets measured texts once they hold more than `limit` characters (a few megabytes at the
    /// default). A batch calls this between documents: what departments share (the layout's sentences,
    /// headers, names of codes, amounts) is measured once, and memory stays flat however many documents
    /// a worker renders.
    public func trimCache(toCharacters limit: Int = 100_000) {
        if measured.characters > limit { clearCache() }
    }

    /// Characters measured so far that no font in the chain has, in code point order.
    public var missing: [Character] { Self.ordered(missingCharacters) }

    private static func ordered(_ characters: Set<Character>) -> [Character] {
        characters.sorted { ($0.unicodeScalars.first?.value ?? 0) < ($1.unicodeScalars.first?.value ?? 0) }
    }
}
