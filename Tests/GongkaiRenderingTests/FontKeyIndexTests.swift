import GongkaiTypesetting
import Testing

@testable import GongkaiRendering

/// Font keys' indices, kept by number for small keys and by hashing for others, as a dictionary keeps them.
struct FontKeyIndexTests {
    @Test func indicesAreFoundAsADictionaryFindsThem() {
        var index = FontKeyIndex()
        var dictionary: [FontKey: Int] = [:]
        let keys = [0, 1, 2, 7, 4095, 4096, 1_000_000, -1, Int.min].map(FontKey.init)
        for (number, key) in keys.enumerated() {
            index[key] = number
            dictionary[key] = number
        }
        // A key set again, one unset, and one never set.
        index[FontKey(7)] = 42
        dictionary[FontKey(7)] = 42
        index[FontKey(2)] = nil
        dictionary[FontKey(2)] = nil
        for key in keys + [FontKey(3), FontKey(5000), FontKey(-2)] {
            #expect(index[key] == dictionary[key])
        }
    }
}
