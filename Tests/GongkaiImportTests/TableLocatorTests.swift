import Foundation
import Testing

@testable import GongkaiImport

@Suite struct TableLocatorTests {
    /// 收支总表 as the budget system exports it: a title, a unit line, 收入 | 支出 merged over two
    /// 项目 | 预算数 pairs, a 栏次 row, then the body; a note after an empty row.
    static let incomeAndExpenditure: [[String]] = [
        ["2025年部门收支总表", "", "", ""],
        ["", "", "", "单位：万元"],
        ["收    入", "", "支    出", ""],
        ["项 目", "预算数", "项目", "预算数"],
        ["栏次", "1", "", "2"],
        ["一、一般公共预算拨款收入", "16,745.59", "一、一般公共服务支出", "12,000.00"],
        ["二、政府性基金预算拨款收入", "-", "二、教育支出", "4,745.59"],
        ["收入总计", "16,745.59", "支出总计", "16,745.59"],
        ["", "", "", ""],
        ["注：本表无政府性基金收入。", "", "", ""],
    ]

    /// The rows written into a workbook and read back, so the locator sees what the reader produces.
    private func workbookSheet(_ rows: [[String]], merges: [String] = []) throws -> Sheet {
        let folder = try TemporaryFolder()
        let url = try XLSXFixture(sheets: [("表", XLSXFixture.sheetXML(rows, merges: merges))]).write(in: folder)
        return try XLSXWorkbook(contentsOf: url).sheet(named: "表")
    }

    @Test func findsTheHeaderSkipsTheColumnNumberRowAndStopsAtAnEmptyRow() throws {
        let sheet = try workbookSheet(Self.incomeAndExpenditure, merges: ["A1:D1", "A3:B3", "C3:D3"])
        let table = try TableLocator(sheet: sheet).locate(["项目", "预算数"])
        #expect(table.headerRows == 3...3)
        #expect(table.columns == ["项目": 0, "预算数": 1])
        #expect(table.rowIndices == [5, 6, 7])
        #expect(
            table.rows == [
                ["项目": "一、一般公共预算拨款收入", "预算数": "16,745.59"],
                ["项目": "二、政府性基金预算拨款收入", "预算数": "-"],
                ["项目": "收入总计", "预算数": "16,745.59"],
            ])
        // The right-hand half, by starting after the left one.
        let expenditure = try TableLocator(sheet: sheet).locate(["项目", "预算数"], startingAtColumn: 2)
        #expect(expenditure.columns == ["项目": 2, "预算数": 3])
        #expect(expenditure.rows.last == ["项目": "支出总计", "预算数": "16,745.59"])
    }

    @Test func looksUpRowLabelByColumnLabel() throws {
        let sheet = try workbookSheet(Self.incomeAndExpenditure, merges: ["A3:B3", "C3:D3"])
        let locator = TableLocator(sheet: sheet)
        #expect(try locator.value(row: "收入总计", column: "预算数") == "16,745.59")
        #expect(try locator.value(row: "二、教育支出", column: "预算数") == "4,745.59")
        #expect(try locator.value(row: "二、政府性基金预算拨款收入", column: "预算数") == "-")
        #expect(throws: ImportError.rowLabelNotFound(file: sheet.source, label: "结转结余")) {
            try locator.value(row: "结转结余", column: "预算数")
        }
        #expect(throws: ImportError.headerLabelsNotFound(file: sheet.source, missing: ["执行数"])) {
            try locator.value(row: "收入总计", column: "执行数")
        }
    }

    @Test func twoRowMergedHeader() throws {
        // 职责活动 … 绩效指标 merged over two rows; 评价标准 merged over 优/良/中/差.
        let rows: [[String]] = [
            ["部门整体支出绩效目标表", "", "", "", "", "", "", "", ""],
            ["职责活动", "年度预算数", "内容描述", "绩效目标", "绩效指标", "评价标准", "", "", ""],
            ["", "", "", "", "", "优", "良", "中", "差"],
            ["政策研究", "273.87", "开展调研", "形成报告", "报告数量", "≥3份", "2份", "1份", "0份"],
            ["", "", "", "", "采纳率", "≥80%", "60%", "40%", "<40%"],
            ["督查检查", "120.00", "专项督查", "覆盖全部", "覆盖率", "100%", "90%", "80%", "<80%"],
        ]
        let merges = [
            "A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:I2", "A4:A5", "B4:B5", "C4:C5", "D4:D5",
        ]
        let sheet = try workbookSheet(rows, merges: merges)
        let labels = ["职责活动", "年度预算数", "内容描述", "绩效目标", "绩效指标", "评价标准", "优", "良", "中", "差"]
        let locator = TableLocator(sheet: sheet)
        let table = try locator.locate(labels)
        #expect(table.headerRows == 1...2)
        #expect(table.columns["评价标准"] == 5)
        #expect(table.columns["优"] == 5)
        #expect(table.columns["差"] == 8)
        #expect(table.rowIndices == [3, 4, 5])
        #expect(table.rows[0]["年度预算数"] == "273.87")
        #expect(table.rows[0]["优"] == "≥3份")
        #expect(table.rows[1]["职责活动"] == "")
        #expect(table.rows[1]["绩效指标"] == "采纳率")
        #expect(table.rows[2]["差"] == "<80%")

        // Asked only for the top labels, the header still spans both rows (its cells are merged down),
        // so 优/良/中/差 are not mistaken for a body row.
        let topOnly = try locator.locate(["职责活动", "年度预算数", "绩效指标"])
        #expect(topOnly.headerRows == 1...2)
        #expect(topOnly.rowIndices.first == 3)

        let filledBody = try locator.locate(["职责活动", "绩效指标"], fillingMergedBodyCells: true)
        #expect(filledBody.rows.map { $0["职责活动"] } == ["政策研究", "政策研究", "督查检查"])
    }

    @Test func missingLabelsAreListed() throws {
        let locator = TableLocator(rows: Self.incomeAndExpenditure, source: "预算.xlsx › 收支总表")
        let error = #expect(throws: ImportError.self) { try locator.locate(["项目", "预算数", "上年执行数"]) }
        #expect(error == .headerLabelsNotFound(file: "预算.xlsx › 收支总表", missing: ["上年执行数"]))
        #expect(error?.description.contains("“上年执行数”") == true)
        #expect(error?.description.contains("预算.xlsx › 收支总表") == true)
    }

    @Test func raggedCSVRowsDoNotCrash() throws {
        let csv = try CSVTable(
            data: Data("说明\n科目编码,科目名称,合计\n栏次\n201,一般公共服务支出,\"1,000.00\"\n2010101\n\n201,x,1\n".utf8),
            file: "支出总表.csv")
        let table = try TableLocator(table: csv).locate(["科目名称", "合计", "科目编码"])
        #expect(table.headerRows == 1...1)
        #expect(
            table.rows == [
                ["科目编码": "201", "科目名称": "一般公共服务支出", "合计": "1,000.00"],
                ["科目编码": "2010101", "科目名称": "", "合计": ""],
            ])
        #expect(try TableLocator(table: csv).value(row: "一般公共服务支出", column: "合计") == "1,000.00")
        #expect(throws: ImportError.self) { try TableLocator(rows: [], source: "empty").locate(["项目"]) }
    }

    @Test func twoRowHeaderWithoutMerges() throws {
        // CSV cannot merge: the upper label sits in its first column only, the lower row leaves it blank.
        let rows = [["职责活动", "评价标准", "", ""], ["", "优", "良", "中"], ["研究", "a", "b", "c"]]
        let table = try TableLocator(rows: rows, source: "t.csv").locate(["职责活动", "优", "中"])
        #expect(table.headerRows == 0...1)
        #expect(table.rows == [["职责活动": "研究", "优": "a", "中": "c"]])
    }

    @Test func whitespaceIsIgnoredInLabels() {
        #expect(TableLocator.normalized(" 项\u{3000}目\n（万元）\t") == "项目（万元）")
    }
}
