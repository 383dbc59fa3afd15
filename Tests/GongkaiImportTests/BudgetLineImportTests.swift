import Foundation
import GongkaiImport
import GongkaiModel
import Testing

/// The standard tables' lines taken from the budget system's exports load the same lines as written out.
@Suite struct BudgetLineImportTests {
    /// The sample's lines as an export prints them: a title, a two-row header (基本支出 over 人员经费 and
    /// 公用经费), a 栏次-free body with a 合计 row, names indented with ideographic spaces, blanks for zero.
    static func exportRows(_ lines: [BudgetLine], withProject: Bool) -> [[String]] {
        var rows: [[String]] = [["一般公共预算支出表"], ["科目编码", "科目名称", "合计", "基本支出", "", withProject ? "项目支出" : ""]]
        rows[1] = withProject ? rows[1] : Array(rows[1].prefix(5))
        rows.append(["", "", "", "人员经费", "公用经费"] + (withProject ? [""] : []))
        rows.append(["", "合计", "", "", ""] + (withProject ? [""] : []))
        func text(_ value: Decimal?) -> String { value.map { $0 == 0 ? "" : "\($0)" } ?? "" }
        for line in lines {
            let indent = String(repeating: "\u{3000}", count: (Classification.function.level(of: line.code) ?? 1) - 1)
            var row = [line.code, indent + (line.name ?? "名称"), text(line.total), text(line.amounts[.personnel]), text(line.amounts[.publicUse])]
            if withProject { row.append(text(line.amounts[.project])) }
            rows.append(row)
        }
        return rows
    }

    /// The sample in `folder`, its function lines taken from `lines.csv` with the given text.
    static func sample(in folder: TemporaryFolder, functionLinesCSV csv: String) throws -> String {
        try csv.write(to: folder.url.appendingPathComponent("lines.csv"), atomically: true, encoding: .utf8)
        var yaml = try String(contentsOfFile: DepartmentImportTests.samplePath, encoding: .utf8)
        yaml = try DepartmentImportTests.replacing(
            yaml, block: "  function:", until: "  economic:", with: "  function:\n    - {from: \"lines.csv\"}")
        let path = folder.url.appendingPathComponent("116-2023.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func linesFromAWorkbookAndAGBKFileEqualTheWrittenOnes() throws {
        let folder = try TemporaryFolder()
        let sample = try DisclosureLoader.load(contentsOf: DepartmentImportTests.samplePath)
        let tables = try #require(sample.budgetTables)
        // 基本支出 columns span two header rows; 项目支出 too.
        let function = Self.exportRows(tables.function, withProject: true)
        _ = try XLSXFixture(sheets: [("一般公共预算支出表", XLSXFixture.sheetXML(function, merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]))])
            .write(in: folder, name: "tables.xlsx")
        let economic = Self.exportRows(tables.economic, withProject: false)
        let csv = economic.map { $0.joined(separator: ",") }.joined(separator: "\r\n")
        try GB18030Encoder.encode(csv).write(to: folder.url.appendingPathComponent("basic.csv"))

        var yaml = try String(contentsOfFile: DepartmentImportTests.samplePath, encoding: .utf8)
        yaml = try DepartmentImportTests.replacing(
            yaml, block: "  function:", until: "other_matters:",
            with: """
                  function:
                    - {from: "tables.xlsx", sheet: "一般公共预算支出表", source: general_budget}
                  economic:
                    - {from: "basic.csv", encoding: GBK}

                """)
        let path = folder.url.appendingPathComponent("116-2023.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let imported = try #require(try DisclosureLoader.load(contentsOf: path).budgetTables)

        func essence(_ lines: [BudgetLine]) -> [String] {
            lines.map { line in
                let amounts = ExpenditureKind.allCases.map { "\(line.amount($0))" }.joined(separator: "/")
                return "\(line.code) \(line.source.rawValue) \(amounts)"
            }
        }
        #expect(essence(imported.function) == essence(tables.function))
        #expect(essence(imported.economic) == essence(tables.economic))
        // The first line is on the sheet's row 5, below the title, the two header rows and the 合计 row.
        #expect(imported.function.first?.fieldPath == "budget_tables.function[0][tables.xlsx, sheet “一般公共预算支出表”, row 5]")
        // Stated subtotals from the export are checked like written ones.
        let findings = DisclosureValidator.findings(for: try DisclosureLoader.load(contentsOf: path))
        #expect(!findings.contains { $0.rule == "subtotal" || $0.rule == "text-table" || $0.rule == "cross-table" })
    }

    @Test func anExportsStated合计IsChecked() throws {
        let folder = try TemporaryFolder()
        let path = try Self.sample(in: folder, functionLinesCSV: "科目编码,科目名称,合计,人员经费,公用经费,项目支出\r\n2012901,行政运行,70.28,62.13,8.15,\r\n2012906,工会事务,183.41,,,183.14\r\n")
        let disclosure = try DisclosureLoader.load(contentsOf: path)
        #expect(disclosure.budgetTables?.function.map(\.statedTotal) == [Decimal(string: "70.28"), Decimal(string: "183.41")])
        let identities = DisclosureValidator.findings(for: disclosure).filter { $0.rule == "column-identity" }
        #expect(identities.count == 1)
        #expect(identities.first?.message.contains("2012906") == true && identities.first?.message.contains("183.41") == true)
    }

    @Test func aBadCodeInAnExportNamesTheRow() throws {
        let folder = try TemporaryFolder()
        let path = try Self.sample(in: folder, functionLinesCSV: "科目编码,科目名称,人员经费,公用经费,项目支出\r\n2012901,行政运行,1,,\r\n20129O1,行政运行,1,,\r\n")
        do {
            _ = try DisclosureLoader.load(contentsOf: path)
            Issue.record("a bad code was accepted")
        } catch let error as DataError {
            // The file's own line and column, not the second body row.
            #expect(error.description.contains("lines.csv, line 3, column 1 (科目编码)"), "\(error)")
            #expect(error.description.contains("20129O1"), "\(error)")
            #expect(error.location?.line != nil)
        }
    }
}
