/// Text conventions of Office Open XML string content.
enum OOXMLText {
    /// Decodes the `_xHHHH_` escapes of ST_Xstring, the way Excel stores characters XML cannot carry.
    ///
    /// Excel writes a carriage return inside a cell as `_x000D_` and a literal `_x` sequence as `_x005F_x…`;
    /// left alone these would show up in the typeset tables. A surrogate pair arrives as two escapes.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        var pendingHighSurrogate: UInt32?
        while index < scalars.count {
            if let code = escapedCode(in: scalars, at: index) {
                index += 7
                if (0xD800...0xDBFF).contains(code) {
                    pendingHighSurrogate = code
                    continue
                }
                if let high = pendingHighSurrogate, (0xDC00...0xDFFF).contains(code) {
                    let combined = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
                    if let scalar = Unicode.Scalar(combined) { result.append(scalar) }
                } else if let scalar = Unicode.Scalar(code) {
                    result.append(scalar)
                }
                pendingHighSurrogate = nil
                continue
            }
            // An unpaired high surrogate cannot be represented; drop it rather than fail.
            pendingHighSurrogate = nil
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// The code of an `_xHHHH_` escape starting at `index`, or nil if there is none there.
    private static func escapedCode(in scalars: [Unicode.Scalar], at index: Int) -> UInt32? {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x" || scalars[index + 1] == "X",
            scalars[index + 6] == "_"
        else { return nil }
        var code: UInt32 = 0
        for scalar in scalars[(index + 2)..<(index + 6)] {
            guard let digit = Character(scalar).hexDigitValue else { return nil }
            code = code * 16 + UInt32(digit)
        }
        return code
    }

    /// The local part of an XML name: `x:row` → `row`, `r:id` → `id`.
    ///
    /// Some writers (the Open XML SDK) prefix every element; matching local names accepts them all without
    /// relying on XMLParser's namespace processing, which differs between Foundation implementations.
    static func localName(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") {
            return name[name.index(after: colon)...]
        }
        return name[...]
    }
}
