import GongkaiDocument
import GongkaiTypesetting

/// Measures text with Pango exactly as `PagePainter` draws it, and remembers every character that no
/// font in its chain could draw. Not thread-safe: one per thread.
public final class PangoTextMeasurer: TextMeasurer {
    let shaper: TextShaper
    /// Measured texts, one table per style of `styles`; texts are keyed by their bytes (`TextKey`), as
    /// hashing and comparing them as `String`s normalises them first.
    private var cache: [[TextKey: Measured]] = []
    /// The styles met, in the order met: a style's place is its table in `cache`.
    private var styles: [TextStyle] = []
    /// The place of the style measured last: text comes in long stretches of one style.
    private var lastStyle = 0
    private var missingCharacters: Set<Character> = []
    /// Characters without a font met since `beginDocument`.
    private var documentMissing: Set<Character> = []

    private struct Measured {
        var advances: [Double]
        var missing: Set<Character>
    }

    public init(fonts: FontSetup) {
        shaper = TextShaper(fonts: fonts)
    }

    /// Characters held by the cache, to bound it.
    private var cachedCharacters = 0

    public func advances(of text: String, in style: TextStyle) -> [Double] {
        let place = place(of: style)
        let key = TextKey(text)
        if let cached = cache[place][key] {
            if !cached.missing.isEmpty { documentMissing.formUnion(cached.missing) }
            return cached.advances
        }
        let shaped = shaper.shape(text, style: style)
        let missing = Set(shaped.missing)
        missingCharacters.formUnion(missing)
        documentMissing.formUnion(missing)
        cache[place][key] = Measured(advances: shaped.advances, missing: missing)
        cachedCharacters += shaped.advances.count
        return shaped.advances
    }

    /// The place of `style` in `styles` (added if new). A document has a handful of styles, mostly the
    /// same values over and over, so a search beats hashing the style's family names.
    private func place(of style: TextStyle) -> Int {
        // Size and weight first: they tell most styles apart without comparing family names as strings.
        func isStyle(_ other: TextStyle) -> Bool {
            other.size == style.size && other.font.weight == style.font.weight && other == style
        }
        if lastStyle < styles.count, isStyle(styles[lastStyle]) { return lastStyle }
        if let found = styles.firstIndex(where: isStyle) {
            lastStyle = found
        } else {
            styles.append(style)
            cache.append([:])
            lastStyle = styles.count - 1
        }
        return lastStyle
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
        cache.removeAll(keepingCapacity: true)
        styles.removeAll(keepingCapacity: true)
        lastStyle = 0
        cachedCharacters = 0
    }

    /// Forgets measured texts once they hold more than `limit` characters (a few megabytes at the
    /// default). A batch calls this between documents: what departments share (the layout's sentences,
    /// headers, names of codes, amounts) is measured once, and memory stays flat however many documents
    /// a worker renders.
    public func trimCache(toCharacters limit: Int = 400_000) {
        if cachedCharacters > limit { clearCache() }
    }

    /// Characters measured so far that no font in the chain has, in code point order.
    public var missing: [Character] { Self.ordered(missingCharacters) }

    private static func ordered(_ characters: Set<Character>) -> [Character] {
        characters.sorted { ($0.unicodeScalars.first?.value ?? 0) < ($1.unicodeScalars.first?.value ?? 0) }
    }
}
