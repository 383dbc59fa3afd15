import GongkaiTypesetting
import Testing

/// Texts as dictionary keys: equal exactly when their bytes are.
@Suite("Text keys")
struct TextKeyTests {
    @Test("keys of the same bytes are equal, made apart; a byte changed anywhere tells them apart")
    func equality() {
        let text = "一般公共预算财政拨款支出 2023 年 (万元)"
        #expect(TextKey(text) == TextKey(String(decoding: Array(text.utf8), as: UTF8.self)))
        var bytes = Array(text.utf8)
        for index in [0, 7, 8, bytes.count - 1] {
            let saved = bytes[index]
            bytes[index] = saved == 0x20 ? 0x21 : 0x20
            #expect(TextKey(text) != TextKey(String(decoding: bytes, as: UTF8.self)))
            bytes[index] = saved
        }
        #expect(TextKey("") == TextKey(""))
        #expect(TextKey("a") != TextKey("ab"))
    }

    @Test("texts spelt two ways are two keys, as their bytes differ")
    func canonicalEquivalents() {
        #expect("é" == "e\u{301}")
        #expect(TextKey("é") != TextKey("e\u{301}"))
    }
}
