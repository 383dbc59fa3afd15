import Foundation

/// An amount as the data gave it, without trailing zeros (273.87, 0.1, 0): in messages, and in documents
/// through the layout's number styles.
package enum NumberFormat {
    package static func plain(_ value: Decimal) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 10, .plain)
        return description(of: rounded)
    }

    /// The amount rounded half away from zero to `places` decimals, always showing them: 26.03, 0.00.
    package static func fixed(_ value: Decimal, places: Int) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        if rounded.isZero { rounded = 0 }
        var text = description(of: rounded)
        guard places > 0 else { return text }
        if let dot = text.utf8.firstIndex(of: 0x2E) {  // .
            let decimals = text.utf8.distance(from: text.utf8.index(after: dot), to: text.utf8.endIndex)
            text += String(repeating: "0", count: max(0, places - decimals))
        } else {
            text += "." + String(repeating: "0", count: places)
        }
        return text
    }

    /// The largest significand `description(of:)` writes out itself: 18 digits, within `Int64`.
    private static let largestIntegerSignificand = Decimal(999_999_999_999_999_999)

    /// `value.description` ("-1234.5", "0.05", "1000"): worked out from the significand as an integer
    /// when it has at most 18 digits (any amount), at a small part of the cost of `Decimal`'s own.
    package static func description(of value: Decimal) -> String {
        if value.isZero { return "0" }
        let significand = value.significand.magnitude
        guard !value.isNaN, significand <= largestIntegerSignificand else { return value.description }
        var text = String(NSDecimalNumber(decimal: significand).int64Value)
        let exponent = value.exponent
        if exponent >= 0 {
            text += String(repeating: "0", count: exponent)
        } else if text.utf8.count > -exponent {
            text.insert(".", at: text.utf8.index(text.utf8.endIndex, offsetBy: exponent))
        } else {
            text = "0." + String(repeating: "0", count: -exponent - text.utf8.count) + text
        }
        return value.sign == .minus ? "-" + text : text
    }
}
