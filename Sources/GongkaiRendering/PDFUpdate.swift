import Foundation

/// Changes to a finished PDF, written as one incremental update (PDF 1.7 §7.5.6): changed objects are
/// written again after the original bytes, with a cross-reference section for them and a trailer that
/// points back to the original one. Cairo's output is left as it was.
///
/// Used for what Cairo 1.16 cannot write: the catalog's /Lang, /PageLabels and /MarkInfo, and the table
/// attributes (/RowSpan, /ColSpan) of structure elements.
struct PDFUpdate {
    let path: String
    private let bytes: [UInt8]
    private var replaced: [Int: String] = [:]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Where each object's latest definition starts ("N 0 obj"), found in one pass over the file.
    private let offsets: [Int: Int]

    init(path: String) throws {
        self.path = path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        self.bytes = bytes
        var offsets: [Int: Int] = [:]
        let suffix = Array(" 0 obj".utf8)
        var index = 0
        while index < bytes.count {
            // An object starts at a line's beginning with its number.
            if (index == 0 || bytes[index - 1] == 0x0A), bytes[index] >= 0x30, bytes[index] <= 0x39 {
                var end = index
                var number = 0
                while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39, end - index < 10 {
                    number = number * 10 + Int(bytes[end] - 0x30)
                    end += 1
                }
                if end + suffix.count <= bytes.count, bytes[end..<(end + suffix.count)].elementsEqual(suffix) {
                    offsets[number] = index
                }
                index = end
            }
            index += 1
        }
        self.offsets = offsets
    }

    /// The last trailer's text.
    private func trailer() throws -> (text: String, previousXref: Int) {
        guard let start = Self.lastIndex(of: "trailer", in: bytes), let startxref = Self.lastIndex(of: "startxref", in: bytes) else {
            throw Failure(description: "the PDF has no trailer")
        }
        let tail = String(decoding: bytes[startxref...], as: UTF8.self)
        guard let previous = tail.split(whereSeparator: \.isNewline).dropFirst().first.flatMap({ Int($0) }) else {
            throw Failure(description: "the PDF has no startxref")
        }
        return (String(decoding: bytes[start..<startxref], as: UTF8.self), previous)
    }

    /// The dictionary of object `number` (its latest definition), without the `<<` and `>>`.
    func dictionary(_ number: Int) throws -> String {
        if let replaced = replaced[number] { return replaced }
        guard let start = offsets[number], let end = Self.firstIndex(of: "endobj", in: bytes, from: start) else {
            throw Failure(description: "object \(number) 0 R not found")
        }
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        text = String(text.dropFirst("\(number) 0 obj".count)).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("<<"), text.hasSuffix(">>") else { throw Failure(description: "object \(number) is not a dictionary") }
        return String(text.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Adds entries to the document catalog.
    mutating func addToCatalog(_ entries: [String]) throws {
        guard let root = Self.integer(after: "/Root", in: try trailer().text) else { throw Failure(description: "no /Root") }
        replaced[root] = try dictionary(root) + "\n   " + entries.joined(separator: "\n   ")
    }

    /// Gives the table cells of the structure tree (TH and TD, in tree order, which is the order they were
    /// tagged in) their row and column spans, where a span is more than one.
    mutating func setCellSpans(_ spans: [(rows: Int, columns: Int)]) throws {
        guard let root = Self.integer(after: "/Root", in: try trailer().text),
            let tree = Self.integer(after: "/StructTreeRoot", in: try dictionary(root))
        else { return }
        var cells: [Int] = []
        func walk(_ number: Int) throws {
            let element = try dictionary(number)
            if let role = Self.name(after: "/S", in: element), role == "TH" || role == "TD" { cells.append(number) }
            for child in Self.children(in: element) { try walk(child) }
        }
        for child in Self.children(in: try dictionary(tree)) { try walk(child) }
        for (number, span) in zip(cells, spans) where span.rows > 1 || span.columns > 1 {
            var attributes = "/O /Table"
            if span.rows > 1 { attributes += " /RowSpan \(span.rows)" }
            if span.columns > 1 { attributes += " /ColSpan \(span.columns)" }
            replaced[number] = try dictionary(number) + "\n   /A << \(attributes) >>"
        }
    }

    /// Appends the changed objects, their cross-reference section and a new trailer.
    func write() throws {
        guard !replaced.isEmpty else { return }
        let (trailer, previous) = try trailer()
        guard let size = Self.integer(after: "/Size", in: trailer), let root = Self.integer(after: "/Root", in: trailer) else {
            throw Failure(description: "no /Size or /Root in the trailer")
        }
        var update = ""
        var offsets: [(Int, Int)] = []
        for (number, dictionary) in replaced.sorted(by: { $0.key < $1.key }) {
            offsets.append((number, bytes.count + update.utf8.count + 1))
            update += "\n\(number) 0 obj\n<< \(dictionary)\n>>\nendobj"
        }
        update += "\n"
        let xref = bytes.count + update.utf8.count
        update += "xref\n0 1\n0000000000 65535 f \n"
        for (number, offset) in offsets {
            update += "\(number) 1\n" + String(format: "%010d 00000 n \n", offset)
        }
        update += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info = Self.integer(after: "/Info", in: trailer) { update += "   /Info \(info) 0 R\n" }
        update += "   /Prev \(previous)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(update.utf8))
    }

    // MARK: Reading Cairo's dictionaries

    /// The object numbers a structure element's /K refers to (its children), not those inside nested
    /// dictionaries (marked-content references name their page).
    static func children(in element: String) -> [Int] {
        guard let range = element.range(of: "/K") else { return [] }
        var value = element[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        if value.hasPrefix("[") {
            var depth = 0
            var end = value.startIndex
            for index in value.indices {
                if value[index] == "[" { depth += 1 }
                if value[index] == "]" { depth -= 1; if depth == 0 { end = index; break } }
            }
            value = String(value[value.index(after: value.startIndex)..<end])
        } else {
            value = String(value.prefix { $0 != "/" })
        }
        // Drop nested dictionaries, then read "N 0 R".
        while let open = value.range(of: "<<"), let close = value.range(of: ">>", range: open.upperBound..<value.endIndex) {
            value.removeSubrange(open.lowerBound..<close.upperBound)
        }
        let tokens = value.split(whereSeparator: { $0 == " " || $0.isNewline })
        var result: [Int] = []
        var index = 0
        while index + 2 < tokens.count {
            if tokens[index + 2] == "R", tokens[index + 1] == "0", let number = Int(tokens[index]) {
                result.append(number)
                index += 3
            } else {
                index += 1
            }
        }
        return result
    }

    static func name(after key: String, in text: String) -> String? {
        guard let range = text.range(of: key + " /") else { return nil }
        return String(text[range.upperBound...].prefix { $0.isLetter || $0.isNumber })
    }

    static func integer(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return Int(text[range.upperBound...].drop(while: { $0 == " " || $0.isNewline }).prefix(while: \.isNumber))
    }

    static func lastIndex(of needle: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index -= 1
        }
        return nil
    }

    static func firstIndex(of needle: String, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
