import Foundation
import Testing

@testable import GongkaiImport

/// Sheets far larger than a department's: the reader streams the XML, so its size is not a limit.
@Suite struct LargeSheetTests {
    /// A 200,000-row sheet (about 20 MB of XML): code, name and amount in every row, half the names shared.
    static func largeSheetXML(rows count: Int) -> String {
        var xml = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        xml.reserveCapacity(count * 110)
        xml += #"<row r="1"><c r="A1" t="inlineStr"><is><t>科目编码</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>金额</t></is></c></row>"#
        for index in 2...count {
            let name = index.isMultiple(of: 2) ? #"<c r="B\#(index)" t="s"><v>1</v></c>"# : #"<c r="B\#(index)" t="inlineStr"><is><t>项目\#(index)</t></is></c>"#
            xml += #"<row r="\#(index)" spans="1:3"><c r="A\#(index)"><v>\#(2_010_000 + index)</v></c>\#(name)<c r="C\#(index)" s="2"><v>\#(index).25</v></c></row>"#
        }
        return xml + "</sheetData></worksheet>"
    }

    @Test func aSheetOf200000RowsLoads() throws {
        let folder = try TemporaryFolder()
        let count = 200_000
        let url = try XLSXFixture(
            sheets: [("收入总表", Self.largeSheetXML(rows: count))], sharedStringItems: ["<t>科目名称</t>", "<t>行政运行</t>"]
        ).write(in: folder)
        let sheet = try XLSXWorkbook(contentsOf: url).sheet(named: "收入总表")
        #expect(sheet.rows.count == count)
        #expect(sheet.rows[0] == ["科目编码", "科目名称", "金额"])
        #expect(sheet.rows[count - 1] == ["\(2_010_000 + count)", "行政运行", "\(count).25"])
        #expect(sheet.rows[count - 2] == ["\(2_010_000 + count - 1)", "项目\(count - 1)", "\(count - 1).25"])
        let table = try TableLocator(sheet: sheet).locate(["科目编码", "金额"])
        #expect(table.rows.count == count - 1)
    }

    @Test func anErrorNearTheTopOfALargeSheetStopsTheReading() throws {
        // The reader stops at row 2 while megabytes are still to be inflated: that must end, not hang.
        let folder = try TemporaryFolder()
        var xml = Self.largeSheetXML(rows: 30_000)
        let formula = try #require(xml.range(of: #"<c r="C2" s="2"><v>2.25</v></c>"#))
        xml.replaceSubrange(formula, with: #"<c r="C2"><f>SUM(C3:C30000)</f></c>"#)
        let url = try XLSXFixture(sheets: [("收入总表", xml)], sharedStringItems: ["<t>科目名称</t>", "<t>行政运行</t>"])
            .write(in: folder)
        #expect(throws: ImportError.uncomputedFormula(file: url.path, sheet: "收入总表", cell: "C2")) {
            try XLSXWorkbook(contentsOf: url).sheet(named: "收入总表")
        }
    }
}
