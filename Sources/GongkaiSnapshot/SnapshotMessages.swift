import Foundation
import GongkaiMessages

/// The catalogue of what verifying snapshots says, in English and Chinese: what a page draws differently from
/// its reference, fonts that changed, and why references must be recorded again. Drawn text is quoted as it
/// is, and a record's field names (`x`, `size`, `font`) are kept as the record writes them.
enum SnapshotMessages {
    // MARK: - Where on a page, and what

    static func textLine(x: String, y: String) -> LocalizedText {
        LocalizedText("line at x=\(x), y=\(y)", zh: "x=\(x), y=\(y) 处的文字")
    }
    static func rule(_ from: String, _ to: String) -> LocalizedText {
        LocalizedText("rule \(from)–\(to)", zh: "线条 \(from)–\(to)")
    }
    static let pageSize = LocalizedText("page size", zh: "页面尺寸")
    static let pageSetAcross = LocalizedText("page set across", zh: "横排页面")
    static func ruleWidth(_ width: String) -> LocalizedText { LocalizedText("width \(width)", zh: "线宽 \(width)") }
    static func turned(_ turn: String) -> LocalizedText { LocalizedText("turned \(turn)", zh: "旋转 \(turn)") }

    // MARK: - What changed

    static func gone(_ place: LocalizedText, _ summary: LocalizedText) -> LocalizedText {
        place + LocalizedText(": ", zh: "：") + summary + LocalizedText(" is gone", zh: " 已不存在")
    }
    static func new(_ place: LocalizedText, _ summary: LocalizedText) -> LocalizedText {
        LocalizedText("new ", zh: "新增 ") + place + LocalizedText(": ", zh: "：") + summary
    }
    static func textChanged(_ place: LocalizedText, from old: String, to new: String) -> LocalizedText {
        place + LocalizedText(": \(old) → \(new)", zh: "：\(old) → \(new)")
    }
    static let noChange = LocalizedText("no change", zh: "没有变化")
    static func changed(_ subject: LocalizedText, _ differences: [LocalizedText]) -> LocalizedText {
        subject + LocalizedText(": ", zh: "：")
            + LocalizedText(differences.map(\.english).joined(separator: ", "), zh: differences.map(\.chinese).joined(separator: "，"))
    }
    static func characterPositions(_ old: String, _ new: String) -> LocalizedText {
        LocalizedText("character positions \(old) → \(new)", zh: "字符位置 \(old) → \(new)")
    }
    static let characterPositionsChanged = LocalizedText("character positions changed", zh: "字符位置有变化")
    static let none = LocalizedText("none", zh: "无")
    static func field(_ name: String, _ old: LocalizedText, _ new: LocalizedText) -> LocalizedText {
        LocalizedText(verbatim: "\(name) ") + old + LocalizedText(verbatim: " → ") + new
    }

    // MARK: - Fonts and references

    static func fontNew(_ file: String) -> LocalizedText { LocalizedText("font \(file) is new", zh: "字体 \(file) 是新增的") }
    static func fontGone(_ file: String) -> LocalizedText { LocalizedText("font \(file) is gone", zh: "字体 \(file) 已不存在") }
    static func fontChanged(_ file: String, _ old: String, _ new: String) -> LocalizedText {
        LocalizedText("font \(file) changed (sha256 \(old)… → \(new)…)", zh: "字体 \(file) 有变化（sha256 \(old)… → \(new)…）")
    }
    static func dpi(reference: Double, now: Double) -> LocalizedText {
        LocalizedText("references are at \(reference) dpi, not \(now)", zh: "参考页面的分辨率为 \(reference) dpi，而不是 \(now)")
    }

    static let noReferences = LocalizedText("no references: record them first", zh: "没有参考页面：请先记录")
    static func noRecords(_ pages: [Int]) -> LocalizedText {
        let english = pages.count == 1 ? "page \(pages[0]) draws" : "\(pages.count) pages draw"
        let chinese = pages.count == 1 ? "第 \(pages[0]) 页" : "有 \(pages.count) 页"
        return LocalizedText(
            "no text record of what \(english) (page-NNN.txt): the references were recorded by an older version, which "
                + "compared pixels only; re-record them (gongkai snapshot record, or GONGKAI_RECORD_SNAPSHOTS=1 for Swift tests)",
            zh: "\(chinese)没有所绘内容的文字记录（page-NNN.txt）：参考页面由只比较像素的旧版本记录；请重新记录"
                + "（gongkai snapshot record，Swift 测试用 GONGKAI_RECORD_SNAPSHOTS=1）")
    }
    static func fontMismatch(_ difference: LocalizedText) -> LocalizedText {
        LocalizedText("font mismatch: ", zh: "字体不一致：") + difference
    }
    static func pageCount(_ old: Int, _ new: Int) -> LocalizedText {
        LocalizedText("page count changed: \(old) → \(new)", zh: "页数有变化：\(old) → \(new)")
    }
    static func pageChanged(
        _ page: Int, items: Int, share: Double, diff: String?, new: String?
    ) -> LocalizedText {
        let percent = String(format: "%.3f%%", share * 100)
        var english = "page \(page) changed: "
        var chinese = "第 \(page) 页有变化："
        if items > 0 {
            english += "\(items) drawn item\(items == 1 ? "" : "s") changed, "
            chinese += "\(items) 处所绘内容有变化，"
        }
        english += "\(percent) of pixels differ"
        chinese += "\(percent) 的像素不同"
        if let diff {
            english += "; diff \(diff)"
            chinese += "；差异图 \(diff)"
        }
        if let new {
            english += "; new \(new)"
            chinese += "；新页面 \(new)"
        }
        return LocalizedText(english, zh: chinese)
    }
    static func onPage(_ page: Int, _ change: LocalizedText) -> LocalizedText {
        LocalizedText("page \(page), ", zh: "第 \(page) 页，") + change
    }
    static func moreChanges(_ page: Int, _ count: Int, record: String?) -> LocalizedText {
        LocalizedText("page \(page): \(count) more changes", zh: "第 \(page) 页：另有 \(count) 处变化")
            + (record.map { LocalizedText("; compare \($0) with the reference's", zh: "；请将 \($0) 与参考记录比较") } ?? LocalizedText(verbatim: ""))
    }
}
