import GongkaiDocument
import GongkaiTypesetting

/// Measures text with Pango exactly as `PagePainter` draws it, and remembers every character that no
/// font in its chain could draw. Not thread-safe: one per thread.
public final class PangoTextMeasurer: TextMeasurer {
    let shaper: TextShaper
    private var cache: [CacheKey: [Double]] = [:]
    private var missingCharacters: Set<Character> = []

    private struct CacheKey: Hashable {
        var text: String
        var style: TextStyle
    }

    public init(fonts: FontSetup) {
        shaper = TextShaper(fonts: fonts)
    }

    public func advances(of text: String, in style: TextStyle) -> [Double] {
        let key = CacheKey(text: text, style: style)
        if let cached = cache[key] { return cached }
        let shaped = shaper.shape(text, style: style)
        missingCharacters.formUnion(shaped.missing)
        cache[key] = shaped.advances
        return shaped.advances
    }

    /// The CJK em box: ideographs sit between 0.88 em above and 0.12 em below the baseline.
    public func metrics(of style: TextStyle) -> FontMetrics {
        FontMetrics(ascent: style.size * 0.88, descent: style.size * 0.12)
    }

    /// Forgets measured texts (a batch calls this between documents, so memory stays flat however many
    /// documents a worker renders); characters without a font are kept.
    public func clearCache() {
        cache.removeAll(keepingCapacity: true)
    }

    /// Characters measured so far that no font in the chain has, in code point order.
    public var missing: [Character] {
        missingCharacters.sorted { ($0.unicodeScalars.first?.value ?? 0) < ($1.unicodeScalars.first?.value ?? 0) }
    }
}
