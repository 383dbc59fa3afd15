import Foundation
import GongkaiImport
import GongkaiModel

/// The figures a department file's text needs, read from the public tables: by field path (as in the
/// department file, e.g. `budget.income.general_budget`), this year's and last year's.
public struct ExportFigures: Sendable {
    /// Amounts by field path. This year's blank cells are 0; last year's are left out (not known).
    public var amounts: [String: Decimal]
    /// The department's name and code from the 编制单位 line, and the budget year from the title, where given.
    public var departmentName: String?
    public var departmentCode: String?
    public var year: Int?

    /// 部门收支总表's rows: the label (numbering and 其中： aside), the field under `budget.` and
    /// `previous_budget.`, and whether this year's row must be there.
    static let summaryRows: [(labels: [String], field: String, required: Bool)] = [
        (["一般公共预算拨款收入", "一般公共预算收入"], "income.general_budget", true),
        (["政府性基金预算拨款收入", "政府性基金预算收入"], "income.government_fund", false),
        (["财政专户管理资金收入", "财政专户拨款收入"], "income.special_account", false),
        (["单位资金", "其他收入"], "income.other", false),
        (["收入总计", "收入合计"], "income.total", true),
        (["基本支出"], "expenditure.basic.total", true),
        (["人员经费"], "expenditure.basic.personnel", true),
        (["公用经费", "日常公用经费"], "expenditure.basic.public", true),
        (["项目支出"], "expenditure.project", true),
        (["支出总计", "支出合计"], "expenditure.total", true),
    ]

    /// The “三公” table's columns and their fields under `three_public.current.` and `.previous.`.
    static let threePublicColumns: [(label: String, field: String)] = [
        ("因公出国（境）费", "trips_abroad"), ("公务用车购置费", "vehicles.purchase"), ("公务用车运行维护费", "vehicles.operation"),
        ("公务接待费", "reception"),
    ]

    public init(_ tables: PublicTables) throws {
        amounts = [:]
        if let summary = tables.found[.summary] {
            try readSummary(summary)
            readIdentity(summary.heading)
        }
        if let threePublic = tables.found[.threePublic] { try readThreePublic(threePublic) }
    }

    /// A row label without its numbering (一、 1. （一）) or 其中：, and without spaces.
    static func bareLabel(_ text: String) -> String {
        var label = TableLocator.normalized(text)
        if label.hasPrefix("其中：") || label.hasPrefix("其中:") { label = String(label.dropFirst(3)) }
        if label.hasPrefix("（") || label.hasPrefix("(") { label = String(label.drop { $0 != "）" && $0 != ")" }.dropFirst()) }
        let number = label.prefix { "一二三四五六七八九十0123456789".contains($0) }
        if !number.isEmpty, let mark = label.dropFirst(number.count).first, "、.．".contains(mark) {
            label = String(label.dropFirst(number.count + 1))
        }
        return label
    }

    private mutating func readSummary(_ found: PublicTables.Found) throws {
        let grid = found.locator.rows
        let table = PublicTable.summary
        let header = try found.locator.locate(table.labels).headerRows.upperBound
        let headerCells = grid[header].map(TableLocator.normalized)
        let thisYearColumns = headerCells.indices.filter { headerCells[$0] == "本年预算数" }
        let lastYearColumns = headerCells.indices.filter { headerCells[$0] == "上年预算数" }
        var seen: Set<String> = []
        for row in (header + 1)..<grid.count {
            for (column, cell) in grid[row].enumerated() {
                let label = Self.bareLabel(cell)
                guard !label.isEmpty, let item = Self.summaryRows.first(where: { $0.labels.contains(label) }) else { continue }
                let place = found.locator.place(ofRow: row)
                if let current = thisYearColumns.first(where: { $0 > column }) {
                    amounts["budget." + item.field] = try amount(grid[row][current], place: place.cell(column: current, label: "本年预算数")) ?? 0
                    seen.insert(item.field)
                }
                if let previous = lastYearColumns.first(where: { $0 > column }),
                    let value = try amount(grid[row][previous], place: place.cell(column: previous, label: "上年预算数"))
                {
                    amounts["previous_budget." + item.field] = value
                }
            }
        }
        for item in Self.summaryRows where !seen.contains(item.field) {
            guard item.required else {
                amounts["budget." + item.field] = 0
                continue
            }
            throw NewDepartmentError.rowNotFound(table: table.title, place: found.locator.source, row: item.labels[0])
        }
    }

    private mutating func readThreePublic(_ found: PublicTables.Found) throws {
        let table = PublicTable.threePublic
        let located = try found.locator.locate(table.labels, fillingMergedBodyCells: true)
        var years: Set<String> = []
        for (row, place) in zip(located.rows, located.places) {
            let label = TableLocator.normalized(row["项目"] ?? "")
            let year = label.contains("本年") ? "current" : label.contains("上年") ? "previous" : nil
            guard let year, !years.contains(year) else { continue }
            years.insert(year)
            for (column, field) in Self.threePublicColumns {
                let cell = place.cell(column: located.columns[column] ?? 0, label: column)
                amounts["three_public.\(year).\(field)"] = try amount(row[column] ?? "", place: cell) ?? 0
            }
        }
        for (year, label) in [("current", "本年预算数"), ("previous", "上年预算数")] where !years.contains(year) {
            throw NewDepartmentError.rowNotFound(table: table.title, place: found.locator.source, row: label)
        }
    }

    /// 编制单位：[116]承德高新技术产业开发区总工会 and 2023年部门收支总表.
    private mutating func readIdentity(_ heading: [String]) {
        for cell in heading {
            let text = TableLocator.normalized(cell)
            if let range = text.range(of: "编制单位") {
                var rest = text[range.upperBound...].drop { $0 == "：" || $0 == ":" }
                if rest.first == "[" || rest.first == "【", let close = rest.firstIndex(where: { $0 == "]" || $0 == "】" }) {
                    departmentCode = String(rest[rest.index(after: rest.startIndex)..<close])
                    rest = rest[rest.index(after: close)...]
                }
                if !rest.isEmpty { departmentName = String(rest) }
            }
            if year == nil, text.contains("收支总表"), let mark = text.firstIndex(of: "年") {
                let digits = text[..<mark].reversed().prefix { $0.isASCII && $0.isNumber }
                if digits.count == 4 { year = Int(String(digits.reversed())) }
            }
        }
    }

    private func amount(_ text: String, place: String) throws -> Decimal? {
        let trimmed = TableLocator.normalized(text)
        guard !trimmed.isEmpty, trimmed != "-", trimmed != "—" else { return nil }
        guard let value = AmountParser.parse(trimmed) else {
            throw NewDepartmentError.notAnAmount(place: place, text: text)
        }
        return value
    }
}
