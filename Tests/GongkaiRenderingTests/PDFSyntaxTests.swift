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
