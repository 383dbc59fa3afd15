import Foundation
import GongkaiMessages
import GongkaiImport

/// Turns tables read from the budget system's exports (rows of label → cell text, merged cells already
/// filled with their value) into model values. Column labels are the printed headers. An error names the
/// export's own row or cell (`sheet “…”, cell B7`, `line 7, column 2`), never a count of body rows.
public enum TableMapping {
    /// The performance matrix's column labels as the budget system prints them.
    public static let matrixLabels = ["职责活动", "年度预算数", "内容描述", "绩效目标", "绩效指标", "优", "良", "中", "差"]

    /// The fixed-asset table's column labels.
    public static let assetLabels = ["项目", "数量", "价值"]

    /// Rows of the matrix → duties with their activities and indicators.
    ///
    /// A row whose 职责活动 starts with a Chinese numeral and "、" (一、) is a duty; one that starts with a
    /// number and "、" (1、) begins an activity; a row with that cell empty, or repeating the previous row's
    /// (a merged cell), adds an indicator to the current activity. Four grades that are all equal (one value
    /// merged across 优 to 差) are a single standard.
    /// - Parameter source: names the file and table in errors, e.g. "matrix.xlsx, sheet 绩效".
    public static func performanceDuties(from rows: [TableRow], source: String) throws -> [PerformanceDuty] {
        var duties: [PerformanceDuty] = []
        var previousLabel = ""
        for row in rows {
            func cell(_ label: String) -> String { (row[label] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            func fail(_ text: LocalizedText) -> DataError {
                DataError(.invalidValue, file: source, location: nil, fieldPath: row.place.description, text: text)
            }
            let label = cell("职责活动")
            let isContinuation = label.isEmpty || label == previousLabel
            previousLabel = label.isEmpty ? previousLabel : label
            let budget = try amount(cell("年度预算数"), at: row.place(of: "年度预算数"), source: source)
            if !isContinuation, let name = strip(label, numbering: .chinese) {
                duties.append(
                    PerformanceDuty(
                        label: nil, name: name, budget: budget, description: nonEmpty(cell("内容描述")),
                        goal: nonEmpty(cell("绩效目标")), activities: []))
                continue
            }
            guard !duties.isEmpty else { throw fail(ModelMessages.firstRowNotADuty(label)) }
            if !isContinuation {
                let name = strip(label, numbering: .arabic) ?? label
                duties[duties.count - 1].activities.append(
                    PerformanceActivity(
                        label: nil, name: name, budget: budget, description: nonEmpty(cell("内容描述")),
                        goal: nonEmpty(cell("绩效目标")), indicators: []))
            }
            let indicator = cell("绩效指标")
            guard !indicator.isEmpty else { continue }
            guard !duties[duties.count - 1].activities.isEmpty else {
                throw fail(ModelMessages.indicatorBeforeActivity(indicator))
            }
            let grades = ["优", "良", "中", "差"].map(cell)
            let standard: EvaluationStandard =
                Set(grades.filter { !$0.isEmpty }).count > 1 && grades.allSatisfy { !$0.isEmpty } ? .graded(grades) : .single(grades[0])
            let last = duties.count - 1
            duties[last].activities[duties[last].activities.count - 1].indicators.append(
                PerformanceIndicator(name: indicator, standard: standard))
        }
        return duties
    }

    /// Rows of the fixed-asset table → asset rows (blank and "——" quantities kept as printed).
    public static func assetRows(from rows: [TableRow], source: String) throws -> [AssetRow] {
        try rows.compactMap { row in
            let item = (row["项目"] ?? "").trimmingWhitespace
            guard !item.isEmpty else { return nil }
            let quantity = (row["数量"] ?? "").trimmingWhitespace
            let value = (row["价值"] ?? "").trimmingWhitespace
            return AssetRow(
                item: item, quantity: quantity.isEmpty ? nil : quantity,
                value: value.isEmpty ? nil : try amount(value, at: row.place(of: "价值"), source: source))
        }
    }

    /// The columns of a classified export: 一般公共预算支出表 and the like by function, 基本支出表 by economic
    /// classification (which has no 项目支出).
    public static func budgetLineLabels(_ classification: Classification) -> [String] {
        switch classification {
        case .function: ["科目编码", "科目名称", "人员经费", "公用经费", "项目支出"]
        case .economic: ["科目编码", "科目名称", "人员经费", "公用经费"]
        }
    }

    /// Rows of a classified export → lines of one fund source. The 合计 row and rows without a code are
    /// skipped; 类 and 款 rows become stated subtotals, checked against the rows below them. Blank amounts
    /// are zero.
    public static func budgetLines(
        from rows: [TableRow], classification: Classification, source: FundSource, fieldPath: String,
        location: SourceLocation?
    ) throws -> [BudgetLine] {
        try rows.compactMap { row in
            func cell(_ label: String) -> String { TableLocator.normalized(row[label] ?? "") }
            func amount(_ label: String) throws -> Decimal {
                try TableMapping.amount(cell(label), at: row.place(of: label), source: "") ?? 0
            }
            let code = cell("科目编码")
            let name = cell("科目名称")
            guard !code.isEmpty, !isTotalRow(code: code, name: name) else { return nil }
            guard classification.level(of: code) != nil else {
                throw DataError(
                    .invalidValue, file: "", location: nil, fieldPath: row.place(of: "科目编码"),
                    text: classification.notACodeText(code))
            }
            var amounts: [ExpenditureKind: Decimal] = [:]
            for kind in ExpenditureKind.allCases where row[kind.chineseName] != nil {
                amounts[kind] = try amount(kind.chineseName)
            }
            // 合计 and 基本支出 (its 小计) as the export prints them, where it has them, to be checked; blank is 0.
            let total = try row["合计"].map { _ in try amount("合计") }
            let basicLabel = row["基本支出"] != nil ? "基本支出" : "小计"
            let basic = try row[basicLabel].map { _ in try amount(basicLabel) }
            return BudgetLine(
                code: code, name: name.isEmpty ? nil : name, source: source, amounts: amounts,
                statedTotal: total, statedBasic: basic,
                fieldPath: "\(fieldPath)[\(row.place)]", location: location)
        }
    }

    /// Whether a row of a classified export is its 合计 (or 总计) row: the label in the 科目编码 cell, and the
    /// 科目名称 cell empty or holding a label too. That is how the label reads when it is merged over both
    /// cells (filled into each), written in the first cell only, or repeated in both, as CSV exports do.
    /// A label is 合计 or 总计, or ends with one (支出合计), with no digit: spaces are already removed.
    static func isTotalRow(code: String, name: String) -> Bool {
        func isTotalLabel(_ text: String) -> Bool {
            (text.hasSuffix("合计") || text.hasSuffix("总计")) && !text.contains(where: { $0.isASCII && $0.isNumber })
        }
        return isTotalLabel(code) && (name.isEmpty || isTotalLabel(name))
    }

    /// The amount in a cell, nil when blank; `place` names the cell in the error.
    private static func amount(_ text: String, at place: String, source: String) throws -> Decimal? {
        guard !text.isEmpty else { return nil }
        guard let value = AmountParser.parse(text) else {
            throw DataError(
                .wrongType, file: source, location: nil, fieldPath: place,
                text: ModelMessages.expectedAmount(.scalar(text)))
        }
        return value
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    private enum Numbering { case chinese, arabic }

    /// The text after a leading "一、" (Chinese) or "1、" / "1." (Arabic) number, or nil if it has none.
    private static func strip(_ text: String, numbering: Numbering) -> String? {
        let digits: Set<Character> = numbering == .chinese ? Set("一二三四五六七八九十") : Set("0123456789")
        let number = text.prefix(while: { digits.contains($0) })
        guard !number.isEmpty else { return nil }
        let rest = text.dropFirst(number.count)
        guard let mark = rest.first, "、.．".contains(mark) else { return nil }
        return String(rest.dropFirst()).trimmingWhitespace
    }
}
