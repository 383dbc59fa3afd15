import Foundation

/// Where a budget line's money comes from (资金来源).
public enum FundSource: String, Hashable, Sendable, CaseIterable, Comparable {
    /// 上年结转.
    case carriedOver = "carried_over"
    /// 一般公共预算拨款.
    case generalBudget = "general_budget"
    /// 政府性基金预算拨款.
    case governmentFund = "government_fund"
    /// 国有资本经营预算拨款.
    case stateCapital = "state_capital"
    /// 财政专户管理资金.
    case specialAccount = "special_account"
    /// 单位资金 (事业收入, 经营收入, 其他收入).
    case other

    public static func < (a: FundSource, b: FundSource) -> Bool {
        a.rank < b.rank
    }

    /// The order of the standard tables' columns.
    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The source's name in the tables.
    public var chineseName: String {
        switch self {
        case .carriedOver: "上年结转"
        case .generalBudget: "一般公共预算"
        case .governmentFund: "政府性基金预算"
        case .stateCapital: "国有资本经营预算"
        case .specialAccount: "财政专户管理资金"
        case .other: "单位资金"
        }
    }
}

/// What a budget line pays for: 基本支出 (人员经费, 公用经费) or 项目支出.
public enum ExpenditureKind: String, Hashable, Sendable, CaseIterable {
    /// 人员经费.
    case personnel
    /// 日常公用经费.
    case publicUse = "public"
    /// 项目支出.
    case project

    /// The kind's name, as the tables' headers print it.
    public var chineseName: String {
        switch self {
        case .personnel: "人员经费"
        case .publicUse: "公用经费"
        case .project: "项目支出"
        }
    }
}

/// One amount of a classified table: this year's money of one source and kind.
public struct MoneyKey: Hashable, Sendable {
    public var source: FundSource
    public var kind: ExpenditureKind

    public init(_ source: FundSource, _ kind: ExpenditureKind) {
        self.source = source
        self.kind = kind
    }
}

/// A classified money line (预算明细): a classification code, a fund source, this year's amounts by kind
/// and, where known, last year's total. A line whose code has lines below it is a stated subtotal, which
/// validation checks against its children.
public struct BudgetLine: Hashable, Sendable {
    public var code: String
    /// The name as the data gives it; the code list's name otherwise.
    public var name: String?
    public var source: FundSource
    /// 人员经费, 公用经费 and 项目支出 of this year.
    public var amounts: [ExpenditureKind: Decimal]
    /// Last year's total (上年预算数), if given.
    public var previous: Decimal?
    /// Totals of other figures of the line, by a name the layout's filters use (`where: {figure: NAME}`),
    /// e.g. a plan the line's money is measured against; like `previous`, totals only.
    public var figures: [String: Decimal] = [:]
    /// 合计 as the data states it (an export's 合计 column), checked against the parts.
    public var statedTotal: Decimal?
    /// 基本支出 as the data states it, checked against 人员经费 + 公用经费.
    public var statedBasic: Decimal?
    /// The field path of the line in its file (`budget_tables.function[3]`), for findings.
    public var fieldPath: String
    public var location: SourceLocation?

    public init(
        code: String, name: String? = nil, source: FundSource = .generalBudget, amounts: [ExpenditureKind: Decimal],
        previous: Decimal? = nil, statedTotal: Decimal? = nil, statedBasic: Decimal? = nil, fieldPath: String = "",
        location: SourceLocation? = nil
    ) {
        self.code = code
        self.name = name
        self.source = source
        self.amounts = amounts
        self.previous = previous
        self.statedTotal = statedTotal
        self.statedBasic = statedBasic
        self.fieldPath = fieldPath
        self.location = location
    }

    /// The line's amount for a kind (zero when not given).
    public func amount(_ kind: ExpenditureKind) -> Decimal { amounts[kind] ?? 0 }

    /// This year's total of the line.
    public var total: Decimal { amounts.values.reduce(0, +) }
}

/// The classified lines behind the standard budget tables (部门预算公开表).
public struct BudgetTables: Hashable, Sendable {
    /// Expenditure by 支出功能分类 (项, with stated 类 and 款 subtotals if given): the lines of the income,
    /// expenditure and fiscal-appropriation tables.
    public var function: [BudgetLine]
    /// 基本支出 by 支出经济分类 (款, with stated 类 subtotals if given).
    public var economic: [BudgetLine]
    /// The year of the code lists the codes come from; the budget year when not given.
    public var codeListYear: Int?
    /// A note on where the figures come from (e.g. that their spread over codes is illustrative).
    public var note: String?

    public init(function: [BudgetLine], economic: [BudgetLine], codeListYear: Int? = nil, note: String? = nil) {
        self.function = function
        self.economic = economic
        self.codeListYear = codeListYear
        self.note = note
    }

    public func lines(_ classification: Classification) -> [BudgetLine] {
        switch classification {
        case .function: function
        case .economic: economic
        }
    }
}

/// Which money of a classified table a cell adds up: sources, kinds, and this year or last.
public struct LineFilter: Hashable, Sendable {
    /// nil: every source.
    public var sources: Set<FundSource>?
    /// nil: every kind.
    public var kinds: Set<ExpenditureKind>?
    /// Last year's totals instead of this year's amounts (kinds do not apply: last year has totals only).
    public var previousYear: Bool
    /// The lines' named figure (`BudgetLine.figures`) instead of this year's amounts; kinds do not apply.
    public var figure: String?

    public init(
        sources: Set<FundSource>? = nil, kinds: Set<ExpenditureKind>? = nil, previousYear: Bool = false, figure: String? = nil
    ) {
        self.sources = sources
        self.kinds = kinds
        self.previousYear = previousYear
        self.figure = figure
    }

    public static let all = LineFilter()

    /// Money matching both filters.
    public func intersection(_ other: LineFilter) -> LineFilter {
        func meet<T>(_ a: Set<T>?, _ b: Set<T>?) -> Set<T>? {
            switch (a, b) {
            case let (a?, b?): a.intersection(b)
            case let (a?, nil): a
            case let (nil, b): b
            }
        }
        return LineFilter(
            sources: meet(sources, other.sources), kinds: meet(kinds, other.kinds), previousYear: previousYear || other.previousYear,
            figure: figure ?? other.figure)
    }

    public func includes(_ source: FundSource) -> Bool { sources?.contains(source) ?? true }
    public func includes(_ kind: ExpenditureKind) -> Bool { kinds?.contains(kind) ?? true }
}
