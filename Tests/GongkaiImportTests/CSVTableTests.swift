import Foundation
import Testing

@testable import GongkaiImport

@Suite struct CSVTableTests {
    @Test func quotedFieldsHoldCommasQuotesAndNewlines() throws {
        let text = "项目,说明,预算数\n收入总计,\"含\"\"三公\"\"经费, 另列\",\"16,745.59\"\n\"多行\n名称\",,0.00\n"
        let rows = try CSVTable.parse(text, file: "t.csv")
        #expect(
            rows == [
                ["项目", "说明", "预算数"],
                ["收入总计", "含\"三公\"经费, 另列", "16,745.59"],
                ["多行\n名称", "", "0.00"],
            ])
    }

    @Test func crlfLineEndingsAreOneBreak() throws {
        let text = "项目,预算数\r\n收入总计,\"1,000.00\"\r\n\"甲\r\n乙\",-\r\n"
        let rows = try CSVTable.parse(text, file: "t.csv")
        #expect(rows == [["项目", "预算数"], ["收入总计", "1,000.00"], ["甲\r\n乙", "-"]])
    }

    @Test func lastLineWithoutBreakAndEmptyFields() throws {
        #expect(try CSVTable.parse("a,,b\n,,\n\"\",x", file: "t.csv") == [["a", "", "b"], ["", "", ""], ["", "x"]])
        #expect(try CSVTable.parse("", file: "t.csv") == [])
    }

    @Test func lenientAboutStrayQuotes() throws {
        // Not RFC 4180, but Excel and people write it; the text is kept rather than rejected.
        #expect(try CSVTable.parse("5\"寸,\"a\"b\n", file: "t.csv") == [["5\"寸", "ab"]])
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let text = "项目,预算数\n收入总计,\"16,745.59\"\n"
        let plain = try CSVTable(data: Data(text.utf8), file: "plain.csv")
        let withBOM = try CSVTable(data: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), file: "bom.csv")
        let expected = [["项目", "预算数"], ["收入总计", "16,745.59"]]
        #expect(plain.rows == expected)
        #expect(withBOM.rows == expected)
        #expect(plain.encoding == .utf8)
        #expect(withBOM.encoding == .utf8)
    }

    @Test func gbkBytesAreDetectedAndDecoded() throws {
        let text = "项目,预算数\n收入总计,\"16,745.59\"\n“三公”经费,-\n"
        let bytes = try GB18030Encoder.encode(text)
        // The fixture really is GBK: not UTF-8, and two bytes per Han character.
        #expect(TextDecoding.firstInvalidUTF8Offset(in: bytes) != nil)
        #expect(bytes.prefix(4) == Data([0xCF, 0xEE, 0xC4, 0xBF]))  // 项目

        let table = try CSVTable(data: bytes, file: "gbk.csv")
        #expect(table.encoding == .gb18030)
        #expect(table.rows == [["项目", "预算数"], ["收入总计", "16,745.59"], ["“三公”经费", "-"]])
    }

    @Test func explicitEncodingOverridesDetection() throws {
        let gbk = try GB18030Encoder.encode("项目\n")
        #expect(throws: ImportError.undecodableText(file: "gbk.csv", encoding: "UTF-8", byteOffset: 0)) {
            try CSVTable(data: gbk, file: "gbk.csv", encoding: .utf8)
        }
        let ascii = try CSVTable(data: Data("a,b\n".utf8), file: "a.csv", encoding: .gb18030)
        #expect(ascii.encoding == .gb18030)
        #expect(ascii.rows == [["a", "b"]])
    }

    @Test func bytesThatAreNeitherEncodingAreReported() {
        // 0x81 opens a GB18030 double-byte character, which may not continue with a space.
        let error = #expect(throws: ImportError.self) {
            try CSVTable(data: Data([0x61, 0x2C, 0x81, 0x20]), file: "bad.csv")
        }
        #expect(error == .undecodableText(file: "bad.csv", encoding: "GB18030", byteOffset: 2))
        #expect(error?.description.contains("bad.csv") == true)
    }

    @Test func unterminatedQuoteNamesItsLine() {
        let text = "项目,预算数\r\n收入总计,100\r\n支出总计,\"1,00\r\n0\r\n"
        let error = #expect(throws: ImportError.self) { try CSVTable.parse(text, file: "t.csv") }
        #expect(error == .unterminatedQuote(file: "t.csv", line: 3))
        #expect(error?.description.hasPrefix("t.csv:3:") == true)
    }

    @Test func readsFromDiskAndReportsAMissingFile() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("收入总表.csv")
        try GB18030Encoder.encode("项目,预算数\n合计,\"2,000.00\"\n").write(to: url)
        let table = try CSVTable(contentsOf: url)
        #expect(table.rows == [["项目", "预算数"], ["合计", "2,000.00"]])
        #expect(table.file == url.path)

        let missing = folder.url.appendingPathComponent("nope.csv")
        #expect(throws: ImportError.fileMissing(file: missing.path)) { try CSVTable(contentsOf: missing) }
    }
}
