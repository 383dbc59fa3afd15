import Foundation

/// Reads amounts as exact decimals, never through binary floating point.
public enum AmountParser {
    /// Parses "273.87", "16,745.59", "-3.5", and treats "", "-", "—" as zero.
    /// Returns nil for anything else.
    public static func parse(_ text: String) -> Decimal? {
        if let plain = plainDigits(text) {
            // What `parseAnyForm` comes to for such a text, without its trimming and splitting.
            guard let value = Decimal(string: String(plain.digits), locale: posix) else { return nil }
            return plain.negative ? -value : value
        }
        return parseAnyForm(text)
    }

    /// `parse` for every form of amount.
    static func parseAnyForm(_ text: String) -> Decimal? {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty || trimmed == "-" || trimmed == "—" || trimmed == "--" { return Decimal(0) }
        var body = Substring(trimmed)
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let integer = parts.first, !integer.isEmpty else { return nil }
        // Thousands separators only in groups of three: "16,745.59".
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        if groups.count > 1, groups.dropFirst().contains(where: { $0.count != 3 }) || groups[0].count > 3 { return nil }
        var digits = groups.joined()
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            digits += "." + fraction
        }
        guard let value = Decimal(string: digits, locale: posix) else { return nil }
        return negative ? -value : value
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The digits of the commonest amounts, `273.87`, `-3.5`, `25`: an optional sign, digits, and an optional
    /// point followed by digits, nothing else (no separator, no space). Nil for any other text.
    private static func plainDigits(_ text: String) -> (digits: Substring, negative: Bool)? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        guard index != utf8.endIndex else { return nil }
        let negative = utf8[index] == UInt8(ascii: "-")
        if negative || utf8[index] == UInt8(ascii: "+") { index = utf8.index(after: index) }
        let start = index
        var integerDigits = 0
        var fractionDigits = 0
        var point = false
        while index != utf8.endIndex {
            switch utf8[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if point { fractionDigits += 1 } else { integerDigits += 1 }
            case UInt8(ascii: ".") where !point:
                point = true
            default:
                return nil
            }
            index = utf8.index(after: index)
        }
        guard integerDigits > 0, !point || fractionDigits > 0 else { return nil }
        return (Substring(text[start...]), negative)
    }
}
