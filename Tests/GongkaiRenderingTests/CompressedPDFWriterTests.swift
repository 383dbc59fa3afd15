import Foundation
import Testing

@testable import GongkaiRendering

/// The rewrite of Cairo's PDF: valid, smaller, every object kept, the same bytes every time.
struct CompressedPDFWriterTests {
    /// A PDF written the way Cairo writes one: plain dictionaries, a stream whose /Length is an object of
    /// its own, a classic cross-reference table (with a free entry), a structure tree with table cells.
    static func cairoStylePDF(cells: Int = 400) -> [UInt8] {
        // Stream data that looks like syntax: only /Length says where it ends.
        let content = Array("BT /F1 12 Tf (endstream endobj) Tj ET\n9 0 obj\nendstream\n".utf8) + [0x00, 0xFF, 0x0D, 0x0A]
        var objects: [Int: [UInt8]] = [
            1: Array("<< /Type /Catalog\n   /Pages 2 0 R\n   /StructTreeRoot 5 0 R\n>>".utf8),
            2: Array("<< /Type /Pages\n   /Kids [ 3 0 R ]\n   /Count 1\n>>".utf8),
            3: Array("<< /Type /Page\n   /Parent 2 0 R\n   /MediaBox [ 0 0 595.276 841.89 ]\n   /Contents 4 0 R\n>>".utf8),
            4: Array("<< /Length 6 0 R\n>>\nstream\n".utf8) + content + Array("\nendstream".utf8),
            6: Array("   \(content.count)".utf8),
            7: Array("<< /Title (a \\) b \\( endobj 1 0 R \\\\) /Producer <FEFF0047006F006E0067006B00610069> /CreationDate (D:20230101000000Z) >>".utf8),
        ]
        let cellNumbers = (0..<cells).map { 11 + $0 }
        objects[5] = Array("<< /Type /StructTreeRoot\n   /K [ 10 0 R ]\n>>".utf8)
        objects[10] = Array("<< /Type /StructElem\n   /S /Table\n   /P 5 0 R\n   /K [ \(cellNumbers.map { "\($0) 0 R" }.joined(separator: " ")) ]\n>>".utf8)
        for (index, number) in cellNumbers.enumerated() {
            let role = index % 5 == 0 ? "TH" : "TD"
            objects[number] = Array("<< /Type /StructElem\n   /S /\(role)\n   /P 10 0 R\n   /Pg 3 0 R\n   /K \(index)\n>>".utf8)
        }
        // Object 8 is free.
        let size = 11 + cells
        var bytes = Array("%PDF-1.5\n%\u{B5}\u{ED}\u{AE}\u{FB}\n".utf8)
        var offsets: [Int: Int] = [:]
        for number in objects.keys.sorted() {
            offsets[number] = bytes.count
            bytes += Array("\(number) 0 obj\n".utf8) + (objects[number] ?? []) + Array("\nendobj\n".utf8)
        }
        let xref = bytes.count
        var table = "xref\n0 \(size)\n0000000000 65535 f \n"
        for number in 1..<size {
            table += offsets[number].map { String(format: "%010d 00000 n \n", $0) } ?? "0000000000 00000 f \n"
        }
        table += "trailer\n<< /Size \(size)\n   /Root 1 0 R\n   /Info 7 0 R\n>>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Array(table.utf8)
    }

    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = PDFTools.temporaryPath(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theRewriteIsValidSmallerAndKeepsEveryObject() throws {
        let original = Self.cairoStylePDF()
        let rewritten = try CompressedPDFWriter.write(try PDFFile(bytes: original), deflater: Deflater())
        let before = try write(original, "before.pdf")
        let after = try write(rewritten, "after.pdf")
        defer {
            unlink(before)
            unlink(after)
        }
        let check = try PDFTools.run("qpdf", ["--check", after])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("No syntax or stream encoding errors found"))
        // Object streams and a cross-reference stream, no table: a third of the size, or less.
        let text = String(decoding: rewritten, as: UTF8.self)
        #expect(text.contains("/Type /ObjStm"))
        #expect(text.contains("/Type /XRef"))
        #expect(!text.contains("\nxref\n"))
        #expect(rewritten.count * 3 < original.count)

        // Every object is there with the same value (stream data decoded and compared too), except the
        // object that only held a stream's length, which is now written in the stream's dictionary.
        var expected = try PDFTools.objects(of: before)
        let actual = try PDFTools.objects(of: after)
        #expect(expected.removeValue(forKey: "obj:6 0 R") != nil)
        #expect(expected.removeValue(forKey: "obj:4 0 R") != nil)
        let lengthOnly = actual.filter { $0.key != "obj:4 0 R" && !$0.value.contains("/ObjStm") && !$0.value.contains("/XRef") }
        #expect(lengthOnly.count == expected.count)
        for (key, value) in expected { #expect(actual[key] == value, "\(key)") }
        #expect(actual["obj:4 0 R"] != nil)
        let file = try PDFFile(bytes: original)
        let contentLength = try #require(file.objects[4]?.stream?.count)
        #expect(text.contains("4 0 obj\n<</Length \(contentLength)>>\nstream\n"))
    }

    @Test func theSameFileGivesTheSameBytes() throws {
        let original = Self.cairoStylePDF()
        #expect(try CompressedPDFWriter.write(try PDFFile(bytes: original), deflater: Deflater()) == CompressedPDFWriter.write(try PDFFile(bytes: original), deflater: Deflater()))
    }

    /// Catalog entries and cell spans, the additions Cairo cannot write, survive the rewrite.
    @Test func catalogEntriesAndCellSpansAreWritten() throws {
        var file = try PDFFile(bytes: Self.cairoStylePDF(cells: 6))
        try file.addToCatalog("/Lang (zh-CN) /MarkInfo << /Marked true >> /PageLabels << /Nums [0 << /S /D /St 3 >>] >>")
        // Cells in tree order: 11 (TH), 12 … 15 (TD), 16 (TH).
        file.setCellSpans([(1, 1), (2, 1), (1, 1), (1, 4), (1, 1), (3, 2)])
        #expect(file.objects[12]?.value["/A"] == .dictionary([
            PDFEntry(key: Array("/O".utf8), value: .token("/Table")), PDFEntry(key: Array("/RowSpan".utf8), value: .token("2")),
        ]))
        #expect(file.objects[13]?.value["/A"] == nil)
        let path = try write(try CompressedPDFWriter.write(file, deflater: Deflater()), "additions.pdf")
        defer { unlink(path) }
        let objects = try PDFTools.objects(of: path)
        #expect(objects["obj:1 0 R"]?.contains("\"/Lang\":\"u:zh-CN\"") == true)
        #expect(objects["obj:1 0 R"]?.contains("\"/Marked\":true") == true)
        #expect(objects["obj:14 0 R"]?.contains("\"/ColSpan\":4") == true)
        #expect(objects["obj:16 0 R"]?.contains("\"/ColSpan\":2") == true)
        #expect(objects["obj:16 0 R"]?.contains("\"/RowSpan\":3") == true)
    }

    @Test func aBrokenPDFIsAnErrorNotACrash() {
        let good = Self.cairoStylePDF(cells: 3)
        let truncated = Array(good.prefix(good.count / 2))
        // startxref pointing three bytes past the table.
        var wrongOffset = good
        if let start = PDFFile.lastIndex(of: Array("startxref\n".utf8), in: good) {
            let digits = good[(start + 10)...].prefix { $0 >= 0x30 && $0 <= 0x39 }
            let offset = (Int(String(decoding: digits, as: UTF8.self)) ?? 0) + 3
            wrongOffset.replaceSubrange(digits.startIndex..<digits.endIndex, with: Array("\(offset)".utf8))
        }
        for bytes in [[], Array("%PDF-1.5\n".utf8), truncated, wrongOffset, Array("not a pdf".utf8)] {
            #expect(throws: (any Error).self) { try PDFFile(bytes: bytes) }
        }
    }
}
