import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, without the trimming where there is nothing to trim: when the text
    /// starts and ends with an ASCII character other than a space or a tab (the only ASCII characters of the set).
    var trimmingWhitespace: String {
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, Self.isASCIIGraphic(first), Self.isASCIIGraphic(last) {
            return self
        }
        return trimmingCharacters(in: .whitespaces)
    }

    private static func isASCIIGraphic(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
    }
}
