import GongkaiMessages

/// The catalogue of what `gongkai new` says, in English and Chinese.
enum NewDepartmentMessages {
    static func text(of error: NewDepartmentError) -> LocalizedText {
        switch error {
        case let .tableNotFound(table, source, titleWords, labels, titled):
            let looked = LocalizedText(
                "no sheet has a title with “\(titleWords)” above a header with the labels ",
                zh: "没有哪张工作表的标题含“\(titleWords)”、其下表头有列标题") + quotedList(labels)
            var text = LocalizedText("\(source): the table \(table) was not found: ", zh: "\(source)：找不到\(table)：") + looked
            if let (sheet, missing) = titled {
                text = text + LocalizedText("; “\(sheet)” has the title but not the labels ", zh: "；“\(sheet)”有此标题，但表头缺少")
                    + quotedList(missing)
            }
            return text
        case let .rowNotFound(table, place, row):
            return LocalizedText("\(place): \(table) has no row “\(row)”", zh: "\(place)：\(table)中没有“\(row)”行")
        case let .notAnAmount(place, text):
            return LocalizedText("\(place): expected an amount, found \"\(text)\"", zh: "\(place)：应为金额，实为 \"\(text)\"")
        }
    }
}
