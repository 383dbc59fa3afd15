import Foundation
import GongkaiImport
import GongkaiModel

/// A department's public tables laid out as the budget system exports them (部门收支总表, “三公”经费支出表,
/// 一般公共预算支出表 and 基本支出表, and a 支出表 for each other fund source it has lines of), made from its data: the
/// example workbook of the samples, and what the tests read back with `gongkai new --from`.
public struct PublicTablesWorkbook {
    public var sheets: [XLSXWriter.SheetContent]

    /// - Parameter codeLists: names the lines whose data gives none.
    public init(_ disclosure: Disclosure, codeLists: CodeLists?) {
        let unit = "编制单位：[\(disclosure.department.code)]\(disclosure.department.name)"
        sheets = [Self.summary(disclosure, unit: unit), Self.threePublic(disclosure, unit: unit)]
        let lines = disclosure.budgetTables
        for table in PublicTable.allCases {
            guard let (classification, source) = table.lines else { continue }
            let chosen = (classification == .function ? lines?.function : lines?.economic)?.filter { $0.source == source } ?? []
            guard !chosen.isEmpty || table.isRequired else { continue }
            sheets.append(Self.lines(chosen, table: table, classification: classification, unit: unit, codeLists: codeLists, year: disclosure.year))
        }
    }

    /// Writes the sheets as an .xlsx workbook.
    public func writeWorkbook(to url: URL) throws { try XLSXWriter(sheets: sheets).write(to: url) }

    /// Writes each sheet as a CSV file (UTF-8) named after it into `folder`.
    public func writeCSVFiles(in folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for sheet in sheets {
            let text = sheet.rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(sheet.name).csv"))
        }
    }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func amount(_ value: Decimal?) -> String { value.map { NumberFormat.plain($0) } ?? "" }

    static func summary(_ d: Disclosure, unit: String) -> XLSXWriter.SheetContent {
        let now = d.budget, then = d.previousBudget
        func pair(_ current: Decimal?, _ previous: Decimal?) -> [String] { [amount(current), amount(previous)] }
        let income = now.income, previousIncome = then.income
        let left: [[String]] = [
            ["一、一般公共预算拨款收入"] + pair(income?.generalBudget, previousIncome?.generalBudget),
            ["二、政府性基金预算拨款收入"] + pair(income?.governmentFund, previousIncome?.governmentFund),
            ["三、财政专户管理资金收入"] + pair(income?.specialAccount, previousIncome?.specialAccount),
            ["四、单位资金"] + pair(income?.other, previousIncome?.other),
            ["收入总计"] + pair(income?.total, previousIncome?.total),
        ]
        let basic = now.expenditure.basic, previousBasic = then.expenditure.basic
        let right: [[String]] = [
            ["一、基本支出"] + pair(basic.total, previousBasic.total),
            ["其中：人员经费"] + pair(basic.personnel, previousBasic.personnel),
            ["公用经费"] + pair(basic.publicUse, previousBasic.publicUse),
            ["二、项目支出"] + pair(now.expenditure.project, then.expenditure.project),
            ["支出总计"] + pair(now.expenditure.total, then.expenditure.total),
        ]
        let rows: [[String]] = [
            ["\(d.year)年部门收支总表", "", "", "", "", ""],
            [unit, "", "", "", "", "单位：万元"],
            ["收入", "", "", "支出", "", ""],
            ["项目", "本年预算数", "上年预算数", "项目", "本年预算数", "上年预算数"],
        ] + zip(left, right).map { $0 + $1 }
        return XLSXWriter.SheetContent(
            name: PublicTable.summary.title, rows: rows,
            merges: [range(0, 0, 0, 5), range(2, 0, 2, 2), range(2, 3, 2, 5)])
    }

    static func threePublic(_ d: Disclosure, unit: String) -> XLSXWriter.SheetContent {
        func row(_ label: String, _ f: ThreePublicFigures) -> [String] {
            [label, amount(f.total), amount(f.tripsAbroad), amount(f.vehicles), amount(f.vehiclePurchase), amount(f.vehicleOperation), amount(f.reception)]
        }
        let rows: [[String]] = [
            ["\(d.year)年一般公共预算“三公”经费支出表", "", "", "", "", "", ""],
            [unit, "", "", "", "", "", "单位：万元"],
            ["项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"],
            ["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""],
            row("本年预算数", d.threePublic.current), row("上年预算数", d.threePublic.previous),
        ]
        return XLSXWriter.SheetContent(
            name: PublicTable.threePublic.title, rows: rows,
            merges: [range(0, 0, 0, 6), range(2, 0, 3, 0), range(2, 1, 3, 1), range(2, 2, 3, 2), range(2, 3, 2, 5), range(2, 6, 3, 6)])
    }

    /// A table of classified lines: 科目编码, 科目名称, 合计, 基本支出 over 人员经费 and 公用经费, (项目支出).
    static func lines(
        _ lines: [BudgetLine], table: PublicTable, classification: Classification, unit: String, codeLists: CodeLists?, year: Int
    ) -> XLSXWriter.SheetContent {
        let withProject = classification == .function
        let width = withProject ? 6 : 5
        func padded(_ cells: [String]) -> [String] { cells + Array(repeating: "", count: max(0, width - cells.count)) }
        var rows: [[String]] = [
            padded(["\(year)年\(table.title)"]), padded([unit]).dropLast() + ["单位：万元"],
            ["科目编码", "科目名称", "合计", "基本支出", ""] + (withProject ? ["项目支出"] : []),
            padded(["", "", "", "人员经费", "公用经费"]),
        ]
        func total(_ line: BudgetLine) -> Decimal { line.amounts.values.reduce(0, +) }
        func cells(_ amounts: [ExpenditureKind: Decimal], _ sum: Decimal) -> [String] {
            let personnel = amounts[.personnel] ?? 0, publicUse = amounts[.publicUse] ?? 0
            return [amount(sum), amount(personnel), amount(publicUse)] + (withProject ? [amount(amounts[.project] ?? 0)] : [])
        }
        // The 合计 row sums the leaf lines (those with no line below them).
        let leaves = lines.filter { line in !lines.contains { $0.code != line.code && $0.code.hasPrefix(line.code) } }
        var sums: [ExpenditureKind: Decimal] = [:]
        for line in leaves { for (kind, value) in line.amounts { sums[kind, default: 0] += value } }
        rows.append(["合计", ""] + cells(sums, sums.values.reduce(0, +)))
        let names = codeLists?.list(classification)
        for line in lines {
            rows.append([line.code, line.name ?? names?.entry(line.code)?.name ?? ""] + cells(line.amounts, total(line)))
        }
        var merges = [range(0, 0, 0, width - 1), range(2, 0, 3, 0), range(2, 1, 3, 1), range(2, 2, 3, 2), range(2, 3, 2, 4)]
        if withProject { merges.append(range(2, 5, 3, 5)) }
        return XLSXWriter.SheetContent(name: table.title, rows: rows, merges: merges)
    }

    static func range(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int) -> CellRange {
        CellRange(firstRow: firstRow, firstColumn: firstColumn, lastRow: lastRow, lastColumn: lastColumn)
    }
}
