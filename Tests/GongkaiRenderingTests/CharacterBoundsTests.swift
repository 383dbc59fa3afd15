import Testing

@testable import GongkaiRendering

/// Characters found from the bytes (`CharacterBounds`) are `String`'s own characters.
struct CharacterBoundsTests {
    func bounds(_ text: String) -> (count: Int, characterOfByte: [Int])? {
        let utf8 = Array(text.utf8)
        var characterOfByte = [Int](repeating: -1, count: utf8.count)
        return CharacterBounds.scalarsStandingAlone(utf8, characterOfByte: &characterOfByte).map { ($0, characterOfByte) }
    }

    /// Every scalar said to stand alone is a character of its own beside any other such scalar.
    @Test func scalarsSaidToStandAloneAreCharacters() {
        let neighbours: [Unicode.Scalar] = ["a", " ", "\n", "中", "（", "、", "１", "\u{3000}", "·"]
        // Every scalar of the BMP, and every 97th beyond (the supplementary ideographs are alike).
        let values = Array(UInt32(0)...0xFFFF) + Array(stride(from: UInt32(0x1_0000), through: 0x2_FFFF, by: 97))
        for value in values where CharacterBounds.standsAlone(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for neighbour in neighbours {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: [neighbour, scalar, scalar, neighbour])
                let string = String(text)
                #expect(string.count == 4, "U+\(String(value, radix: 16)) beside U+\(String(neighbour.value, radix: 16))")
            }
        }
    }

    @Test func bytesAreGivenTheirCharacters() throws {
        let text = "预算 2023年（单位：万元）…"
        let found = try #require(bounds(text))
        #expect(found.count == text.count)
        var expected: [Int] = []
        for (index, character) in text.enumerated() { expected += Array(repeating: index, count: character.utf8.count) }
        #expect(found.characterOfByte == expected)
    }

    /// A scalar that can join another leaves the text to `String`.
    @Test func joiningScalarsAreLeftToString() {
        for text in ["e\u{301}", "\r\n", "👍🏽", "1\u{FE0F}\u{20E3}", "か\u{3099}", "한국", "a\u{200D}b", "x\u{0}"] {
            #expect(bounds(text) == nil, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(bounds("")?.count == 0)
    }
}
