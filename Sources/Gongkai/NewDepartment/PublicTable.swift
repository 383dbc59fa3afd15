import GongkaiModel

/// A table of the department's public tables (部门预算公开表) that `gongkai new --from` reads: known by words of
/// its title and its header labels, never by the sheet's name or place, which differ between exports.
public enum PublicTable: String, CaseIterable, Hashable, Sendable {
    /// 部门收支总表: income by source and expenditure by kind, this year and last.
    case summary
    /// 一般公共预算“三公”经费支出表: this year's and last year's rows.
    case threePublic
    /// 一般公共预算支出表: lines by function classification.
    case generalBudgetExpenditure
    /// 一般公共预算基本支出表: 基本支出 by economic classification.
    case basicExpenditure
    /// 政府性基金预算支出表: lines by function classification, read where the workbook has it; so are the others
    /// below, one per fund source.
    case governmentFundExpenditure
    /// 国有资本经营预算支出表.
    case stateCapitalExpenditure
    /// 财政专户管理资金支出表.
    case specialAccountExpenditure
    /// 单位资金支出表.
    case unitFundsExpenditure
    /// 上年结转支出表.
    case carriedOverExpenditure

    /// The title a reader knows the table by.
    public var title: String {
        switch self {
        case .summary: "部门收支总表"
        case .threePublic: "一般公共预算“三公”经费支出表"
        case .generalBudgetExpenditure: "一般公共预算支出表"
        case .basicExpenditure: "一般公共预算基本支出表"
        case .governmentFundExpenditure: "政府性基金预算支出表"
        case .stateCapitalExpenditure: "国有资本经营预算支出表"
        case .specialAccountExpenditure: "财政专户管理资金支出表"
        case .unitFundsExpenditure: "单位资金支出表"
        case .carriedOverExpenditure: "上年结转支出表"
        }
    }

    /// What the title printed above the header contains (spaces aside): the 2023 name of a table, or part of it.
    var titleWords: String {
        switch self {
        case .summary: "部门收支总表"
        case .threePublic: "三公"
        case .generalBudgetExpenditure: "一般公共预算支出表"
        case .basicExpenditure: "基本支出表"
        case .governmentFundExpenditure, .stateCapitalExpenditure, .specialAccountExpenditure, .unitFundsExpenditure,
            .carriedOverExpenditure:
            title
        }
    }

    /// The header labels the table has.
    public var labels: [String] {
        switch self {
        // 上年预算数 is read where the table has it (ExportFigures), not required.
        case .summary: ["项目", "本年预算数"]
        case .threePublic: ["项目", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
        case .basicExpenditure: TableMapping.budgetLineLabels(.economic)
        default: TableMapping.budgetLineLabels(.function)
        }
    }

    /// Whether a department file cannot be made without it.
    public var isRequired: Bool { [.summary, .threePublic, .generalBudgetExpenditure, .basicExpenditure].contains(self) }

    /// For a table of classified lines: which classification and fund source its lines are.
    var lines: (classification: Classification, source: FundSource)? {
        switch self {
        case .summary, .threePublic: nil
        case .generalBudgetExpenditure: (.function, .generalBudget)
        case .basicExpenditure: (.economic, .generalBudget)
        case .governmentFundExpenditure: (.function, .governmentFund)
        case .stateCapitalExpenditure: (.function, .stateCapital)
        case .specialAccountExpenditure: (.function, .specialAccount)
        case .unitFundsExpenditure: (.function, .other)
        case .carriedOverExpenditure: (.function, .carriedOver)
        }
    }
}
