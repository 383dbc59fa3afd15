import Foundation
import Gongkai
import GongkaiDocument
import GongkaiSnapshot
import GongkaiTypesetting
import Testing

/// The text record of what a page draws: its format reads back exactly, and its comparison names what
/// changed and where.
struct PageRecordTests {
    static let style = TextStyle(font: FontSpec(families: ["仿宋_GB2312", "Noto Serif CJK SC"]), size: 16)

    static func run(_ text: String, x: Double = 90, y: Double = 120.5, size: Double = 16) -> PageItem {
        var style = Self.style
        style.size = size
        let offsets = (0..<text.count).map { Double($0) * size }
        return .text(TextRun(text: text, style: style, origin: Point(x: x, y: y), offsets: offsets, width: Double(text.count) * size))
    }

    static func page(_ items: [PageItem]) -> Page { Page(width: 595.276, height: 841.89, number: 1, items: items) }

    static let rule = PageItem.rule(Rule(from: Point(x: 90, y: 200), to: Point(x: 505.28, y: 200), width: 0.5))

    @Test func aRunIsOneLineWithItsPositionStyleAndText() throws {
        let record = PageRecord(Self.page([Self.run("全年不低于3次"), Self.rule]))
        let lines = record.contents.split(separator: "\n").map(String.init)
        #expect(lines == [
            PageRecord.header,
            "page width=595.28 height=841.89",
            #"text x=90.00 y=120.50 w=112.00 font="仿宋_GB2312,Noto Serif CJK SC" size=16.00 weight=regular at="0.00 16.00*6" "全年不低于3次""#,
            "rule x1=90.00 y1=200.00 x2=505.28 y2=200.00 w=0.50",
        ])
    }

    @Test func recordsReadBackExactly() throws {
        let awkward = "a \"quoted\" \\ back=slash\ttab\nnewline"
        let record = PageRecord(Self.page([Self.run(awkward, x: -0.001), Self.run(""), Self.rule]))
        #expect(PageRecord(contents: record.contents) == record)
        #expect(record.contents.contains("x=0.00 "), "never -0.00")
        #expect(PageRecord(contents: "page width=1.00 height=1.00\n") == nil, "a record without its header is of another format")
    }

    @Test func characterPositionsCountRepeatedSteps() {
        func positions(_ offsets: [Double]) -> String? {
            let run = TextRun(
                text: String(repeating: "一", count: offsets.count), style: Self.style, origin: Point(x: 0, y: 0), offsets: offsets,
                width: 0)
            return PageRecord(Self.page([.text(run)])).lines.last?["at"]
        }
        #expect(positions([0, 9.1, 25.17, 41.24, 57.31, 66.31]) == "0.00 9.10 16.07*3 9.00")
        #expect(positions([-0.1]) == "-0.10")
        #expect(positions([]) == "")
    }

    @Test func aChangedCharacterIsQuotedWithItsSurroundings() throws {
        let text = "工会经费主要用于开展职工文体活动、劳动竞赛和困难职工帮扶"
        let old = PageRecord(Self.page([Self.run(text), Self.run("全年", y: 140), Self.rule]))
        let new = PageRecord(Self.page([Self.run(text.replacingOccurrences(of: "、", with: "，")), Self.run("全年", y: 140), Self.rule]))
        let changes = old.changes(to: new)
        #expect(changes.count == 1)
        #expect(changes.first?.description == #"line at x=90.00, y=120.50: "…职工文体活动、劳动竞赛和困…" → "…职工文体活动，劳动竞赛和困…""#)
    }

    /// A narrow cell draws a phrase over several lines: the changed one is quoted with its neighbours.
    @Test func aShortRunIsQuotedWithTheLinesAroundIt() throws {
        let cell = ["全年", "不低", "于3", "次"].enumerated().map { Self.run($1, x: 414, y: 578 + 12.5 * Double($0), size: 9) }
        var changedCell = cell
        changedCell[2] = Self.run("于8", x: 414, y: 603, size: 9)
        let old = PageRecord(Self.page([Self.rule] + cell + [Self.rule, Self.run("2次", x: 450, y: 578, size: 9)]))
        let new = PageRecord(Self.page([Self.rule] + changedCell + [Self.rule, Self.run("2次", x: 450, y: 578, size: 9)]))
        #expect(old.changes(to: new).map(\.description) == [#"line at x=414.00, y=603.00: "全年不低于3次" → "全年不低于8次""#])
    }

    @Test func movedRestyledGoneAndNewItemsAreNamed() throws {
        let old = PageRecord(Self.page([Self.run("一、部门职责"), Self.run("二、机构设置", y: 150), Self.rule]))
        let new = PageRecord(Self.page([Self.run("一、部门职责", x: 91), Self.run("二、机构设置", y: 150, size: 15), Self.run("三、新增", y: 180)]))
        let descriptions = old.changes(to: new).map(\.description)
        #expect(descriptions.count == 4, "\(descriptions)")
        #expect(descriptions.contains(#"line at x=90.00, y=120.50 "一、部门职责": x 90.00 → 91.00"#))
        #expect(descriptions.contains { $0.hasPrefix(#"line at x=90.00, y=150.00 "二、机构设置": w 96.00 → 90.00, size 16.00 → 15.00"#) })
        #expect(descriptions.contains("rule (90.00, 200.00)–(505.28, 200.00): width 0.50 is gone"))
        #expect(descriptions.contains(#"new line at x=90.00, y=180.00: "三、新增""#))
    }

    @Test func identicalRecordsHaveNoChanges() {
        let record = PageRecord(Self.page([Self.run("全年不低于3次"), Self.rule]))
        #expect(record.changes(to: record).isEmpty)
    }
}
