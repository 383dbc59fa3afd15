import Foundation

/// The text encodings a budget-system export arrives in.
public enum TextEncoding: String, Hashable, Sendable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "UTF-8"
    /// GB18030: the superset of GBK and GB2312, which is what Excel on Chinese Windows writes as "CSV".
    case gb18030 = "GB18030"
}

/// Turns the bytes of an export into text, telling UTF-8 from GBK/GB18030.
public enum TextDecoding {
    /// The encoding the bytes are most likely in: UTF-8 if they are valid UTF-8, otherwise GB18030.
    ///
    /// GBK text is almost never valid UTF-8 (its lead bytes 0x81–0xFE are rarely followed by the exact
    /// continuation bytes UTF-8 requires), so validity is a reliable test for the two encodings we meet.
    public static func detectEncoding(of data: Data) -> TextEncoding {
        firstInvalidUTF8Offset(in: data) == nil ? .utf8 : .gb18030
    }

    /// Decodes `data` as `encoding`, or as the detected encoding when `encoding` is nil; drops a leading BOM.
    ///
    /// - Parameter file: the file the bytes came from, named in the error.
    /// - Throws: `ImportError.undecodableText` with the offset of the first byte that is not valid text.
    public static func decode(_ data: Data, as encoding: TextEncoding? = nil, file: String) throws -> String {
        switch encoding ?? detectEncoding(of: data) {
        case .utf8:
            return try decodeUTF8(data, file: file)
        case .gb18030:
            return try decodeGB18030(data, file: file)
        }
    }

    private static func decodeUTF8(_ data: Data, file: String) throws -> String {
        if let offset = firstInvalidUTF8Offset(in: data) {
            throw ImportError.undecodableText(file: file, encoding: TextEncoding.utf8.rawValue, byteOffset: offset)
        }
        return dropByteOrderMark(String(decoding: data, as: UTF8.self))
    }

    private static func decodeGB18030(_ data: Data, file: String) throws -> String {
        #if canImport(Glibc) || canImport(Musl)
            let converted: Data
            do {
                converted = try Iconv.convert(data, from: "GB18030", to: "UTF-8")
            } catch {
                throw ImportError.undecodableText(
                    file: file, encoding: TextEncoding.gb18030.rawValue, byteOffset: error.byteOffset)
            }
            return dropByteOrderMark(String(decoding: converted, as: UTF8.self))
        #else
            // Apple platforms: Foundation's GB18030 converter is reliable there, and iconv would need -liconv.
            let gb18030 = String.Encoding(
                rawValue: CFStringConvertEncodingToNSStringEncoding(
                    CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))
            guard let text = String(data: data, encoding: gb18030) else {
                throw ImportError.undecodableText(file: file, encoding: TextEncoding.gb18030.rawValue, byteOffset: 0)
            }
            return dropByteOrderMark(text)
        #endif
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or nil if all do.
    public static func firstInvalidUTF8Offset(in data: Data) -> Int? {
        // Most files are valid: the standard library's validation reads them a block at a time; only an invalid
        // file is read again, a character at a time, to find where.
        let valid = data.withUnsafeBytes { raw in String(validating: raw.assumingMemoryBound(to: UInt8.self), as: UTF8.self) != nil }
        if valid { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
            case .error:
                return offset
            case .emptyInput:
                return nil
            }
        }
    }

    /// Excel writes a BOM before UTF-8 CSV; it is not part of the first cell.
    private static func dropByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }
}
