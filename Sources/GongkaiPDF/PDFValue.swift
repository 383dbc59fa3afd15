/// A PDF object's value (PDF 1.7 §7.3) as the writer builds it: dictionaries, arrays and references are
/// structured; every other token (number, name, string, boolean, null) is its bytes as written.
package enum PDFValue: Equatable {
    case dictionary([PDFEntry])
    case array([PDFValue])
    case reference(Int)
    /// A number, name ("/Type"), literal or hex string, boolean or null, as written.
    case token([UInt8])

    /// A token from ASCII text (a name such as "/Catalog", a number, or a string such as "(zh-CN)").
    package static func token(_ text: String) -> PDFValue { .token(Array(text.utf8)) }

    /// A literal string token for ASCII `text`, with backslashes and parentheses escaped.
    package static func literalString(_ text: String) -> String {
        var escaped = "("
        for character in text {
            if character == "\\" || character == "(" || character == ")" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped + ")"
    }

    /// The value of `key` ("/Type") in a dictionary.
    package subscript(key: String) -> PDFValue? {
        guard case .dictionary(let entries) = self else { return nil }
        let name = Array(key.utf8)
        return entries.first { $0.key == name }?.value
    }

    /// Sets `key` in a dictionary, replacing its old value or adding it at the end.
    package mutating func set(_ key: String, to value: PDFValue) {
        guard case .dictionary(var entries) = self else { return }
        let name = Array(key.utf8)
        if let index = entries.firstIndex(where: { $0.key == name }) {
            entries[index].value = value
        } else {
            entries.append(PDFEntry(key: name, value: value))
        }
        self = .dictionary(entries)
    }

    /// The value written compactly: single spaces between tokens, no line breaks.
    package func write(into output: inout [UInt8]) {
        switch self {
        case .token(let bytes):
            output += bytes
        case .reference(let number):
            output += Array("\(number) 0 R".utf8)
        case .array(let values):
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: " ")) }
                value.write(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .dictionary(let entries):
            output += [UInt8(ascii: "<"), UInt8(ascii: "<")]
            for (index, entry) in entries.enumerated() {
                if index > 0 { output.append(UInt8(ascii: " ")) }
                output += entry.key
                output.append(UInt8(ascii: " "))
                entry.value.write(into: &output)
            }
            output += [UInt8(ascii: ">"), UInt8(ascii: ">")]
        }
    }
}

/// A dictionary entry: a name key ("/Type", slash included) and its value.
package struct PDFEntry: Equatable {
    package var key: [UInt8]
    package var value: PDFValue
}
