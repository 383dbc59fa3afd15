import Foundation
import GongkaiMessages
import GongkaiModel

extension LayoutReader {
    /// `{decimals: 2 | as_given, round: false, thousands: true, zero: "0.00", unit: 万元 | 元}`: `decimals` is
    /// the least shown, more where an amount has more unless `round: true`; `unit` the unit amounts print in
    /// (the data's amounts are in 万元).
    func readNumberStyle(_ r: NodeReader) throws -> NumberStyle {
        _ = try r.mapping(allowing: ["decimals", "round", "thousands", "zero", "unit"])
        var style = NumberStyle()
        if let unit = try r.optional("unit") {
            switch try unit.text() {
            case "万元": style.factor = 1
            case "元": style.factor = 10_000
            default: throw unit.error(.invalidValue, LayoutMessages.expectedUnit)
            }
        }
        if let decimals = try r.optional("decimals") {
            if try decimals.text() != "as_given" {
                let places = try decimals.integer()
                guard (0...6).contains(places) else { throw decimals.error(.invalidValue, LayoutMessages.expectedDecimals) }
                style.decimals = places
            }
        }
        style.rounds = try r.optional("round").map { try bool($0) } ?? false
        style.thousands = try r.optional("thousands").map { try bool($0) } ?? false
        style.zero = try r.optionalText("zero")
        return style
    }

    /// `{increase, decrease, unchanged, new}`: one template for each case of a year-on-year change.
    func readPhrase(_ r: NodeReader) throws -> Phrase {
        _ = try r.mapping(allowing: ["increase", "decrease", "unchanged", "new"])
        return Phrase(
            increase: try template(r.required("increase")), decrease: try template(r.required("decrease")),
            unchanged: try template(r.required("unchanged")), new: try template(r.required("new")))
    }
}
