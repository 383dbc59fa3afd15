import Foundation
import GongkaiImport
import GongkaiModel
import Testing

/// Errors about an export's content name the sheet's own row and column letter, or the CSV file's line
/// and column, never the row's position among the table's body rows.
@Suite struct ExportPlaceTests {
    /// The sample in `folder` with its function lines taken from the sheet `rows` of `tables.xlsx`.
    static func sample(in folder: TemporaryFolder, functionSheet rows: [[String]], merges: [String] = []) throws -> String {
        _ = try XLSXFixture(sheets: [("封面", XLSXFixture.sheetXML([["部门预算"]])), ("一般公共预算支出表", XLSXFixture.sheetXML(rows, merges: merges))])
            .write(in: folder, name: "tables.xlsx")
        var yaml = try String(contentsOfFile: DepartmentImportTests.samplePath, encoding: .utf8)
        yaml = try DepartmentImportTests.replacing(
            yaml, block: "  function:", until: "  economic:",
            with: "  function:\n    - {from: \"tables.xlsx\", sheet: \"一般公共预算支出表\"}")
        let path = folder.url.appendingPathComponent("116-2023.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The message of the error loading `path` throws.
    static func loadError(_ path: String) throws -> String {
        let error = #expect(throws: DataError.self) { try DisclosureLoader.load(contentsOf: path) }
        return try #require(error?.description)
    }

    @Test func aSheetsErrorsNameItsCells() throws {
        // A title and a unit line above the header: the body starts on the sheet's row 4.
        let header: [[String]] = [["一般公共预算支出表"], ["", "", "", "", "单位：万元"], ["科目编码", "科目名称", "人员经费", "公用经费", "项目支出"]]
        let folder = try TemporaryFolder()
        var message = try Self.loadError(Self.sample(in: folder, functionSheet: header + [
            ["2012901", "行政运行", "62.13", "8.15", ""], ["2012902", "一般行政管理事务", "1", "二十", ""],
        ]))
        #expect(message.contains("tables.xlsx, sheet “一般公共预算支出表”, cell D5 (公用经费): expected an amount, found \"二十\""), "\(message)")
        let other = try TemporaryFolder()
        message = try Self.loadError(Self.sample(in: other, functionSheet: header + [
            ["2012901", "行政运行", "62.13", "8.15", ""], ["2012902", "一般行政管理事务", "1", "", ""], ["20129O1", "行政运行", "1", "", ""],
        ]))
        #expect(message.contains("sheet “一般公共预算支出表”, cell A6 (科目编码): \"20129O1\" is not a"), "\(message)")
    }

    @Test func aCSVFilesErrorsNameItsLinesAndColumns() throws {
        // A name broken over two lines inside quotes: the next row starts on line 4, not 3.
        let folder = try TemporaryFolder()
        let path = try BudgetLineImportTests.sample(
            in: folder, functionLinesCSV: "科目编码,科目名称,人员经费,公用经费,项目支出\r\n2012901,\"行政\r\n运行\",62.13,,\r\n2012902,一般行政管理事务,6O.5,,\r\n")
        let message = try Self.loadError(path)
        #expect(message.contains("lines.csv, line 4, column 3 (人员经费): expected an amount, found \"6O.5\""), "\(message)")
    }

    @Test func csvRowsKnowTheLineTheyStartOn() throws {
        let table = try CSVTable(data: Data("a,b\r\n\"x\ny\",1\n\nc,\"2\r\n\r\n\"\nd,3".utf8), file: "t.csv")
        #expect(table.rows.count == 5)
        #expect(table.lineNumbers == [1, 2, 4, 5, 8])
        let located = try TableLocator(table: table).locate(["a", "b"])
        #expect(located.places.map(\.description) == ["t.csv, line 2"])
        #expect(TableLocator(table: table).place(ofRow: 4).cell(column: 1, label: "b") == "t.csv, line 8, column 2 (b)")
    }

    @Test func theMatrixNamesTheRowThatIsNotADuty() throws {
        let table = CSVTable(
            file: "/data/matrix.csv",
            rows: [TableMapping.matrixLabels, ["1、活动", "5"] + Array(repeating: "", count: 7)], lineNumbers: [1, 3])
        let rows = try TableLocator(table: table).locate(TableMapping.matrixLabels).rows(
            named: TableMapping.matrixLabels.map { ($0, $0) })
        let error = #expect(throws: DataError.self) { try TableMapping.performanceDuties(from: rows, source: "matrix.csv") }
        #expect(error?.fieldPath == "matrix.csv, line 3", "\(String(describing: error))")
    }
}
