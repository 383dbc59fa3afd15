import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, without the trimming where there is nothing to trim: when the
    /// text neither starts nor ends with a character of the set (a tab or a space separator, Unicode's Zs).
    /// Most texts are Chinese names and amounts, which never do.
    package var trimmingWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !Self.isWhitespace(first), !Self.isWhitespace(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    /// Whether `scalar` is in `CharacterSet.whitespaces`: U+0009 or General Category Zs.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        // Of ASCII, only the space is Zs; its properties need not be looked up.
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }
}
