import GongkaiDocument
import GongkaiTestSupport
@testable import GongkaiTypesetting
import Testing

/// The paragraph's text as the layouter sees it: characters split and classified from UTF-8 bytes exactly
/// as `String` and `Character` would, and web addresses marked as links.
@Suite("Paragraph text")
struct ParagraphTextTests {
    /// Texts whose characters are easy to split wrongly: clusters of several scalars (accents, CR LF,
    /// emoji sequences, flags, Hangul jamo, Indic conjuncts, a combining mark after CJK punctuation).
    static let texts = [
        "", "汉", "2023年部门预算（草案）。", "e\u{301}t\u{E9}", "a\r\nb\n\rc", "家👨‍👩‍👧人", "🇨🇳🇺🇸x", "\u{1100}\u{1161}\u{11A8}한",
        "क्षि", "a\u{200D}b", "〇\u{302A}〇", "１２３ｱﾞｶ", "x\u{2028}y", "—…“”‘’", "\u{0E01}\u{0E33}", "\u{0600}1",
        "A\u{0308}\u{0301}B", "\u{20000}\u{2A6D6}", "\t \u{3000}", "Ω\u{FE0F}©\u{FE0F}", "☝🏽",
    ]

    @Test(arguments: texts) func charactersAreSplitAndClassifiedAsStringDoes(_ string: String) {
        var text = ParagraphText()
        let expected = Array(string)
        text.append(string, style: Fixture.text, advances: expected.map { _ in 1 })
        #expect(text.characters.count == expected.count)
        for (character, measured) in zip(expected, text.characters) {
            #expect(String(decoding: text.utf8[measured.utf8], as: UTF8.self) == String(character))
            #expect(measured.scalar == character.unicodeScalars.first?.value)
            #expect(measured.isSingleScalar == (character.unicodeScalars.count == 1))
            #expect(measured.isASCII == character.isASCII)
            #expect(measured.isScalar(0x20) == (character == " "))
            #expect(measured.isLatinAlphanumeric == (character.isASCII && (character.isLetter || character.isNumber)))
        }
        #expect(text.string(0..<text.characters.count) == string)
    }

    @Test func aShortMeasurementLeavesTheRestOut() {
        var text = ParagraphText()
        text.append("汉字abc", style: Fixture.text, advances: [10, 10])
        #expect(text.characters.count == 2)
        #expect(text.string(0..<2) == "汉字")
    }

    /// The runs of a one-line paragraph: text and link.
    func runs(_ text: String) -> [(String, LinkTarget?)] {
        let lines = ParagraphLayouter(measurer: Fixture.measurer).layout(
            Paragraph(text, style: Fixture.style(alignment: .left)), width: 10_000)
        return lines.flatMap(\.runs).map { ($0.text, $0.link) }
    }

    @Test func webAddressesBecomeLinks() {
        let linked = runs("详见https://www.mof.gov.cn/a.html。")
        #expect(linked.map(\.0) == ["详见", "https://www.mof.gov.cn/a.html", "。"])
        #expect(linked.map(\.1) == [nil, .uri("https://www.mof.gov.cn/a.html"), nil])
        // "www." gets its scheme; case is ignored in the prefix; trailing punctuation and quotes end the address.
        #expect(runs("网址www.mof.gov.cn，").map(\.1) == [nil, .uri("http://www.mof.gov.cn"), nil])
        #expect(runs("HTTP://EXAMPLE.COM/X).").map(\.1) == [.uri("HTTP://EXAMPLE.COM/X"), nil])
        #expect(runs("见\"http://a.cn\"").map(\.0) == ["见\"", "http://a.cn", "\""])
        #expect(runs("a http://a.cn b").map(\.0) == ["a ", "http://a.cn", " b"])
        // Not addresses: no scheme, or a letter with an accent.
        #expect(runs("httpx://a.cn www").map(\.1) == [nil])
        #expect(runs("h\u{301}ttp://a.cn").map(\.1) == [nil])
        #expect(runs("见WwW.A.b").map(\.1) == [nil, .uri("http://WwW.A.b")])
    }
}
