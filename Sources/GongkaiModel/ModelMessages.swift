import GongkaiMessages

/// The catalogue of what reading a department file says: every message of the YAML reader, in English and
/// Chinese, from typed arguments. The findings' texts are in `FindingMessages`.
public enum ModelMessages {
    public static func severity(_ severity: Finding.Severity) -> LocalizedText {
        switch severity {
        case .error: LocalizedText("error", zh: "错误")
        case .warning: LocalizedText("warning", zh: "警告")
        }
    }

    /// What a YAML value is, for "expected …, found …".
    enum Found {
        case scalar(String), mapping, list, alias

        var text: LocalizedText {
            switch self {
            case .scalar(let text): LocalizedText(verbatim: "\"\(text)\"")
            case .mapping: LocalizedText("a mapping", zh: "映射（字段）")
            case .list: LocalizedText("a list", zh: "列表")
            case .alias: LocalizedText("an alias", zh: "别名")
            }
        }
    }

    // MARK: - The file

    static let fileEmpty = LocalizedText("the file is empty", zh: "文件是空的")
    static let noSuchFile = LocalizedText("no such file", zh: "文件不存在")
    static func cannotRead(_ reason: String) -> LocalizedText {
        LocalizedText("cannot read the file (\(reason))", zh: "无法读取文件（\(reason)）")
    }
    static let isFolder = LocalizedText("is a folder, not a department file", zh: "是文件夹，不是部门数据文件")
    static let notRegularFile = LocalizedText("is not a regular file", zh: "不是普通文件")
    static func fileTooLarge(bytes: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            "the file has \(bytes) bytes, more than the limit of \(limit) for a department file",
            zh: "文件有 \(bytes) 字节，超过部门数据文件的上限 \(limit) 字节")
    }
    static func fileGrewTooLarge(limit: Int) -> LocalizedText {
        LocalizedText(
            "the file has more than \(limit) bytes, the limit for a department file", zh: "文件超过部门数据文件的上限 \(limit) 字节")
    }

    /// Why a file is not UTF-8.
    enum NotUTF8 { case cutShort, gbk, other }

    static func notUTF8(byte: Int, hex: String, _ reason: NotUTF8) -> LocalizedText {
        let why: LocalizedText =
            switch reason {
            case .cutShort:
                LocalizedText(
                    "the file ends in the middle of a character: it may have been cut short; save it again",
                    zh: "文件在一个字符中间结束，可能不完整；请重新保存")
            case .gbk:
                LocalizedText(
                    "it looks like GBK (GB18030) text: save it as UTF-8 (in Notepad or WPS: Save As, encoding UTF-8)",
                    zh: "文件像是 GBK（GB18030）编码：请另存为 UTF-8（记事本或 WPS 中“另存为”，编码选 UTF-8）")
            case .other: LocalizedText("save it as UTF-8 text", zh: "请另存为 UTF-8 文本")
            }
        return LocalizedText("the file is not UTF-8 text (byte \(byte), 0x\(hex), is not): ", zh: "文件不是 UTF-8 文本（第 \(byte) 字节 0x\(hex) 不是）：")
            + why
    }

    static func yamlSyntax(_ detail: String) -> LocalizedText {
        LocalizedText("YAML syntax error: \(detail)", zh: "YAML 语法错误：\(detail)")
    }
    static func yamlError(_ detail: String) -> LocalizedText { LocalizedText("YAML error: \(detail)", zh: "YAML 错误：\(detail)") }
    static func duplicatedFields(_ names: [String]) -> LocalizedText {
        LocalizedText("duplicated field(s) \(names.joined(separator: ", "))", zh: "字段重复：\(names.joined(separator: "、"))")
    }

    // MARK: - Fields

    static func expectedMapping(_ found: Found) -> LocalizedText {
        LocalizedText("expected a mapping (fields), found ", zh: "应为映射（字段），实为") + found.text
    }
    static let fieldNamesMustBeText = LocalizedText("field names must be text", zh: "字段名必须是文本")
    static func unknownField(_ name: String, suggestion: String?) -> LocalizedText {
        LocalizedText(
            "unknown field `\(name)`" + (suggestion.map { " (did you mean `\($0)`?)" } ?? ""),
            zh: "未知字段 `\(name)`" + (suggestion.map { "（是否应为 `\($0)`？）" } ?? ""))
    }
    static func missingField(_ key: String) -> LocalizedText {
        LocalizedText("missing required field `\(key)`", zh: "缺少必填字段 `\(key)`")
    }
    static func expectedList(_ found: Found) -> LocalizedText { LocalizedText("expected a list, found ", zh: "应为列表，实为") + found.text }
    static func tooManyEntries(_ count: Int, limit: Int) -> LocalizedText {
        LocalizedText("the list has \(count) entries, more than the limit of \(limit)", zh: "列表有 \(count) 项，超过上限 \(limit)")
    }
    static func expectedText(_ found: Found) -> LocalizedText { LocalizedText("expected text, found ", zh: "应为文本，实为") + found.text }
    static func textTooLong(_ count: Int, limit: Int) -> LocalizedText {
        LocalizedText("the text has \(count) characters, more than the limit of \(limit)", zh: "文本有 \(count) 个字符，超过上限 \(limit)")
    }
    static func expectedAmount(_ found: Found) -> LocalizedText { LocalizedText("expected an amount, found ", zh: "应为金额，实为") + found.text }
    static func notAnAmount(_ text: String) -> LocalizedText {
        LocalizedText(
            "expected an amount (e.g. 273.87 or \"16,745.59\"), found \"\(text)\"", zh: "应为金额（如 273.87 或 \"16,745.59\"），实为 \"\(text)\"")
    }
    static func expectedBoolean(_ found: Found) -> LocalizedText {
        LocalizedText("expected true or false, found ", zh: "应为 true 或 false，实为") + found.text
    }
    static func expectedInteger(_ found: Found) -> LocalizedText {
        LocalizedText("expected a whole number, found ", zh: "应为整数，实为") + found.text
    }
    static func negativeCount(_ value: Int) -> LocalizedText {
        LocalizedText("a count cannot be negative, found \(value)", zh: "数量不能为负，实为 \(value)")
    }

    static func implausibleYear(_ year: Int) -> LocalizedText {
        LocalizedText("\(year) is not a plausible budget year", zh: "\(year) 不是合理的预算年度")
    }
    static func expectedDepartmentOrUnit(_ word: String) -> LocalizedText {
        LocalizedText("expected `department` or `unit`, found \"\(word)\"", zh: "应为 `department`（部门）或 `unit`（单位），实为 \"\(word)\"")
    }
    static let mustNotBeEmpty = LocalizedText("must not be empty", zh: "不能为空")
    static let basicTotalOrParts = LocalizedText(
        "give `total`, or both `personnel` and `public`", zh: "请填写 `total`（基本支出），或同时填写 `personnel`（人员经费）和 `public`（公用经费）")
    static func fourGrades(_ count: Int) -> LocalizedText {
        LocalizedText("expected 4 grades (优, 良, 中, 差), found \(count)", zh: "评价标准应有 4 档（优、良、中、差），实有 \(count) 档")
    }
    static let gradesOrStandard = LocalizedText(
        "give either `grades` or `standard`, not both", zh: "`grades` 和 `standard` 只能填一个")
    static let missingGrades = LocalizedText(
        "missing `grades` (优, 良, 中, 差) or `standard`", zh: "缺少 `grades`（优、良、中、差）或 `standard`")
    static let tableNeedsHeader = LocalizedText(
        "a table needs at least one header row of at least one cell", zh: "表格至少要有一行表头，且至少一格")
    static let expectedTableNotes = LocalizedText(
        "expected a mapping of table names to notes", zh: "应为表名到表注的映射")
    static let tableNamesMustBeText = LocalizedText("table names must be text", zh: "表名必须是文本")
    static func unknownFundSource(_ text: String, known: String) -> LocalizedText {
        LocalizedText("unknown fund source \"\(text)\"; expected one of \(known)", zh: "未知的资金来源 \"\(text)\"；应为以下之一：\(known)")
    }
    static let lineNeedsAmount = LocalizedText(
        "a line needs at least one of personnel, public or project", zh: "每行至少要有 personnel（人员经费）、public（公用经费）或 project（项目支出）之一")
    static func exportIsFolder(_ from: String) -> LocalizedText {
        LocalizedText("\"\(from)\" is a folder, not an export file", zh: "\"\(from)\" 是文件夹，不是导出文件")
    }
    static let expectedLabels = LocalizedText("expected a mapping of labels", zh: "应为列标题的映射")
    static let expectedEncoding = LocalizedText("expected UTF-8, GBK or GB18030", zh: "应为 UTF-8、GBK 或 GB18030")
    static func expectedExport(_ from: String) -> LocalizedText {
        LocalizedText("expected a .csv or .xlsx file, found \"\(from)\"", zh: "应为 .csv 或 .xlsx 文件，实为 \"\(from)\"")
    }

    static func lineTwice(_ code: String, source: String) -> LocalizedText {
        LocalizedText(
            "\(code) is given twice for \(source); give one line per code and source", zh: "\(code) 的 \(source) 资金出现两次；每个科目和资金来源只写一行")
    }
    static func codeNotListed(_ code: String, year: Int?) -> LocalizedText {
        LocalizedText(
            "\(code) is not in \(year.map { "the \($0) code list" } ?? "a code list"); give its `name`",
            zh: "\(code) 不在\(year.map { " \($0) 年的" } ?? "")科目代码表中；请填写其 `name`（科目名称）")
    }
    static func firstRowNotADuty(_ label: String) -> LocalizedText {
        LocalizedText("the first row must be a duty (一、…), found \"\(label)\"", zh: "第一行应为职责（一、……），实为 \"\(label)\"")
    }
    static func indicatorBeforeActivity(_ indicator: String) -> LocalizedText {
        LocalizedText("an indicator (\(indicator)) before any activity of its duty", zh: "绩效指标（\(indicator)）出现在其职责的任何工作活动之前")
    }
    static func nestedTooDeep(_ limit: Int) -> LocalizedText {
        LocalizedText(
            "lists and mappings are nested more than \(limit) deep, the limit for a department file", zh: "列表和映射嵌套超过 \(limit) 层，超出部门数据文件的上限")
    }
    static func tooManyAliased(_ limit: Int) -> LocalizedText {
        LocalizedText(
            "its aliases (*name) repeat more than \(limit) values, the limit for a department file: write the repeated parts out",
            zh: "别名（*name）重复的值超过 \(limit) 个，超出部门数据文件的上限：请把重复的部分写出")
    }
    static func tooManyValues(_ limit: Int) -> LocalizedText {
        LocalizedText("it holds more than \(limit) values, the limit for a department file", zh: "文件中的值超过 \(limit) 个，超出部门数据文件的上限")
    }
    static func exportOutsideFolder(_ from: String) -> LocalizedText {
        LocalizedText(
            "\"\(from)\" is outside the department file's folder; exports are read only from that folder and below it, or from a folder named with --data-root",
            zh: "\"\(from)\" 不在部门数据文件所在的文件夹内；导出表只从该文件夹及其下级、或 --data-root 指定的文件夹读取")
    }
    static func tooManyRows(_ from: String, _ count: Int, limit: Int) -> LocalizedText {
        LocalizedText("\"\(from)\" has \(count) rows, more than the limit of \(limit)", zh: "\"\(from)\" 有 \(count) 行，超过上限 \(limit)")
    }
}
