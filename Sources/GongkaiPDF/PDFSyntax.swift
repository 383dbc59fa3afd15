import Foundation

/// Writing PDF tokens: numbers, text strings and dates (PDF 1.7 §7.3, §7.9).
package enum PDFSyntax {
    /// `value` rounded to an integer, 0 when it is not a number, within ±10¹⁵ (no conversion can trap).
    package static func integer(rounding value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int(min(max(value.rounded(), -1e15), 1e15))
    }

    /// The most bytes `writeNumber` and `writeInteger` write.
    package static let numberRoom = 24

    /// Appends `value` rounded to thousandths, without trailing zeros or exponent ("12.5", "-0.125", "3").
    package static func appendNumber(_ value: Double, into output: inout [UInt8]) {
        // Digits formatted on the stack and appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: numberRoom) { buffer in
            let count = writeNumber(value, to: buffer.baseAddress!)
            output.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress, count: count))
        }
    }

    /// Writes `value` as `appendNumber` appends it at `target` (room for `numberRoom` bytes); returns how
    /// many bytes it wrote.
    package static func writeNumber(_ value: Double, to target: UnsafeMutablePointer<UInt8>) -> Int {
        // Within ±10¹⁵ thousandths: at most a sign, 13 digits, a point and 3 digits.
        let thousandths = Int64(integer(rounding: value * 1000))
        let magnitude = thousandths.magnitude
        var fraction = Int(magnitude % 1000)
        var count = 0
        if thousandths < 0 {
            target[0] = UInt8(ascii: "-")
            count = 1
        }
        count = digits(UInt(magnitude / 1000), to: target, at: count)
        if fraction > 0 {
            target[count] = UInt8(ascii: ".")
            count += 1
            var divisor = 100
            while fraction > 0 {
                target[count] = UInt8(ascii: "0") + UInt8(fraction / divisor)
                count += 1
                fraction %= divisor
                divisor /= 10
            }
        }
        return count
    }

    package static func appendInteger(_ value: Int, into output: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: numberRoom) { buffer in
            let count = writeInteger(value, to: buffer.baseAddress!)
            output.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress, count: count))
        }
    }

    /// Writes `value` in decimal at `target` (room for `numberRoom` bytes); returns how many bytes it wrote.
    @inline(__always)
    package static func writeInteger(_ value: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        if value < 0 {
            target[0] = UInt8(ascii: "-")
            count = 1
        }
        return digits(value.magnitude, to: target, at: count)
    }

    /// Writes the decimal digits of `value` at `start` (room for 20); returns where the next byte goes.
    private static func digits(_ value: UInt, to target: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        var power: UInt = 1
        while power <= value / 10 { power *= 10 }
        var count = start
        repeat {
            target[count] = UInt8(ascii: "0") + UInt8(value / power % 10)
            count += 1
            power /= 10
        } while power > 0
        return count
    }

    /// "12 0 R"
    package static func appendReference(_ number: Int, into output: inout [UInt8]) {
        appendInteger(number, into: &output)
        output += [UInt8(ascii: " "), UInt8(ascii: "0"), UInt8(ascii: " "), UInt8(ascii: "R")]
    }

    package static func number(_ value: Double) -> PDFValue {
        var bytes: [UInt8] = []
        appendNumber(value, into: &bytes)
        return .token(bytes)
    }

    package static func integer(_ value: Int) -> PDFValue {
        var bytes: [UInt8] = []
        appendInteger(value, into: &bytes)
        return .token(bytes)
    }

    package static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Writes `value` as four hex digits at `target`; returns 4.
    @inline(__always)
    package static func writeHex16(_ value: UInt16, to target: UnsafeMutablePointer<UInt8>) -> Int {
        func digit(_ nibble: UInt16) -> UInt8 { UInt8(truncatingIfNeeded: nibble < 10 ? nibble + 48 : nibble + 55) }
        target[0] = digit(value >> 12)
        target[1] = digit((value >> 8) & 0xF)
        target[2] = digit((value >> 4) & 0xF)
        target[3] = digit(value & 0xF)
        return 4
    }

    package static func appendHex16(_ value: UInt16, into output: inout [UInt8]) {
        // Digits by arithmetic: drawing writes one code a glyph.
        func digit(_ nibble: UInt16) -> UInt8 { UInt8(truncatingIfNeeded: nibble < 10 ? nibble + 48 : nibble + 55) }
        output.append(digit(value >> 12))
        output.append(digit((value >> 8) & 0xF))
        output.append(digit((value >> 4) & 0xF))
        output.append(digit(value & 0xF))
    }

    /// A text string (§7.9.2.2): a literal string for printable ASCII, else UTF-16BE with a byte order mark.
    package static func textString(_ text: String) -> PDFValue {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return .token(PDFValue.literalString(text)) }
        return .token(utf16Hex(text, byteOrderMark: true))
    }

    /// `<FEFF…>`: the text's UTF-16BE code units in hex.
    package static func utf16Hex(_ text: String, byteOrderMark: Bool) -> String {
        var bytes: [UInt8] = []
        appendUTF16Hex(text, byteOrderMark: byteOrderMark, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `appendUTF16Hex` for text given as UTF-8 bytes, decoded here rather than made a string first.
    package static func appendUTF16Hex(utf8 text: [UInt8], byteOrderMark: Bool, into output: inout [UInt8]) {
        let start = output.count
        output.append(UInt8(ascii: "<"))
        if byteOrderMark { appendHex16(0xFEFF, into: &output) }
        var index = 0
        while index < text.count {
            guard let (scalar, length) = scalar(in: text, at: index) else {
                // Ill-formed bytes are repaired as a string repairs them.
                output.removeSubrange(start...)
                appendUTF16Hex(String(decoding: text, as: UTF8.self), byteOrderMark: byteOrderMark, into: &output)
                return
            }
            if scalar < 0x1_0000 {
                appendHex16(UInt16(scalar), into: &output)
            } else {
                appendHex16(UInt16(0xD800 + ((scalar - 0x1_0000) >> 10)), into: &output)
                appendHex16(UInt16(0xDC00 + ((scalar - 0x1_0000) & 0x3FF)), into: &output)
            }
            index += length
        }
        output.append(UInt8(ascii: ">"))
    }

    /// The scalar whose UTF-8 starts at `index` of `bytes` and its length; nil where the bytes are not
    /// well-formed UTF-8 (overlong, a surrogate, beyond U+10FFFF, cut short).
    private static func scalar(in bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        let length = lead & 0xE0 == 0xC0 ? 2 : lead & 0xF0 == 0xE0 ? 3 : lead & 0xF8 == 0xF0 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return nil }
        var scalar = lead & (0x7F >> UInt32(length))
        for offset in 1..<length {
            let byte = UInt32(bytes[index + offset])
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | (byte & 0x3F)
        }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x1_0000
        guard scalar >= smallest, scalar <= 0x10_FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return (scalar, length)
    }

    package static func appendUTF16Hex(_ text: String, byteOrderMark: Bool, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "<"))
        if byteOrderMark { appendHex16(0xFEFF, into: &output) }
        for unit in text.utf16 { appendHex16(unit, into: &output) }
        output.append(UInt8(ascii: ">"))
    }

    /// A PDF date ("D:20230210000000Z") from ISO 8601: "2023-02-10T00:00:00Z", "2023-02-10T08:00:00+08:00" or
    /// "+0800", with or without fractions of a second or a zone.
    package static func date(_ iso: String) -> String {
        let scalars = Array(iso.unicodeScalars)
        // The zone starts at a Z, + or - after the time ("T…"); the date's own hyphens come before it.
        let time = scalars.firstIndex { $0 == "T" || $0 == " " } ?? scalars.count
        let zoneStart = scalars[time...].firstIndex { $0 == "Z" || $0 == "+" || $0 == "-" } ?? scalars.count
        let digits = scalars[..<zoneStart].prefix { $0 != "." && $0 != "," }.filter { ("0"..."9").contains($0) }
        var date = "D:" + String(String.UnicodeScalarView(digits.prefix(14)))
        guard zoneStart < scalars.count else { return date }
        let sign = scalars[zoneStart]
        let zoneDigits = scalars[(zoneStart + 1)...].filter { ("0"..."9").contains($0) }
        if sign == "Z" {
            date += "Z"
        } else if zoneDigits.count == 4 {
            let text = String(String.UnicodeScalarView(zoneDigits))
            date += "\(sign)\(text.prefix(2))'\(text.suffix(2))'"
        }
        return date
    }

    /// A URI as a PDF string: ASCII, with other characters percent-encoded (§12.6.4.7).
    package static func uriString(_ uri: String) -> PDFValue {
        var ascii = ""
        for byte in uri.utf8 {
            if byte >= 0x21, byte < 0x7F {
                ascii.append(Character(Unicode.Scalar(byte)))
            } else {
                ascii += String(format: "%%%02X", byte)
            }
        }
        return .token(PDFValue.literalString(ascii))
    }
}

extension PDFValue {
    /// A name token ("/Catalog") from a name without its slash; names here are ASCII letters and digits.
    package static func name(_ name: String) -> PDFValue { .token("/" + name) }

    /// A dictionary from ("/Key", value) pairs, in order.
    package static func dictionary(_ entries: KeyValuePairs<String, PDFValue>) -> PDFValue {
        .dictionary(entries.map { PDFEntry($0.key, $0.value) })
    }
}

extension PDFEntry {
    /// An entry keyed by a name with its slash ("/Type").
    package init(_ key: String, _ value: PDFValue) {
        self.init(key: Array(key.utf8), value: value)
    }
}
