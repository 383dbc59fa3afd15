import GongkaiDocument
import GongkaiMessages
import GongkaiTestSupport
import Testing

@testable import GongkaiTypesetting

/// `TypesettingMessages`: the typesetter's errors and warnings, one of each kind, in both languages.
@Suite struct TypesettingMessagesTests {
    func spanError(_ table: Table) throws -> TypesettingError {
        try #require(throws: TypesettingError.self) { try Fixture.typeset([.table(table)]) }
    }

    @Test func aSpanPastTheLastColumnIsSaidInBothLanguages() throws {
        let t = TableTests().table(name: "wide", columns: 2, body: [[TableCell("A"), TableCell("B", colSpan: 2)]])
        let error = try spanError(t)
        #expect(error.text.english == "table wide, body row 1, column 2: colspan 2 runs past the last column")
        #expect(error.text.chinese == "表格 wide，表体第 1 行第 2 列：跨 2 列，超出了最后一列")
        #expect(error.description == error.text.english)
    }

    @Test func aHeaderCellOverlappingASpanNamesTheHeaderInChinese() throws {
        let t = TableTests().table(
            name: "head", columns: 2,
            header: [[TableCell("A", rowSpan: 2), TableCell("B")], [TableCell("C"), TableCell("D")]],
            body: [[TableCell("1"), TableCell("2")]])
        let error = try spanError(t)
        #expect(error.text.chinese.hasPrefix("表格 head，表头第 2 行"))
        #expect(error.text.english.hasPrefix("table head, header row 2"))
    }

    @Test func aTableTooWideIsSaidInBothLanguages() {
        let error = TypesettingError.tableTooWide(table: "big", required: 110, available: 100)
        #expect(error.text.english == "table big: fixed columns need 110.0 pt but only 100.0 pt are available")
        #expect(error.text.chinese == "表格 big：固定宽度的列需要 110.0 pt，但版心只有 100.0 pt")
    }

    @Test func aWarningNamesItsPageInEachLanguage() {
        let warning = TypesettingWarning(text: TypesettingMessages.blockPastFoot, page: 7)
        #expect(warning.description(in: .chinese) == "第 7 页：有一块内容高于版心，超出了页面底部")
        #expect(warning.description(in: .english) == "page 7: a block taller than the type area runs past the page's foot")
        #expect(warning.description == warning.description(in: .english))
    }

    @Test func spansBelowOneAndTooManyCellsHaveChineseWords() {
        #expect(TypesettingMessages.spanBelowOne(rowSpan: 1, colSpan: 0).chinese == "跨行跨列数至少为 1（跨 1 行，跨 0 列）")
        #expect(TypesettingMessages.moreCellsThanColumns(2).chinese == "此行的格数多于表格的 2 列")
        #expect(TypesettingMessages.rowSpanPastLastRow(3).english == "rowspan 3 runs past the last row")
        #expect(TypesettingMessages.overlapsSpanFromAbove(row: 2, column: 1).chinese == "与上方跨行的单元格重叠（第 2 行第 1 列）")
    }
}
