import GongkaiDocument
import GongkaiTypesetting

/// Values kept by text and style, bounded by the characters they hold: one table per style, texts keyed
/// by their bytes (`TextKey`), since hashing and comparing them as `String`s normalises them first.
struct TextStyleCache<Value> {
    private var tables: [[TextKey: Value]] = []
    /// The styles met, in the order met: a style's place is its table.
    private var styles: [TextStyle] = []
    /// The place of the style looked up last: text comes in long stretches of one style.
    private var lastStyle = 0
    /// Characters of the texts kept, to bound the cache.
    private(set) var characters = 0

    /// The place of `style` (added if new). A document has a handful of styles, mostly the same values
    /// over and over, so a search beats hashing the style's family names.
    mutating func place(of style: TextStyle) -> Int {
        // Size and weight first: they tell most styles apart without comparing family names as strings.
        func isStyle(_ other: TextStyle) -> Bool {
            other.size == style.size && other.font.weight == style.font.weight && other == style
        }
        if lastStyle < styles.count, isStyle(styles[lastStyle]) { return lastStyle }
        if let found = styles.firstIndex(where: isStyle) {
            lastStyle = found
        } else {
            styles.append(style)
            tables.append([:])
            lastStyle = styles.count - 1
        }
        return lastStyle
    }

    func value(for text: TextKey, at place: Int) -> Value? { tables[place][text] }

    /// Keeps `value`, which holds `characters` characters.
    mutating func keep(_ value: Value, for text: TextKey, at place: Int, characters count: Int) {
        tables[place][text] = value
        characters += count
    }

    mutating func removeAll() {
        tables.removeAll(keepingCapacity: true)
        styles.removeAll(keepingCapacity: true)
        lastStyle = 0
        characters = 0
    }
}
