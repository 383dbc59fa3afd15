import Foundation
import Testing

@testable import GongkaiImport

/// A formula is read as the value Excel cached with it; one saved without a value is an error naming the cell.
@Suite struct FormulaCellTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func sheet(_ body: String) -> String {
        #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + body + "</sheetData></worksheet>"
    }

    @Test func aFormulaWithoutACachedValueNamesItsCell() throws {
        // As a program that writes formulas but does not calculate saves them: <f> and no <v>.
        let missing = sheet(
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>合计</t></is></c></row>"#
                + #"<row r="7"><c r="A7"><v>1</v></c><c r="B7"><f>SUM(B8:B9)</f></c></row>"#)
        // An empty <v> of a number is no value either; nor is a shared formula's.
        let empty = sheet(#"<row r="3"><c r="AB3" s="1"><f t="shared" ref="AB3:AB4" si="0">A3*2</f><v></v></c></row>"#)
        let url = try XLSXFixture(sheets: [("收入总表", missing), ("支出", empty)]).write(in: folder)
        let book = try XLSXWorkbook(contentsOf: url)

        let error = #expect(throws: ImportError.self) { try book.sheet(named: "收入总表") }
        #expect(error == .uncomputedFormula(file: url.path, sheet: "收入总表", cell: "B7"))
        let message = try #require(error?.description)
        #expect(message.contains("sheet “收入总表”, cell B7"), "\(message)")
        #expect(message.contains("Excel or WPS"), "\(message)")
        #expect(throws: ImportError.uncomputedFormula(file: url.path, sheet: "支出", cell: "AB3")) {
            try book.sheet(named: "支出")
        }
    }

    @Test func formulasWithCachedValuesAreRead() throws {
        // A string formula's empty <v></v> is its result, "" (IF(…, "", …)), not a missing value.
        let xml = sheet(
            #"<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>IF(A1&gt;5,"x","")</f><v></v></c>"#
                + #"<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1"><v>4</v></c></row>"#)
        let book = try XLSXWorkbook(contentsOf: XLSXFixture(sheets: [("表", xml)]).write(in: folder))
        #expect(try book.sheet(named: "表").rows == [["2", "", "#DIV/0!", "4"]])
    }
}
