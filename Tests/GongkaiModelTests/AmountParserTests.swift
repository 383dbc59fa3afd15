import Foundation
import Testing

@testable import GongkaiModel

/// `AmountParser.parse` reads amounts as exact decimals.
@Suite("AmountParser")
struct AmountParserTests {
    @Test(arguments: [
        ("273.87", "273.87"),
        ("16,745.59", "16745.59"),
        ("1,234,567.891", "1234567.891"),
        ("999,999", "999999"),
        ("7.376", "7.376"),
        ("25", "25"),
        ("-3.5", "-3.5"),
        ("+3.5", "3.5"),
        ("  12.5  ", "12.5"),
        ("0.00", "0"),
        ("0", "0"),
        ("", "0"),
        ("   ", "0"),
        ("-", "0"),
        ("—", "0"),
    ])
    func accepts(text: String, expected: String) throws {
        let value = try #require(AmountParser.parse(text))
        #expect(value == decimal(expected))
    }

    @Test(arguments: [
        "1,23.4", "abc", "12.", "1.2.3",
        "1,2345", "12,34", "1234,567", ",123", "1,,234", "1,234.5,6",
        "1..2", "--5", "+-5", "+", "1e3", "0x10", "1 000", "12.3a", "１２", "12万",
    ])
    func rejects(text: String) {
        #expect(AmountParser.parse(text) == nil)
    }

    @Test func sumsAreExact() throws {
        let a = try #require(AmountParser.parse("0.1"))
        let b = try #require(AmountParser.parse("0.2"))
        let c = try #require(AmountParser.parse("0.3"))
        #expect(a + b == c)
        #expect(a + b == decimal("0.3"))
        // The same sum in binary floating point is not 0.3; parsing must not go through it.
        #expect(0.1 + 0.2 != 0.3 as Double)
    }

    @Test func manyDecimalPlacesAreKept() throws {
        let values = try ["25", "7.376", "96.6", "82.44"].map { try #require(AmountParser.parse($0)) }
        #expect(values.reduce(0, +) == decimal("211.416"))
        #expect(try #require(AmountParser.parse("0.000001")) * 1_000_000 == 1)
    }

    /// The shortcut for plain amounts gives what the reading of every form gives, to the last digit kept.
    @Test func plainAmountsReadTheSameByEitherPath() {
        let texts = [
            "273.87", "16,745.59", "-3.5", "+3.5", "0", "0.00", "00012.50", "-0", "+0.0", "25", "7.376", "1234567.891",
            "99999999999999999999999999999999999999999", "0.000000000000000000000000000000000000000001", "12.", ".5",
            "1..2", "--5", "+-5", "+", "-", "", " 12.5 ", "1e3", "１２", "12a", "1.2.3", "5-", "3.14159265358979323846",
        ]
        for text in texts {
            let fast = AmountParser.parse(text)
            let general = AmountParser.parseAnyForm(text)
            #expect(fast == general, "\(text)")
            #expect(fast.map { "\($0)" } == general.map { "\($0)" }, "\(text)")
        }
    }
}
