/// A finished PDF read into its indirect objects, through its cross-reference tables (PDF 1.7 §7.5.4):
/// what Cairo wrote, to be completed and written again compressed (`CompressedPDFWriter`).
///
/// Reads classic cross-reference tables and their /Prev chain, as Cairo writes them; cross-reference
/// streams, encryption and generations other than 0 are refused (Cairo writes none of them).
struct PDFFile {
    /// An indirect object: its value and, for a stream, the stream's bytes as stored (still encoded).
    struct Object: Equatable {
        var value: PDFValue
        var stream: ArraySlice<UInt8>?
    }

    /// The version of the header ("1.5").
    var version: String
    var objects: [Int: Object]
    var trailer: PDFValue

    init(bytes: [UInt8]) throws {
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw PDFParser.Failure(description: "not a PDF") }
        var header = PDFParser(bytes, at: 5)
        version = String(decoding: header.word(), as: UTF8.self)
        guard let startxref = Self.lastIndex(of: Array("startxref".utf8), in: bytes) else {
            throw PDFParser.Failure(description: "the PDF has no startxref")
        }
        var parser = PDFParser(bytes, at: startxref + "startxref".utf8.count)
        parser.skipWhitespace()
        guard var xref = PDFParser.integer(parser.word()) else { throw parser.failure("startxref has no offset") }

        // Newer sections come first; an object keeps the offset its newest section gives it.
        var offsets: [Int: Int] = [:]
        var freed: Set<Int> = []
        var newest: PDFValue?
        var visited: Set<Int> = []
        while visited.insert(xref).inserted {
            parser = PDFParser(bytes, at: xref)
            try parser.expect("xref")
            while true {
                parser.skipWhitespace()
                var lookahead = parser
                if lookahead.word().elementsEqual("trailer".utf8) {
                    parser = lookahead
                    break
                }
                let first = PDFParser.integer(parser.word())
                parser.skipWhitespace()
                guard let first, let count = PDFParser.integer(parser.word()) else {
                    throw parser.failure("bad cross-reference subsection")
                }
                for number in first..<(first + count) {
                    parser.skipWhitespace()
                    let offset = PDFParser.integer(parser.word())
                    parser.skipWhitespace()
                    let generation = PDFParser.integer(parser.word())
                    parser.skipWhitespace()
                    let kind = parser.word()
                    guard let offset, let generation else { throw parser.failure("bad cross-reference entry") }
                    guard offsets[number] == nil, !freed.contains(number) else { continue }
                    if kind.elementsEqual("n".utf8) {
                        guard generation == 0 else { throw parser.failure("generation \(generation) is not supported") }
                        offsets[number] = offset
                    } else {
                        freed.insert(number)
                    }
                }
            }
            let trailer = try parser.value()
            guard trailer["/Encrypt"] == nil else { throw PDFParser.Failure(description: "encrypted PDFs are not supported") }
            if newest == nil { newest = trailer }
            guard let previous = trailer["/Prev"]?.integer else { break }
            xref = previous
        }
        guard let newest, newest["/Root"] != nil else { throw PDFParser.Failure(description: "the PDF's trailer has no /Root") }
        trailer = newest

        var objects: [Int: Object] = [:]
        for (number, offset) in offsets {
            objects[number] = try Self.object(number, at: offset, in: bytes, offsets: offsets)
        }
        self.objects = objects
    }

    private static func object(_ number: Int, at offset: Int, in bytes: [UInt8], offsets: [Int: Int]) throws -> Object {
        guard offset >= 0, offset < bytes.count else { throw PDFParser.Failure(description: "object \(number) is outside the file") }
        var parser = PDFParser(bytes, at: offset)
        parser.skipWhitespace()
        guard PDFParser.integer(parser.word()) == number else { throw parser.failure("object \(number) is not where the table says") }
        try parser.expect("0")
        try parser.expect("obj")
        let value = try parser.value()
        parser.skipWhitespace()
        var lookahead = parser
        guard lookahead.word().elementsEqual("stream".utf8) else { return Object(value: value, stream: nil) }
        parser = lookahead
        // The data starts after the end of line that follows "stream" (CR LF or LF).
        if parser.position < bytes.count, bytes[parser.position] == 0x0D { parser.position += 1 }
        if parser.position < bytes.count, bytes[parser.position] == 0x0A { parser.position += 1 }
        let length: Int?
        switch value["/Length"] {
        case .reference(let lengthNumber):
            guard lengthNumber != number, let lengthOffset = offsets[lengthNumber] else {
                throw parser.failure("object \(number)'s /Length is missing")
            }
            length = try Self.object(lengthNumber, at: lengthOffset, in: bytes, offsets: [:]).value.integer
        case let direct:
            length = direct?.integer
        }
        guard let length, length >= 0, parser.position + length <= bytes.count else {
            throw parser.failure("object \(number)'s /Length is not a length in the file")
        }
        let data = bytes[parser.position..<(parser.position + length)]
        parser.position += length
        try parser.expect("endstream")
        return Object(value: value, stream: data)
    }

    /// The object numbers that are the /Length of a stream.
    var lengthObjects: Set<Int> {
        var numbers: Set<Int> = []
        for object in objects.values where object.stream != nil {
            if case .reference(let number) = object.value["/Length"] { numbers.insert(number) }
        }
        return numbers
    }

    static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index -= 1
        }
        return nil
    }
}
