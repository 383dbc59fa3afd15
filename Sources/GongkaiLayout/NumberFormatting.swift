import Foundation

/// How numbers are printed in the document.
public enum NumberFormatting {
    /// The amount as the data gave it, without trailing zeros: 273.87, 0.1, 7.376, 0.
    public static func plain(_ value: Decimal) -> String {
        var value = value
        var result = Decimal()
        NSDecimalRound(&result, &value, 10, .plain)
        return result.isZero ? "0" : "\(result)"
    }

    /// The amount rounded half away from zero to `places` decimals, always showing them: 26.03, 0.00.
    public static func fixed(_ value: Decimal, places: Int) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        if rounded.isZero { rounded = 0 }
        var text = "\(rounded)"
        guard places > 0 else { return text }
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: text.index(after: dot), to: text.endIndex)
            text += String(repeating: "0", count: max(0, places - decimals))
        } else {
            text += "." + String(repeating: "0", count: places)
        }
        return text
    }

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
