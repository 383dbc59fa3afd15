import GongkaiDocument
import GongkaiTypesetting
import Testing

/// Tables and page breaks: a small table moves whole, and no caption or header is left at a page's foot
/// without a row under it, whatever the kind of table.
@Suite struct TableKeepingTests {
    /// A type area three fixture pages deep (300 pt, 30 lines): a third of it is 100 pt.
    static let tallPage = PageGeometry(
        width: Fixture.geometry.width, height: Fixture.marginTop + 300 + Fixture.marginBottom,
        marginTop: Fixture.marginTop, marginBottom: Fixture.marginBottom, marginLeft: Fixture.marginLeft,
        marginRight: Fixture.marginRight)

    func typesetTall(_ blocks: [Block]) throws -> TypesetDocument {
        try Fixture.typeset(
            Document(
                metadata: DocumentMetadata(title: "测试", author: "测试"), page: Self.tallPage, header: nil, pageNumber: nil,
                blocks: blocks))
    }

    func bodyRuns(_ page: Page) -> [String] {
        page.textRuns.map(\.text).filter { $0.hasPrefix("行") || $0.hasPrefix("值") || $0.hasPrefix("合") }
    }

    @Test("a small table at a page's foot moves to the next page whole rather than being split")
    func smallTableMovesWhole() throws {
        // 22 lines (220) + caption and header (26) + 3 rows (48) = 294: three rows would fit, the fourth not.
        // The table is 90 pt tall, less than a third of the 300 pt page: all four rows go to page 2.
        let result = try typesetTall([Fixture.paragraph(220), .table(Fixture.table(rows: 4))])
        try #require(result.pages.count == 2)
        #expect(bodyRuns(result.pages[0]).isEmpty)
        #expect(result.pages[0].count("某单位") == 0)
        #expect(bodyRuns(result.pages[1]).filter { $0.hasPrefix("行") } == ["行0", "行1", "行2", "行3"])
        #expect(result.pages[1].count("项目") == 1)
    }

    @Test("a table taller than a third of a page is still split at the foot (control)")
    func largerTableSplits() throws {
        // 12 rows: 26 + 192 = 218 pt, more than a third: the rows that fit stay on page 1.
        let result = try typesetTall([Fixture.paragraph(180), .table(Fixture.table(rows: 12))])
        try #require(result.pages.count == 2)
        #expect(bodyRuns(result.pages[0]).filter { $0.hasPrefix("行") }.count == 5)
        #expect(result.pages[1].count("项目") == 1)
    }

    @Test("a small table with a title moves whole together with its title")
    func smallTableMovesWithItsTitle() throws {
        let title = Fixture.paragraph("表题", style: Fixture.style(keepWithNext: true))
        let result = try typesetTall([Fixture.paragraph(210), title, .table(Fixture.table(rows: 4))])
        try #require(result.pages.count == 2)
        #expect(result.pages[0].count("表题") == 0)
        #expect(result.pages[1].count("表题") == 1)
        #expect(bodyRuns(result.pages[1]).filter { $0.hasPrefix("行") }.count == 4)
    }

    /// Tables of every shape the layouts build, each long enough to run over a page.
    static func tables() -> [(String, Table)] {
        var plain = Fixture.table(rows: 12)
        plain.name = "plain"
        var twoLevel = Fixture.table(rows: 12)
        twoLevel.headerRows = [[TableCell("项目", rowSpan: 2), TableCell("金额")], [TableCell("小计")]]
        var spanned = Fixture.table(rows: 12)
        spanned.bodyRows[0] = [TableCell("合", rowSpan: 3), TableCell("值0")]
        spanned.bodyRows[1] = [TableCell("值1")]
        spanned.bodyRows[2] = [TableCell("值2")]
        // A duty row kept with the activity under it, as in the performance matrix.
        var duty = spanned
        duty.bodyRows.insert([TableCell("行甲"), TableCell("值甲")], at: 0)
        duty.rowsKeptWithNext = [0]
        var tall = Fixture.table(rows: 6)
        tall.bodyRows[0] = [TableCell(Fixture.chars(20)), TableCell("值0")]
        var uncaptioned = Fixture.table(rows: 12, caption: nil)
        uncaptioned.name = "uncaptioned"
        var continued = Fixture.table(rows: 12, caption: TableCaption(left: "某单位", right: "单位：万元", continuedLeft: "续表"))
        continued.name = "continued"
        return [
            ("plain", plain), ("two-level header", twoLevel), ("row span first", spanned), ("duty row", duty),
            ("tall first row", tall), ("no caption", uncaptioned), ("continued caption", continued),
        ]
    }

    @Test("no caption or header is left at a page's foot without a row under it", arguments: 0...9)
    func headerNeverAlone(lines: Int) throws {
        for (name, table) in Self.tables() {
            for title in [false, true] {
                var blocks: [Block] = lines > 0 ? [Fixture.paragraph(lines * 10)] : []
                if title { blocks.append(Fixture.paragraph("表题", style: Fixture.style(keepWithNext: true))) }
                blocks.append(.table(table))
                let result = try Fixture.typeset(blocks)
                for (index, page) in result.pages.enumerated() {
                    let hasHead = page.count("项目") > 0 || page.count("某单位") > 0 || page.count("续表") > 0
                    if hasHead {
                        #expect(!bodyRuns(page).isEmpty, "\(name), \(lines) lines, title \(title): page \(index + 1) has a header and no row")
                    }
                    if title, page.count("表题") > 0 {
                        #expect(page.count("项目") > 0, "\(name), \(lines) lines: the title is left alone on page \(index + 1)")
                    }
                }
            }
        }
    }
}
