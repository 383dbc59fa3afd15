import Foundation
import GongkaiImport
import GongkaiModel
import Testing

/// A classified export's 合计 or 总计 row is skipped however its label is laid out: merged over the
/// 科目编码 and 科目名称 cells, written in the first only, or repeated in both.
@Suite struct TotalRowImportTests {
    /// The sample's function lines as an export prints them, with its 合计 row (sheet row 4) given by `total`.
    static func exportRows(total: [String]) throws -> [[String]] {
        let sample = try DisclosureLoader.load(contentsOf: DepartmentImportTests.samplePath)
        var rows = BudgetLineImportTests.exportRows(try #require(sample.budgetTables).function, withProject: true)
        rows[3] = total
        return rows
    }

    /// The function lines loaded from `path`, as code, source and amounts.
    static func essence(_ path: String) throws -> [String] {
        try #require(try DisclosureLoader.load(contentsOf: path).budgetTables).function.map { line in
            "\(line.code) \(ExpenditureKind.allCases.map { "\(line.amount($0))" }.joined(separator: "/"))"
        }
    }

    static var expected: [String] {
        get throws { try essence(DepartmentImportTests.samplePath) }
    }

    @Test func aTotalLabelMergedOverCodeAndNameIsSkipped() throws {
        let rows = try Self.exportRows(total: ["合    计", "", "16745.59", "", "", ""])
        let folder = try TemporaryFolder()
        let path = try ExportPlaceTests.sample(
            in: folder, functionSheet: rows, merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "A4:B4"])
        #expect(try Self.essence(path) == Self.expected)
    }

    @Test func aTotalLabelInTheFirstCellOrRepeatedIsSkippedInCSV() throws {
        for total in [["合计", "", "16745.59", "", "", ""], ["总计", "总计", "16745.59", "", "", ""], ["支出合计", "支出合计", "", "", "", ""]] {
            let rows = try Self.exportRows(total: total)
            // One header row in CSV: 人员经费 and 公用经费 under their own labels.
            let csv = ([["科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出"]] + rows[3...])
                .map { $0.joined(separator: ",") }.joined(separator: "\r\n")
            let folder = try TemporaryFolder()
            let path = try BudgetLineImportTests.sample(in: folder, functionLinesCSV: csv)
            #expect(try Self.essence(path) == Self.expected, "\(total)")
        }
    }

    @Test func aTotalLabelBesideAnotherNameIsStillNotACode() throws {
        // 合计 in the code cell beside a line's own name is not a 合计 row but a line without its code.
        let folder = try TemporaryFolder()
        let path = try BudgetLineImportTests.sample(
            in: folder, functionLinesCSV: "科目编码,科目名称,人员经费,公用经费,项目支出\r\n合计,行政运行,1,,\r\n")
        let message = try ExportPlaceTests.loadError(path)
        #expect(message.contains("lines.csv, line 2, column 1 (科目编码): \"合计\" is not a"), "\(message)")
    }
}
