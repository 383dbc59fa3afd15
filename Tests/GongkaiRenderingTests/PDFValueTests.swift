import Testing

import GongkaiPDF
@testable import GongkaiRendering

/// PDF values as the writer builds and writes them.
struct PDFValueTests {
    func written(_ value: PDFValue) -> String {
        var bytes: [UInt8] = []
        value.write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func dictionariesArraysAndReferencesAreWrittenCompactly() {
        let value = PDFValue.dictionary([
            PDFEntry("/Type", .token("/StructElem")), PDFEntry("/P", .reference(12)),
            PDFEntry("/K", .array([.reference(3), .token("4"), .dictionary([PDFEntry("/Pg", .reference(5))])])),
        ])
        #expect(written(value) == "<</Type /StructElem /P 12 0 R /K [3 0 R 4 <</Pg 5 0 R>>]>>")
        #expect(value["/P"] == .reference(12))
        #expect(value["/Missing"] == nil)
    }

    @Test func settingAKeyReplacesOrAppends() {
        var value = PDFValue.dictionary([
            PDFEntry("/A", .token("1")), PDFEntry("/B", .token("2")),
        ])
        value.set("/A", to: .token("3"))
        value.set("/C", to: .token("(x)"))
        #expect(written(value) == "<</A 3 /B 2 /C (x)>>")
        #expect(PDFValue.literalString("a(b)\\") == #"(a\(b\)\\)"#)
    }
}
