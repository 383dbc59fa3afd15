import GongkaiMessages

/// The catalogue of what reading the classification code lists (`Classifications/<year>/*.csv`) says, in
/// English and Chinese: a list's file and line come in front (`DataError`); the code's own words are
/// `Classification.notACodeText`, a missing year's `TableFindingMessages.noCodeLists`.
enum CodeListMessages {
    static func expectedHeader(found: [String]) -> LocalizedText {
        LocalizedText(
            "expected the header code,name,level,parent, found \(found.joined(separator: ","))",
            zh: "表头应为 code,name,level,parent，实为 \(found.joined(separator: ","))")
    }
    static func expectedFourFields(found: Int) -> LocalizedText {
        LocalizedText(
            "expected 4 fields (code,name,level,parent), found \(found)", zh: "每行应有 4 项（code,name,level,parent），实有 \(found) 项")
    }
    static func wrongLevel(_ code: String, level: Int, given: String) -> LocalizedText {
        LocalizedText("\(code) is at level \(level), but the file says \(given)", zh: "\(code) 的级次为 \(level)，但文件中写的是 \(given)")
    }
    static func noName(_ code: String) -> LocalizedText { LocalizedText("\(code) has no name", zh: "\(code) 没有科目名称") }
    static func wrongParent(_ code: String, parent: String?, found: String) -> LocalizedText {
        LocalizedText(
            "the parent of \(code) must be \(parent ?? "empty"), found \"\(found)\"",
            zh: "\(code) 的上级应为\(parent.map { " \($0)" } ?? "空")，实为 \"\(found)\"")
    }
    static func parentNotBefore(_ parent: String, of code: String) -> LocalizedText {
        LocalizedText("the parent \(parent) of \(code) is not listed before it", zh: "\(code) 的上级 \(parent) 没有列在它之前")
    }
    static func listedTwice(_ code: String) -> LocalizedText { LocalizedText("\(code) is listed twice", zh: "\(code) 出现了两次") }
    static let cannotReadFolder = LocalizedText("cannot read the code lists folder", zh: "无法读取科目代码表文件夹")
}
