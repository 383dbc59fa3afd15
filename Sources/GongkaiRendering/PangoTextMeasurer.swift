import GongkaiDocument
import GongkaiTypesetting

/// Measures and shapes text with Pango: the glyphs it returns are what `PagePainter` and the PDF writer
/// draw. Remembers every character that no font in its chain could draw. Not thread-safe: one per thread.
public final class PangoTextMeasurer: TextMeasurer {
    private let shaper: TextShaper
    /// Shaped texts: a paragraph's spans, then its lines' runs (a table cell's are mostly the same text).
    private var cache = TextStyleCache<Measured>()
    private var missingCharacters: Set<Character> = []
    /// Characters without a font met since `beginDocument`.
    private var documentMissing: Set<Character> = []

    private struct Measured {
        var shaping: TextShaping
        var missing: Set<Character>
    }

    public init(fonts: FontSetup) {
        shaper = TextShaper(fonts: fonts)
    }

    public func shape(_ text: String, in style: TextStyle) -> TextShaping {
        let place = cache.place(of: style)
        let key = TextKey(text)
        if let cached = cache.value(for: key, at: place) {
            if !cached.missing.isEmpty { documentMissing.formUnion(cached.missing) }
            return cached.shaping
        }
        let shaped = shaper.shape(text, style: style)
        let missing = Set(shaped.missing)
        missingCharacters.formUnion(missing)
        documentMissing.formUnion(missing)
        cache.keep(
            Measured(shaping: shaped.shaping, missing: missing), for: key, at: place,
            characters: shaped.shaping.advances.count)
        return shaped.shaping
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

    /// Forgets measured texts; characters without a font are kept.
    public func clearCache() {
        cache.removeAll()
    }

    /// Forgets measured texts once they hold more than `limit` characters (a few megabytes at the
    /// default). A batch calls this between documents: what departments share (the layout's sentences,
    /// headers, names of codes, amounts) is measured once, and memory stays flat however many documents
    /// a worker renders.
    public func trimCache(toCharacters limit: Int = 100_000) {
        if cache.characters > limit { clearCache() }
    }

    /// Characters measured so far that no font in the chain has, in code point order.
    public var missing: [Character] { Self.ordered(missingCharacters) }

    private static func ordered(_ characters: Set<Character>) -> [Character] {
        characters.sorted { ($0.unicodeScalars.first?.value ?? 0) < ($1.unicodeScalars.first?.value ?? 0) }
    }
}
