import Foundation
import GongkaiMessages
import GongkaiModel
import Testing

/// `CodeListMessages`: a broken code list is named by file and line in each language.
@Suite struct CodeListMessagesTests {
    @Test(arguments: [
        ("code,name\n201,x\n", 1, "表头应为 code,name,level,parent，实为 code,name", "expected the header code,name,level,parent"),
        ("code,name,level,parent\n201,一般公共服务支出,2,\n", 2, "201 的级次为 1，但文件中写的是 2", "201 is at level 1, but the file says 2"),
        ("code,name,level,parent\n201,,1,\n", 2, "201 没有科目名称", "201 has no name"),
        ("code,name,level,parent\n201,a,1,\n2012906,b,3,20129\n", 3, "2012906 的上级 20129 没有列在它之前", "is not listed before it"),
        ("code,name,level,parent\n201,a,1,\n201,b,1,\n", 3, "201 出现了两次", "201 is listed twice"),
        ("code,name,level,parent\n201,a,1,\n20129,b,2,202\n", 3, "20129 的上级应为 201，实为 \"202\"", "the parent of 20129 must be 201"),
        ("code,name,level,parent\n201,a\n", 2, "每行应有 4 项（code,name,level,parent），实有 2 项", "expected 4 fields"),
    ])
    func aBadListIsSaidInEachLanguage(text: String, line: Int, chinese: String, english: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("codes-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: DataError.self) { try CodeList(contentsOf: path, classification: .function, year: 2023) }
        #expect(error.description(in: .chinese).hasPrefix("\(path):\(line):1: "))
        #expect(error.description(in: .chinese).contains(chinese), "\(error.description(in: .chinese))")
        #expect(error.description(in: .english).contains(english), "\(error.description(in: .english))")
    }

    @Test func aFolderThatCannotBeReadIsSaidInChinese() {
        let error = #expect(throws: DataError.self) { try CodeListLibrary(directory: "/nonexistent/code-lists") }
        #expect(error?.description(in: .chinese) == "/nonexistent/code-lists: 无法读取科目代码表文件夹")
        #expect(error?.description(in: .english) == "/nonexistent/code-lists: cannot read the code lists folder")
    }
}
