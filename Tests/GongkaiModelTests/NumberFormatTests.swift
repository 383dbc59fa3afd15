import Foundation
import Testing

@testable import GongkaiModel

@Suite("Number formatting")
struct NumberFormatTests {
    /// The significand's digits written out by hand are `Decimal`'s own description: point inside, zeros
    /// before or after, signs, and the longest significands.
    @Test(arguments: [
        "0", "5", "-5", "1000", "1e3", "-1e5", "1234.5", "-1234.5", "0.05", "-0.05", "0.5", "12.30", "0.000001",
        "999999999999999999", "-999999999999999999", "99999999999.9999999", "0.999999999999999999",
        "1000000000000000000", "123456789012345678901234567890", "1860.00", "7.376",
    ])
    func descriptionIsDecimals(_ text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(NumberFormat.description(of: value) == (value.isZero ? "0" : value.description))
    }

    @Test func fixedPadsAndRounds() {
        #expect(NumberFormat.fixed(Decimal(string: "26.025")!, places: 2) == "26.03")
        #expect(NumberFormat.fixed(Decimal(string: "1860")!, places: 2) == "1860.00")
        #expect(NumberFormat.fixed(Decimal(string: "-0.001")!, places: 2) == "0.00")
        #expect(NumberFormat.fixed(Decimal(string: "0.5")!, places: 0) == "1")
    }
}
