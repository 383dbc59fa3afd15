import Foundation
import Testing

import GongkaiPDF

/// Numbers and codes as content streams write them, and streams compressed once for the same bytes.
struct PDFSyntaxTests {
    func integer(_ value: Int) -> String {
        var bytes: [UInt8] = []
        PDFSyntax.appendInteger(value, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func number(_ value: Double) -> String {
        var bytes: [UInt8] = []
        PDFSyntax.appendNumber(value, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func integersAreWrittenInDecimal() {
        for value in [0, 7, 10, 99, 100, 12_345, -1, -10, -987_654_321, Int.max, Int.min + 1] {
            #expect(integer(value) == String(value))
        }
    }

    @Test func numbersAreWrittenToThousandthsWithoutTrailingZeros() {
        #expect(number(3) == "3")
        #expect(number(12.5) == "12.5")
        #expect(number(-0.125) == "-0.125")
        #expect(number(0.1004) == "0.1")
        #expect(number(595.276) == "595.276")
        #expect(number(-1000.05) == "-1000.05")
        #expect(number(0.0004) == "0")
        #expect(number(.nan) == "0")
        #expect(number(1e20) == "1000000000000")
    }

    @Test func textFromUTF8IsWrittenAsFromAString() {
        let texts: [[UInt8]] = [
            [], Array("A".utf8), Array("日本".utf8), Array("⽇".utf8), Array("𠀋x".utf8), Array("é€".utf8),
            // Ill-formed: a stray byte, a cut sequence, overlong, a surrogate, beyond U+10FFFF, a lone continuation.
            [0xFF], [0xE6, 0x97], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x41, 0x80, 0x42],
        ]
        for text in texts {
            for byteOrderMark in [false, true] {
                var fromBytes: [UInt8] = []
                var fromString: [UInt8] = []
                PDFSyntax.appendUTF16Hex(utf8: text, byteOrderMark: byteOrderMark, into: &fromBytes)
                PDFSyntax.appendUTF16Hex(String(decoding: text, as: UTF8.self), byteOrderMark: byteOrderMark, into: &fromString)
                #expect(fromBytes == fromString)
            }
        }
    }

    @Test func dictionariesWrittenAtTheEndOfBytesKeepWhatCameBefore() {
        var bytes = Array("1 0 obj\n".utf8)
        var dictionary = PDFDictionaryWriter(appendingTo: &bytes)
        dictionary.name("/Type", "StructElem")
        dictionary.reference("/P", 12)
        dictionary.beginValue("/K")
        dictionary.append(UInt8(ascii: "["))
        dictionary.appendInteger(-3)
        dictionary.append(UInt8(ascii: " "))
        dictionary.appendReference(7)
        dictionary.append(UInt8(ascii: "]"))
        dictionary.finish(into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "1 0 obj\n<</Type /StructElem /P 12 0 R /K [-3 7 0 R]>>")

        // A name longer than the room made at a time.
        let long = String(repeating: "x", count: 300)
        var standalone = PDFDictionaryWriter()
        standalone.integer("/N", 300)
        standalone.name("/S", long)
        #expect(String(decoding: standalone.finish(), as: UTF8.self) == "<</N 300 /S /\(long)>>")
    }

    @Test func codesAreFourHexDigits() {
        var bytes: [UInt8] = []
        for code: UInt16 in [0, 0x0A, 0xBEEF, 0xFFFF] { PDFSyntax.appendHex16(code, into: &bytes) }
        #expect(String(decoding: bytes, as: UTF8.self) == "0000000ABEEFFFFF")
    }

    /// A remembered stream is the same bytes as one compressed afresh, for the same input only.
    @Test func rememberedStreamsAreTheSameBytes() throws {
        let deflater = Deflater()
        let program = (0..<50_000).map { UInt8(truncatingIfNeeded: $0 * 7 % 251) }
        let fresh = try Deflater().compress(program, level: Deflater.fast)
        #expect(try deflater.compress(remembering: program, level: Deflater.fast) == fresh)
        #expect(try deflater.compress(remembering: program, level: Deflater.fast) == fresh)
        var other = program
        other[25_000] ^= 1
        #expect(try deflater.compress(remembering: other, level: Deflater.fast) == Deflater().compress(other, level: Deflater.fast))
        #expect(try deflater.compress(remembering: program, level: Deflater.thorough) == Deflater().compress(program, level: Deflater.thorough))
        #expect(try deflater.compress(remembering: [], level: Deflater.fast) == Deflater().compress([], level: Deflater.fast))
    }
}
