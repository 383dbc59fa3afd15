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
    /// when it has at most 18 digits (any amount), at a small part of the cost of `Decimal`'s own, and written
    /// in one go (a String's insert costs more than the rest together).
    package static func description(of value: Decimal) -> String {
        if value.isZero { return "0" }
        let significand = value.significand.magnitude
        guard !value.isNaN, significand <= largestIntegerSignificand else { return value.description }
        var rest = UInt64(NSDecimalNumber(decimal: significand).int64Value)
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
        return withUnsafeMutableBytes(of: &buffer) { raw in
            // The significand's digits, last first, at the end of the buffer.
            var count = 0
            repeat {
                raw[raw.count - 1 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            let digits = UnsafeRawBufferPointer(rebasing: raw[(raw.count - count)...])
            let exponent = value.exponent
            let negative = value.sign == .minus
            let length = (negative ? 1 : 0)
                + (exponent >= 0 ? count + exponent : max(count, -exponent) + 1 + (count > -exponent ? 0 : 1))
            return String(unsafeUninitializedCapacity: length) { text in
                var end = 0
                func put(_ byte: UInt8) {
                    text[end] = byte
                    end += 1
                }
                if negative { put(UInt8(ascii: "-")) }
                if exponent >= 0 {
                    // 1000: the digits and the exponent's zeros.
                    for digit in digits { put(digit) }
                    for _ in 0..<exponent { put(UInt8(ascii: "0")) }
                } else if count > -exponent {
                    // 1234.5: the point among the digits.
                    for (index, digit) in digits.enumerated() {
                        if index == count + exponent { put(UInt8(ascii: ".")) }
                        put(digit)
                    }
                } else {
                    // 0.05: zeros before the digits.
                    put(UInt8(ascii: "0"))
                    put(UInt8(ascii: "."))
                    for _ in 0..<(-exponent - count) { put(UInt8(ascii: "0")) }
                    for digit in digits { put(digit) }
                }
                return end
            }
        }
    }
}
