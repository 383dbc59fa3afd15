import Foundation
import GongkaiModel

/// How a layout prints amounts in one context (sentences or tables): one way throughout it, whatever the
/// data's spelling ("1860.00", "1860" and "1860.0" print alike).
public struct NumberStyle: Hashable, Sendable {
    /// The least decimals shown (2: 948.90, 0.10, 0.00); more where the amount has more (1234.5678) unless
    /// `rounds`. Nil prints the amount as the data gave it, without trailing zeros (7.376, 0.1).
    public var decimals: Int?
    /// Group the integer part by thousands: 16,745.59.
    public var thousands: Bool
    /// How zero is printed ("0", "0.00", "—"); nil prints it like any other amount.
    public var zero: String?
    /// Round to exactly `decimals` rather than show the further decimals an amount has.
    public var rounds: Bool
    /// What an amount of the data (in 万元) is multiplied by to print in the layout's unit: 1 for 万元, 10,000
    /// for 元, where a region publishes in 元.
    public var factor: Decimal = 1

    public init(decimals: Int? = nil, thousands: Bool = false, zero: String? = nil, rounds: Bool = false) {
        self.decimals = decimals
        self.thousands = thousands
        self.zero = zero
        self.rounds = rounds
    }

    /// The decimals `value` prints with on its own: `decimals`, or more when the amount has more digits
    /// after the point (and the style does not round).
    public func places(for value: Decimal) -> Int {
        if rounds, let decimals { return decimals }
        return max(decimals ?? 0, NumberFormatting.decimalDigits(of: scaled(value)))
    }

    /// The decimals every amount of a table column prints with: the most any of them needs, so that a
    /// column never mixes "1520.00" and "26.4".
    public func places(forColumn values: [Decimal]) -> Int {
        values.reduce(decimals ?? 0) { max($0, places(for: $1)) }
    }

    /// The amount in the layout's unit. Multiplying by 1 gives the same digits and exponent (zero aside, which
    /// prints alike), at the cost of a multiplication for every amount of every table.
    private func scaled(_ value: Decimal) -> Decimal {
        factor == 1 ? value : value * factor
    }

    /// The amount as this style prints it, with `places` decimals if given (a column's), else its own.
    public func format(_ value: Decimal, places: Int? = nil) -> String {
        if value.isZero, let zero { return zero }
        let text = NumberFormatting.fixed(scaled(value), places: places ?? self.places(for: value))
        return thousands ? NumberFormatting.groupingThousands(text) : text
    }
}

/// How numbers are printed in the document.
public enum NumberFormatting {
    /// "16745.59" → "16,745.59"; "-1234" → "-1,234".
    public static func groupingThousands(_ text: String) -> String {
        if let grouped = groupingThousandsOfNumber(text) { return grouped }
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        guard let integer = parts.first else { return text }
        var grouped = ""
        for (index, digit) in integer.reversed().enumerated() {
            if index > 0, index % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let result = String(grouped.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
        return negative ? "-" + result : result
    }

    /// `groupingThousands` for what it is always given, a number written "-"? digits ("." digits)?,
    /// byte by byte; nil for any other text.
    private static func groupingThousandsOfNumber(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { utf8 -> String? in
            func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
            let negative = utf8.first == 0x2D  // -
            let start = negative ? 1 : 0
            var integerEnd = start
            while integerEnd < utf8.count, isDigit(utf8[integerEnd]) { integerEnd += 1 }
            let integerCount = integerEnd - start
            guard integerCount > 0 else { return nil }
            if integerEnd < utf8.count {
                let fraction = utf8[(integerEnd + 1)...]
                guard utf8[integerEnd] == 0x2E, !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return nil }  // .
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count + integerCount / 3)
            if negative { bytes.append(0x2D) }
            for index in start..<integerEnd {
                if index > start, (integerEnd - index) % 3 == 0 { bytes.append(0x2C) }  // ,
                bytes.append(utf8[index])
            }
            bytes += utf8[integerEnd...]
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The amount as the data gave it, without trailing zeros: 273.87, 0.1, 7.376, 0.
    public static func plain(_ value: Decimal) -> String { NumberFormat.plain(value) }

    /// How many digits the amount has after the point, trailing zeros not counted: 948.90 → 1, 7.376 → 3.
    public static func decimalDigits(of value: Decimal) -> Int {
        let text = plain(value)
        guard let dot = text.utf8.firstIndex(of: 0x2E) else { return 0 }  // .
        return text.utf8.distance(from: text.utf8.index(after: dot), to: text.utf8.endIndex)
    }

    /// The amount rounded half away from zero to `places` decimals, always showing them: 26.03, 0.00.
    public static func fixed(_ value: Decimal, places: Int) -> String { NumberFormat.fixed(value, places: places) }

    /// 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一; up to 99.
    public static func chinese(_ number: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard number >= 0, number < 100 else { return String(number) }
        if number < 10 { return digits[number] }
        let tens = number / 10
        let units = number % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (units == 0 ? "" : digits[units])
    }
}
