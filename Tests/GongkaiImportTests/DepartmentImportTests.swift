import Foundation
import GongkaiImport
import GongkaiModel
import Testing

/// A department file that takes its matrix from an .xlsx and its asset rows from a GBK .csv loads the
/// same model as the file with the tables written out.
@Suite struct DepartmentImportTests {
    static let samplePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Layouts/department-budget/samples/116-2023.yaml").path

    static func chinese(_ n: Int) -> String { ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n - 1] }

    /// The matrix as the budget system exports it: a two-row header, activities' cells merged down over
    /// their indicators, a single standard merged across 优 to 差.
    static func matrixSheet(_ duties: [PerformanceDuty]) -> String {
        var rows: [[String]] = [
            ["职责活动", "年度预算数", "内容描述", "绩效目标", "绩效指标", "评价标准", "", "", ""],
            ["", "", "", "", "", "优", "良", "中", "差"],
        ]
        var merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:I1"]
        func amount(_ value: Decimal?) -> String { value.map { "\($0)" } ?? "" }
        for (d, duty) in duties.enumerated() {
            rows.append(["\(chinese(d + 1))、\(duty.name)", amount(duty.budget), duty.description ?? "", duty.goal ?? "", "", "", "", "", ""])
            for (a, activity) in duty.activities.enumerated() {
                let first = rows.count + 1
                for (i, indicator) in activity.indicators.enumerated() {
                    let lead = i == 0 ? ["\(a + 1)、\(activity.name)", amount(activity.budget), activity.description ?? "", activity.goal ?? ""] : ["", "", "", ""]
                    switch indicator.standard {
                    case .graded(let grades): rows.append(lead + [indicator.name] + grades)
                    case .single(let standard):
                        rows.append(lead + [indicator.name, standard, "", "", ""])
                        merges.append("F\(rows.count):I\(rows.count)")
                    }
                }
                let last = rows.count
                if last > first { merges += ["A", "B", "C", "D"].map { "\($0)\(first):\($0)\(last)" } }
            }
        }
        return XLSXFixture.sheetXML(rows, merges: merges)
    }

    /// The sample's text with `block` (from its first line to the line before `until`) replaced.
    static func replacing(_ text: String, block start: String, until end: String, with replacement: String) throws -> String {
        let lines = text.components(separatedBy: "\n")
        let from = try #require(lines.firstIndex { $0.hasPrefix(start) })
        let to = try #require(lines[(from + 1)...].firstIndex { $0.hasPrefix(end) })
        return (lines[..<from] + [replacement] + lines[to...]).joined(separator: "\n")
    }

    @Test func theMatrixFromAWorkbookEqualsTheWrittenOutOne() throws {
        let folder = try TemporaryFolder()
        let sample = try DisclosureLoader.load(contentsOf: Self.samplePath)
        _ = try XLSXFixture(sheets: [("封面", XLSXFixture.sheetXML([["部门预算"]])), ("绩效目标", Self.matrixSheet(sample.performance.matrix))])
            .write(in: folder, name: "matrix.xlsx")
        var yaml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
        yaml = try Self.replacing(yaml, block: "  matrix:", until: "  safeguards:", with: "  matrix: {from: \"matrix.xlsx\", sheet: \"绩效目标\"}")
        let path = folder.url.appendingPathComponent("116-2023.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)

        let imported = try DisclosureLoader.load(contentsOf: path)
        #expect(imported.performance.matrix.count == 7)
        #expect(imported.performance.matrix.flatMap(\.activities).flatMap(\.indicators).count == 60)
        #expect(imported.performance.matrix == sample.performance.matrix)
    }

    @Test func assetRowsFromAGBKCSVWithTheirPrintedHeader() throws {
        let folder = try TemporaryFolder()
        let csv = "项　目,数量,价值（金额单位：万元）\n资产总额,——,26.03\n1、房屋（平方米）,,\n4、其他固定资产,,\"26.03\"\n"
        try GB18030Encoder.encode(csv).write(to: folder.url.appendingPathComponent("assets.csv"))
        var yaml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
        yaml = try Self.replacing(
            yaml, block: "  rows:", until: "glossary:",
            with: "  rows: {from: \"assets.csv\", encoding: GBK, labels: {项目: \"项目\", 价值: \"价值（金额单位：万元）\"}}")
        let path = folder.url.appendingPathComponent("dept.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let rows = try DisclosureLoader.load(contentsOf: path).assets.rows
        #expect(rows.map(\.item) == ["资产总额", "1、房屋（平方米）", "4、其他固定资产"])
        #expect(rows[0].quantity == "——")
        #expect(rows[0].value == Decimal(string: "26.03"))
        #expect(rows[1].value == nil)
    }

    @Test func aMissingSheetIsAnErrorNamingTheFieldAndTheSheets() throws {
        let folder = try TemporaryFolder()
        _ = try XLSXFixture(sheets: [("封面", XLSXFixture.sheetXML([["x"]]))]).write(in: folder, name: "m.xlsx")
        var yaml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
        yaml = try Self.replacing(yaml, block: "  matrix:", until: "  safeguards:", with: "  matrix: {from: \"m.xlsx\", sheet: \"绩效目标\"}")
        let path = folder.url.appendingPathComponent("d.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: DataError.self) { try DisclosureLoader.load(contentsOf: path) }
        #expect(error.fieldPath == "performance.matrix.from")
        #expect(error.location?.line != nil)
        #expect(error.message.contains("绩效目标") && error.message.contains("封面"))
    }
}
