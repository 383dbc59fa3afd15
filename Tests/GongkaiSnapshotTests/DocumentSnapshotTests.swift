import Foundation
import Gongkai
import GongkaiDocument
import GongkaiSnapshotTesting
import Testing

/// Every page of the sample and small focused fixtures, against references in __Snapshots__.
/// Record with GONGKAI_RECORD_SNAPSHOTS=1 swift test --filter DocumentSnapshotTests.
@Suite(.serialized) struct DocumentSnapshotTests {
    @Test func everyPageOfTheSample() throws {
        let renderer = try SnapshotFixtures.renderer()
        let typeset = try renderer.typeset(
            DisclosureLoader.load(contentsOf: SnapshotFixtures.samplePath), layout: SnapshotFixtures.layout())
        try expectSnapshots(of: typeset, named: "sample", renderer: renderer, dpi: 20)
    }

    /// Every page of the 部门决算公开 sample (its own layout): contents, the nine tables, the indicator table.
    @Test func everyPageOfTheFinalAccountsSample() throws {
        let renderer = try SnapshotFixtures.renderer()
        let typeset = try renderer.typeset(
            DisclosureLoader.load(contentsOf: SnapshotFixtures.path("Layouts/department-final-accounts/samples/128-2023.yaml")),
            layout: LayoutLoader.load(from: SnapshotFixtures.path("Layouts/department-final-accounts")))
        try expectSnapshots(of: typeset, named: "final-accounts", renderer: renderer, dpi: 20)
    }

    /// One paragraph exercising the CJK rules: CJK–Latin spacing with and without literal spaces,
    /// compressed punctuation runs, a closing mark pushed in at a line's end, justification.
    @Test func typographyParagraph() throws {
        let renderer = try SnapshotFixtures.renderer()
        let layout = try SnapshotFixtures.layout()
        var body = try #require(layout.styles["body"])
        body.text.size = 12
        body.lineHeight = 20
        body.firstLineIndent = 24
        body.gridAdvance = nil  // the A4 grid does not fit this small page
        let text = "按照《预算法》、《地方预决算公开操作规程》（2023年修订）和“三公”经费规定，2023 年预算收入273.87万元，较2022年减少了24.04万元（下降8.07%）。其中：基本支出增加了4.24万元；项目支出减少了28.28万元，全部为工会事务支出。"
        let typeset = try renderer.typeset(SnapshotFixtures.document([.paragraph(Paragraph(text, style: body))]))
        try expectSnapshots(of: typeset, named: "typography", renderer: renderer, dpi: 72)
    }

    /// A table whose row-spanning group runs over a page: the group splits between lines, borders are
    /// closed at the cut, the header and caption repeat, and the activity's label repeats with （续）.
    @Test func tableSplitAcrossPages() throws {
        let renderer = try SnapshotFixtures.renderer()
        let layout = try SnapshotFixtures.layout()
        let body = try #require(layout.styles["matrix_body"])
        let header = try #require(layout.styles["matrix_header"])
        let caption = try #require(layout.styles["table_caption"])
        let long = String(repeating: "指导基层工会开展群众性经济技术创新活动以及劳动竞赛。", count: 7)
        let rows: [[TableCell]] = [
            [TableCell("1、区运动会", rowSpan: 3), TableCell("25", rowSpan: 3), TableCell(long, rowSpan: 3), TableCell("市总下发目标完成率"), TableCell("100%")],
            [TableCell("反映开展岗位练兵的比例"), TableCell("90%")],
            [TableCell("经济技术创新底排查率"), TableCell("100%")],
            [TableCell("2、劳模管理"), TableCell("7.376"), TableCell("劳模体检"), TableCell("劳模体检率"), TableCell("100%")],
        ]
        var table = Table(
            name: "fixture", caption: TableCaption(left: "116 某单位", right: "单位：万元", continuedLeft: "116 某单位（续表）"),
            columns: [
                TableColumn(width: .fraction(2), repeatsWhenSplit: true), TableColumn(width: .fraction(1), alignsDecimalPoints: true),
                TableColumn(width: .fraction(3)), TableColumn(width: .fraction(2)), TableColumn(width: .fraction(1), alignment: .center),
            ],
            headerRows: [[TableCell("职责活动"), TableCell("预算"), TableCell("内容描述"), TableCell("绩效指标"), TableCell("评价")]],
            bodyRows: rows, style: TableStyle(body: body, header: header, caption: caption))
        table.style.spaceBefore = 0
        let typeset = try renderer.typeset(SnapshotFixtures.document([.table(table)]))
        #expect(typeset.pages.count >= 2)
        #expect(typeset.pages[1].text.contains("1、区运动会（续）"))
        try expectSnapshots(of: typeset, named: "table-split", renderer: renderer, dpi: 72)
    }
}
