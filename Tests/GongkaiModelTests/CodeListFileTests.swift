import Foundation
import GongkaiModel
import Testing

/// A code list reads the same whichever way its file is written: the lists as shipped take a reader of their
/// own, anything else the general CSV reader.
@Suite struct CodeListFileTests {
    static let plain = "code,name,level,parent\n201,一般公共服务支出,1,\n20101,人大事务,2,201\n\n2010101, 行政运行 ,3,20101\n"

    func list(_ bytes: [UInt8]) throws -> CodeList {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("codes-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try CodeList(contentsOf: path, classification: .function, year: 2023)
    }

    @Test(arguments: [
        "\u{FEFF}" + plain,
        plain.replacingOccurrences(of: "\n", with: "\r\n"),
        plain.replacingOccurrences(of: "人大事务", with: "\"人大事务\""),
        String(plain.dropLast()),
    ])
    func everyWritingReadsAsThePlainOne(text: String) throws {
        let expected = try list(Array(Self.plain.utf8))
        #expect(expected.entries.map(\.name) == ["一般公共服务支出", "人大事务", "行政运行"])
        #expect(try list(Array(text.utf8)) == expected)
    }

    @Test func aGBKListReadsAsTheUTF8One() throws {
        // 201,人大,1, in GBK: 人 is C8CB, 大 is B4F3.
        let gbk: [UInt8] = Array("code,name,level,parent\n201,".utf8) + [0xC8, 0xCB, 0xB4, 0xF3] + Array(",1,\n".utf8)
        #expect(try list(gbk).entries.map(\.name) == ["人大"])
    }
}
