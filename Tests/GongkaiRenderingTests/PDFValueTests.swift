import Testing

@testable import GongkaiRendering

struct PDFValueTests {
    func parse(_ text: String) throws -> PDFValue {
        var parser = PDFParser(Array(text.utf8))
        return try parser.value()
    }

    func written(_ value: PDFValue) -> String {
        var bytes: [UInt8] = []
        value.write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func dictionariesArraysAndReferencesAreStructured() throws {
        let value = try parse("<< /Type /StructElem\n   /S /TD\n   /P 12 0 R\n   /K [ 3 0 R 4 << /Type /MCR /Pg 5 0 R >> 7 ]\n>>")
        #expect(value["/S"]?.name == "TD")
        #expect(value["/P"] == .reference(12))
        #expect(value["/K"] == .array([.reference(3), .token("4"), .dictionary([
            PDFEntry(key: Array("/Type".utf8), value: .token("/MCR")), PDFEntry(key: Array("/Pg".utf8), value: .reference(5)),
        ]), .token("7")]))
        #expect(written(value) == "<</Type /StructElem /S /TD /P 12 0 R /K [3 0 R 4 <</Type /MCR /Pg 5 0 R>> 7]>>")
    }

    /// Bytes inside strings are never syntax: brackets, "R", "endobj", escaped and nested parentheses.
    @Test func stringsKeepTheirExactBytes() throws {
        let value = try parse(#"<< /Title (a \) b ( nested [ ] ) 1 0 R endobj) /Hex <FEFF5E74> /N -1.5 /B true >>"#)
        #expect(value["/Title"] == .token(#"(a \) b ( nested [ ] ) 1 0 R endobj)"#))
        #expect(value["/Hex"] == .token("<FEFF5E74>"))
        #expect(value["/N"] == .token("-1.5"))
        #expect(try parse(written(value)) == value)
    }

    @Test func brokenSyntaxIsAnErrorNotACrash() {
        for text in ["<< /A (unterminated", "[1 2", "<< 3 4 >>", "<</A <12", ""] {
            #expect(throws: PDFParser.Failure.self) { try parse(text) }
        }
    }

    @Test func settingAKeyReplacesOrAppends() throws {
        var value = try parse("<< /A 1 /B 2 >>")
        value.set("/A", to: .token("3"))
        value.set("/C", to: .token("(x)"))
        #expect(written(value) == "<</A 3 /B 2 /C (x)>>")
        #expect(PDFValue.literalString("a(b)\\") == #"(a\(b\)\\)"#)
    }
}
