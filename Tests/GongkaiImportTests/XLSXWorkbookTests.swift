import Foundation
import Testing
import ZIPFoundation

@testable import GongkaiImport

@Suite struct XLSXWorkbookTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func workbook(_ fixture: XLSXFixture) throws -> XLSXWorkbook {
        try XLSXWorkbook(contentsOf: fixture.write(in: folder))
    }

    @Test func sheetNamesInTabOrder() throws {
        let empty = XLSXFixture.sheetXML([])
        let book = try workbook(
            XLSXFixture(sheets: [("收支总表", empty), ("收入总表", empty), ("\"三公\"经费支出表", empty)]))
        #expect(book.sheetNames == ["收支总表", "收入总表", "\"三公\"经费支出表"])
    }

    @Test func sharedInlineAndFormulaStrings() throws {
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>内联</t></is></c>\
            <c r="B2" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve">文本 </t></r></is></c>\
            <c r="C2" t="str"><f>A1&amp;"x"</f><v>公式结果</v></c><c r="D2" t="b"><v>1</v></c></row>
            </sheetData></worksheet>
            """
        let book = try workbook(
            XLSXFixture(
                sheets: [("表", sheet)],
                sharedStringItems: [
                    "<t>项目</t>",
                    // Rich text: the runs make one string; the phonetic guide (<rPh>) is not part of it.
                    #"<r><t>一般公共</t></r><r><rPr><b/></rPr><t>预算</t></r><rPh sb="0" eb="1"><t>ヨ</t></rPh>"#,
                    "<t>第一行_x000D_\n第二行 &amp; _x005F_x000D_</t>",
                ]))
        let grid = try book.sheet(named: "表").rows
        #expect(grid[0] == ["项目", "一般公共预算", "第一行\r\n第二行 & _x000D_", ""])
        #expect(grid[1] == ["内联", "富文本 ", "公式结果", "TRUE"])
    }

    @Test func numbersKeepTheirStoredText() throws {
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1"><v>273.87</v></c><c r="B1" t="n"><v>16745.59</v></c>\
            <c r="C1" s="3"><v>0.1</v></c><c r="D1"><v>1.2345678901234567E+20</v></c><c r="E1"><f>SUM(A1:B1)</f><v>17019.46</v></c></row>
            </sheetData></worksheet>
            """
        let grid = try workbook(XLSXFixture(sheets: [("数", sheet)])).sheet(named: "数").rows
        #expect(grid == [["273.87", "16745.59", "0.1", "1.2345678901234567E+20", "17019.46"]])
    }

    @Test func gridIsDenseWithEmptyStrings() throws {
        // Row 2 absent, B1 absent, C3 present: a 3 × 3 grid; a styled empty cell (D4) does not widen it.
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c></row>
            <row r="3"><c r="C3"><v>5</v></c></row>
            <row r="4"><c r="D4" s="2"/></row>
            </sheetData></worksheet>
            """
        let sheetValue = try workbook(XLSXFixture(sheets: [("稀疏", sheet)])).sheet(named: "稀疏")
        #expect(sheetValue.rows == [["甲", "", ""], ["", "", ""], ["", "", "5"]])
        #expect(sheetValue["C3"] == "5")
        #expect(sheetValue[10, 10] == "")
    }

    @Test func cellsWithoutReferencesFollowTheirPredecessor() throws {
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>
            <row><c r="B2"><v>2</v></c><c><v>3</v></c></row>
            </sheetData></worksheet>
            """
        let grid = try workbook(XLSXFixture(sheets: [("s", sheet)])).sheet(named: "s").rows
        #expect(grid == [["a", "1", ""], ["", "2", "3"]])
    }

    @Test func prefixedElementsAreRead() throws {
        // The Open XML SDK writes `<x:worksheet xmlns:x=…>`; the local names are what count.
        let fixture = XLSXFixture(
            sheets: [("收支总表", XLSXFixture.sheetXML([["项目", "预算数"], ["收入总计", "100.50"]], prefix: "x:"))],
            sharedStringItems: ["<x:t>未用</x:t>"], prefix: "x:")
        let book = try workbook(fixture)
        #expect(book.sheetNames == ["收支总表"])
        #expect(try book.sheet(named: "收支总表").rows == [["项目", "预算数"], ["收入总计", "100.50"]])
    }

    @Test func mergedRangesAndFilling() throws {
        let xml = XLSXFixture.sheetXML(
            [["职责活动", "评价标准", "", "", ""], ["", "优", "良", "中", "差"]], merges: ["A1:A2", "B1:E1"])
        let sheet = try workbook(XLSXFixture(sheets: [("绩效", xml)])).sheet(named: "绩效")
        #expect(
            sheet.mergedRanges == [
                CellRange(firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0),
                CellRange(firstRow: 0, firstColumn: 1, lastRow: 0, lastColumn: 4),
            ])
        #expect(sheet.mergedRanges.map(\.description) == ["A1:A2", "B1:E1"])
        // As stored: the value only in the top-left cell.
        #expect(sheet.rows[1][0] == "")
        #expect(sheet.rows[0][2] == "")
        let filled = sheet.fillingMergedCells()
        #expect(filled.rows == [["职责活动", "评价标准", "评价标准", "评价标准", "评价标准"], ["职责活动", "优", "良", "中", "差"]])
    }

    @Test func sheetIsFoundByLooserName() throws {
        let empty = XLSXFixture.sheetXML([["x"]])
        let book = try workbook(
            XLSXFixture(sheets: [("01收支总表", empty), ("02 收入总表", empty), ("03一般公共预算收入总表", empty)]))
        #expect(try book.sheet(named: "收支总表").name == "01收支总表")
        #expect(try book.sheet(named: "02收入总表").name == "02 收入总表")
        // Two tabs contain 收入总表: ambiguous, so not found rather than guessed.
        #expect(throws: ImportError.self) { try book.sheet(named: "收入总表") }
    }

    @Test func missingSheetListsTheSheetsThatExist() throws {
        let empty = XLSXFixture.sheetXML([])
        let url = try XLSXFixture(sheets: [("收支总表", empty), ("收入总表", empty)]).write(in: folder)
        let book = try XLSXWorkbook(contentsOf: url)
        let error = #expect(throws: ImportError.self) { try book.sheet(named: "支出总表") }
        #expect(error == .sheetNotFound(file: url.path, sheet: "支出总表", available: ["收支总表", "收入总表"]))
        let message = try #require(error?.description)
        #expect(message.contains(url.path))
        #expect(message.contains("“收支总表”, “收入总表”"))
    }

    @Test func aFileThatIsNotAZip() throws {
        let url = folder.url.appendingPathComponent("收支总表.xlsx")
        try Data("项目,预算数\n".utf8).write(to: url)
        let error = #expect(throws: ImportError.self) { try XLSXWorkbook(contentsOf: url) }
        #expect(error == .notAZip(file: url.path))
        #expect(error?.description.contains("not a zip") == true)
    }

    @Test func aZipThatIsNotAWorkbook() throws {
        let url = folder.url.appendingPathComponent("other.xlsx")
        let archive = try Archive(url: url, accessMode: .create)
        let data = Data("hello".utf8)
        try archive.addEntry(
            with: "readme.txt", type: .file, uncompressedSize: Int64(data.count),
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        #expect(throws: ImportError.notAnXLSX(file: url.path, missingPart: "xl/workbook.xml")) {
            try XLSXWorkbook(contentsOf: url)
        }
    }

    @Test func aDamagedPartIsAnErrorNotACrash() throws {
        // Bytes of the sheet's compressed data overwritten, as in a damaged download.
        let rows = (1...2000).map { ["项目\($0)", "\($0).50"] }
        let url = try XLSXFixture(sheets: [("表", XLSXFixture.sheetXML(rows))]).write(in: folder)
        var bytes = try Data(contentsOf: url)
        // The part's name first appears in its local header, which its compressed data follows.
        let local = try #require(bytes.range(of: Data("xl/worksheets/sheet1.xml".utf8)))
        let start = local.upperBound + 200
        bytes.replaceSubrange(start..<(start + 64), with: Data(repeating: 0xA5, count: 64))
        try bytes.write(to: url)
        let book = try XLSXWorkbook(contentsOf: url)
        let error = #expect(throws: ImportError.self) { try book.sheet(named: "表") }
        guard case .malformedPart(_, let part, _)? = error else {
            Issue.record("expected malformedPart, got \(String(describing: error))")
            return
        }
        #expect(part == "xl/worksheets/sheet1.xml")
    }

    @Test func aMissingFile() {
        let url = folder.url.appendingPathComponent("none.xlsx")
        #expect(throws: ImportError.fileMissing(file: url.path)) { try XLSXWorkbook(contentsOf: url) }
    }

    @Test func malformedSheetXMLIsAnErrorNotACrash() throws {
        let broken = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row>"#
        let badIndex = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>
            """
        let badReference = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="1A"><v>7</v></c></row></sheetData></worksheet>
            """
        let book = try workbook(XLSXFixture(sheets: [("断", broken), ("索引", badIndex), ("引用", badReference)]))
        for name in book.sheetNames {
            let error = #expect(throws: ImportError.self) { try book.sheet(named: name) }
            guard case .malformedPart(_, let part, _)? = error else {
                Issue.record("expected malformedPart for \(name), got \(String(describing: error))")
                continue
            }
            #expect(part.hasPrefix("xl/worksheets/sheet"))
        }
    }
}
