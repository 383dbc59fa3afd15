import Foundation

/// Characters most Chinese text is made of, for work that pays off when done once for many documents.
public enum CommonCharacters {
    /// The 3,755 characters of GB 2312's first level (一级汉字, rows 16–55): the commonest hanzi, in
    /// pinyin order, read from the encoding itself.
    public static let gb2312FirstLevel: [Unicode.Scalar] = {
        var bytes: [UInt8] = []
        for row in UInt8(0xB0)...0xD7 {
            // Row 55 (0xD7) ends at 0xF9; the others run to 0xFE.
            for cell in UInt8(0xA1)...(row == 0xD7 ? 0xF9 : 0xFE) { bytes += [row, cell] }
        }
        guard let decoded = try? Iconv.convert(Data(bytes), from: "GB18030", to: "UTF-8") else { return [] }
        return Array(String(decoding: decoded, as: UTF8.self).unicodeScalars)
    }()
}
