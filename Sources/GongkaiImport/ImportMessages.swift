import GongkaiMessages

/// The catalogue of what reading an export says, in English and Chinese: where, then what is wrong.
enum ImportMessages {
    static func text(of error: ImportError) -> LocalizedText {
        switch error {
        case .fileMissing(let file):
            return LocalizedText("\(file): no such file", zh: "\(file)：文件不存在")
        case .unreadableFile(let file, let reason):
            return LocalizedText("\(file): cannot be read: \(reason)", zh: "\(file)：无法读取：\(reason)")
        case .notAZip(let file):
            return LocalizedText(
                "\(file): not an .xlsx workbook (not a zip archive; a legacy .xls must be saved as .xlsx first)",
                zh: "\(file)：不是 .xlsx 工作簿（不是 zip 压缩包；旧式 .xls 须先另存为 .xlsx）")
        case .notAnXLSX(let file, let missingPart):
            return LocalizedText(
                "\(file): not an .xlsx workbook (the zip archive has no \(missingPart))",
                zh: "\(file)：不是 .xlsx 工作簿（压缩包中没有 \(missingPart)）")
        case .malformedPart(let file, let part, let reason):
            return LocalizedText("\(file): \(part) is malformed: \(reason)", zh: "\(file)：\(part) 已损坏：\(reason)")
        case .sheetNotFound(let file, let sheet, let available):
            let list = available.isEmpty ? LocalizedText("none", zh: "无") : quotedList(available)
            return LocalizedText("\(file): no sheet named “\(sheet)”; the sheets are: ", zh: "\(file)：没有名为“\(sheet)”的工作表；工作表有：")
                + list
        case .headerLabelsNotFound(let file, let missing):
            return LocalizedText("\(file): no header row has the column labels ", zh: "\(file)：没有表头行含有列标题")
                + quotedList(missing)
        case .rowLabelNotFound(let file, let label):
            return LocalizedText("\(file): no row labelled “\(label)” below the header", zh: "\(file)：表头下没有名为“\(label)”的行")
        case .unterminatedQuote(let file, let line):
            return LocalizedText(
                "\(file):\(line): quoted field is never closed (a \" opened on this line has no closing \")",
                zh: "\(file):\(line)：引号内的字段没有结束（此行开始的 \" 没有配对的 \"）")
        case .undecodableText(let file, let encoding, let byteOffset):
            return LocalizedText(
                "\(file): not valid \(encoding) text (at byte \(byteOffset))", zh: "\(file)：不是有效的 \(encoding) 文本（第 \(byteOffset) 字节处）")
        case .uncomputedFormula(let file, let sheet, let cell):
            return LocalizedText(
                "\(file): sheet “\(sheet)”, cell \(cell): the formula has no computed value in the file; "
                    + "open the workbook in Excel or WPS and save it, so that its values are computed",
                zh: "\(file)：工作表“\(sheet)”单元格 \(cell)：公式在文件中没有计算结果；请用 Excel 或 WPS 打开工作簿并保存，使其计算并保存数值")
        }
    }
}
