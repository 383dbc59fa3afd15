import Foundation

/// Checks a disclosure's figures against the rules they obey (totals and their parts, the matrix's
/// budgets against 项目支出), with exact decimal arithmetic. The rest of the rule book grows here.
public enum DisclosureValidator {
    /// Tolerance: half a unit of the last printed digit (amounts print with two decimals).
    static let tolerance = Decimal(string: "0.005")!

    public static func findings(for disclosure: Disclosure) -> [Finding] {
        var findings: [Finding] = []
        func check(_ rule: String, _ path: String, stated: Decimal?, parts: Decimal, _ what: String, severity: Finding.Severity = .error) {
            guard let stated, abs(stated - parts) > tolerance else { return }
            findings.append(
                Finding(
                    severity: severity, rule: rule, fieldPath: path, location: disclosure.sourceLocations[path],
                    message: "\(NumberFormat.plain(stated)) is stated, but \(what) make \(NumberFormat.plain(parts))"))
        }
        for (prefix, figures) in [("budget", disclosure.budget), ("previous_budget", disclosure.previousBudget)] {
            if let income = figures.income {
                check("income-total", "\(prefix).income.total", stated: income.statedTotal, parts: income.sumOfSources, "its sources")
            }
            let basic = figures.expenditure.basic
            if let personnel = basic.personnel, let publicUse = basic.publicUse {
                check(
                    "basic-total", "\(prefix).expenditure.basic.total", stated: basic.statedTotal,
                    parts: personnel + publicUse, "人员经费 + 公用经费")
            }
            check(
                "expenditure-total", "\(prefix).expenditure.total", stated: figures.expenditure.statedTotal,
                parts: basic.total + figures.expenditure.project, "基本支出 + 项目支出")
            if let income = figures.income {
                check(
                    "balance", "\(prefix).income.total", stated: income.total, parts: figures.expenditure.total,
                    "the expenditure's totals")
            }
        }
        // The matrix's activity budgets against 项目支出 (warning: a matrix may cover only part of it).
        let budgets = disclosure.performance.matrix.flatMap { duty in [duty.budget] + duty.activities.map(\.budget) }.compactMap { $0 }
        if !budgets.isEmpty {
            let sum = budgets.reduce(Decimal(0), +)
            let project = disclosure.budget.expenditure.project
            if abs(sum - project) > tolerance {
                findings.append(
                    Finding(
                        severity: .warning, rule: "matrix-budget", fieldPath: "performance.matrix",
                        location: disclosure.sourceLocations["performance.matrix"],
                        message: "the 年度预算数 of the matrix add up to \(NumberFormat.plain(sum)), but 项目支出 (budget.expenditure.project) is \(NumberFormat.plain(project))"))
            }
        }
        return findings
    }

    private static func abs(_ value: Decimal) -> Decimal { value < 0 ? -value : value }
}

/// Plain decimal printing for messages.
enum NumberFormat {
    static func plain(_ value: Decimal) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 10, .plain)
        return rounded.isZero ? "0" : "\(rounded)"
    }
}
