import Foundation
import GongkaiDocument
import GongkaiMessages
import GongkaiTypesetting
import Testing

@testable import GongkaiSnapshot

/// `SnapshotMessages`: what verification says, one message of each kind, in both languages; drawn text and
/// file names are quoted as they are.
struct SnapshotMessagesTests {
    typealias Fixture = PageRecordTests

    @Test func changedGoneAndNewItemsAreNamedInChinese() throws {
        let old = PageRecord(Fixture.page([Fixture.run("一、部门职责"), Fixture.run("二、机构设置", y: 150), Fixture.rule]))
        let new = PageRecord(Fixture.page([Fixture.run("一、部门职责", x: 91), Fixture.run("二、机构设置", y: 150), Fixture.run("三、新增", y: 180)]))
        let chinese = old.changes(to: new).map { $0.text.chinese }
        #expect(chinese.contains(#"x=90.00, y=120.50 处的文字 "一、部门职责"：x 90.00 → 91.00"#), "\(chinese)")
        #expect(chinese.contains("线条 (90.00, 200.00)–(505.28, 200.00)：线宽 0.50 已不存在"), "\(chinese)")
        #expect(chinese.contains(#"新增 x=90.00, y=180.00 处的文字："三、新增""#), "\(chinese)")
        let english = old.changes(to: new).map { $0.text.english }
        #expect(english.contains("rule (90.00, 200.00)–(505.28, 200.00): width 0.50 is gone"))
        #expect(english == old.changes(to: new).map(\.description))
    }

    @Test func aChangedTextIsQuotedInBothLanguages() throws {
        let old = PageRecord(Fixture.page([Fixture.run("全年不低于3次")]))
        let new = PageRecord(Fixture.page([Fixture.run("全年不低于8次")]))
        let change = try #require(old.changes(to: new).first)
        #expect(change.text.chinese == #"x=90.00, y=120.50 处的文字："全年不低于3次" → "全年不低于8次""#)
        #expect(change.text.english == #"line at x=90.00, y=120.50: "全年不低于3次" → "全年不低于8次""#)
    }

    @Test func verificationLinesAreInTheLanguageAsked() throws {
        let old = PageRecord(Fixture.page([Fixture.run("全年不低于3次")]))
        let new = PageRecord(Fixture.page([Fixture.run("全年不低于8次")]))
        var verification = SnapshotVerification(missingReferences: false)
        verification.fontDifferences = [SnapshotMessages.fontGone("Fonts/fangsong.ttf")]
        verification.pageCountChange = (27, 26)
        verification.changedPages = [
            SnapshotVerification.ChangedPage(
                number: 3, changes: old.changes(to: new), differingShare: 0.0125, pixelsDiffer: true, diffPath: "changes/page-003-diff.png")
        ]
        #expect(verification.lines(in: .chinese) == [
            "字体不一致：字体 Fonts/fangsong.ttf 已不存在",
            "页数有变化：27 → 26",
            "第 3 页有变化：1 处所绘内容有变化，1.250% 的像素不同；差异图 changes/page-003-diff.png",
            #"第 3 页，x=90.00, y=120.50 处的文字："全年不低于3次" → "全年不低于8次""#,
        ])
        #expect(verification.lines(in: .english) == [
            "font mismatch: font Fonts/fangsong.ttf is gone",
            "page count changed: 27 → 26",
            "page 3 changed: 1 drawn item changed, 1.250% of pixels differ; diff changes/page-003-diff.png",
            #"page 3, line at x=90.00, y=120.50: "全年不低于3次" → "全年不低于8次""#,
        ])
        #expect(verification.lines == verification.lines(in: .english))
    }

    @Test func missingReferencesAndRecordsSayWhatToDo() {
        #expect(SnapshotVerification(missingReferences: true).lines(in: .chinese) == ["没有参考页面：请先记录"])
        var old = SnapshotVerification(missingReferences: false)
        old.pagesWithoutRecords = [2, 5]
        #expect(old.lines(in: .chinese).first?.hasPrefix("有 2 页没有所绘内容的文字记录（page-NNN.txt）") == true)
        #expect(old.lines(in: .english).first?.contains("re-record them") == true)
        #expect(SnapshotMessages.dpi(reference: 72, now: 10).chinese == "参考页面的分辨率为 72.0 dpi，而不是 10.0")
    }
}
