import Foundation

/// Adds entries to a finished PDF's document catalog by an incremental update (PDF 1.7 §7.5.6): the
/// catalog object is written again with the new entries, followed by a cross-reference section for it and
/// a trailer pointing back to the original one. The original bytes stay untouched.
///
/// Cairo writes neither `/Lang` nor `/PageLabels`; this is the sound way to add them.
struct PDFCatalogUpdate {
    let path: String

    enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        var description: String {
            switch self {
            case .unreadable(let what): return "cannot update the PDF's catalog: \(what)"
            }
        }
    }

    func append(entries: [String]) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let bytes = [UInt8](data)
        // The last trailer: /Size, /Root, /Info, and where its cross-reference section starts.
        guard let trailerStart = Self.lastIndex(of: "trailer", in: bytes),
            let startxref = Self.lastIndex(of: "startxref", in: bytes)
        else { throw Failure.unreadable("no trailer") }
        let trailer = String(decoding: bytes[trailerStart..<startxref], as: UTF8.self)
        let tail = String(decoding: bytes[startxref...], as: UTF8.self)
        guard let size = Self.integer(after: "/Size", in: trailer), let root = Self.integer(after: "/Root", in: trailer),
            let previous = tail.split(whereSeparator: \.isNewline).dropFirst().first.flatMap({ Int($0) })
        else { throw Failure.unreadable("no /Size, /Root or startxref") }
        let info = Self.integer(after: "/Info", in: trailer)

        // The catalog's current dictionary (its last definition).
        guard let objectStart = Self.lastIndex(of: "\n\(root) 0 obj", in: bytes),
            let dictionaryEnd = Self.firstIndex(of: "endobj", in: bytes, from: objectStart)
        else { throw Failure.unreadable("catalog \(root) 0 R not found") }
        var dictionary = String(decoding: bytes[(objectStart + 1)..<dictionaryEnd], as: UTF8.self)
        dictionary = dictionary.replacingOccurrences(of: "\(root) 0 obj", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard dictionary.hasPrefix("<<"), dictionary.hasSuffix(">>") else { throw Failure.unreadable("catalog is not a dictionary") }
        let body = String(dictionary.dropLast(2)).trimmingCharacters(in: .whitespacesAndNewlines)

        var update = "\n\(root) 0 obj\n\(body)\n   " + entries.joined(separator: "\n   ") + "\n>>\nendobj\n"
        let objectOffset = bytes.count + 1
        let xrefOffset = bytes.count + update.utf8.count
        update += "xref\n0 1\n0000000000 65535 f \n\(root) 1\n" + String(format: "%010d 00000 n \n", objectOffset)
        update += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info { update += "   /Info \(info) 0 R\n" }
        update += "   /Prev \(previous)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n"

        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(update.utf8))
    }

    private static func lastIndex(of needle: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == pattern[0], Array(bytes[index..<(index + pattern.count)]) == pattern { return index }
            index -= 1
        }
        return nil
    }

    private static func firstIndex(of needle: String, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], Array(bytes[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }

    private static func integer(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return Int(text[range.upperBound...].drop(while: { $0 == " " || $0.isNewline }).prefix(while: \.isNumber))
    }
}
