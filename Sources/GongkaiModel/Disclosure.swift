import Foundation
import GongkaiImport

/// A department's budget disclosure for one year (部门预算信息公开): its figures and its own prose.
/// Boilerplate and phrases built from figures belong to the layout. Amounts are in 万元.
public struct Disclosure: Hashable, Sendable {
    public var department: Department = Department()
    /// The budget year (预算年度).
    public var year: Int = 0
    public var duties: Duties = Duties()
    /// This year's figures (本年预算).
    public var budget: BudgetFigures = BudgetFigures()
    /// Last year's figures (上年预算), to compute changes from.
    public var previousBudget: BudgetFigures = BudgetFigures()
    public var budgetNotes: BudgetNotes = BudgetNotes()
    public var operatingCosts: OperatingCosts = OperatingCosts()
    public var threePublic: ThreePublic = ThreePublic()
    public var performance: Performance = Performance()
    public var procurement: Procurement = Procurement()
    public var assets: Assets = Assets()
    public var glossary: [GlossaryEntry] = []
    /// Tables of the department's own, each at its section.
    public var customTables: [CustomTable] = []
    /// A note under a layout's table, by the table's name in the layout (`fixed_assets`).
    public var tableNotes: [String: String] = [:]
    /// The classified lines of the standard budget tables, if the department gives them.
    public var budgetTables: BudgetTables?
    /// The fields the layout declares for itself (`fields:`), as written; the layout types them.
    public var fields: [String: FieldNode] = [:]

    /// The year of the code lists the standard tables' codes come from.
    public var codeListYear: Int { budgetTables?.codeListYear ?? year }
    /// 其他需要说明的事项.
    public var otherMatters: String = ""
    /// Where the data came from.
    public var sourceFile: String = ""
    /// Where each field was written in the source file, by field path (`budget.income.total`).
    public var sourceLocations = SourceLocations()
    /// What reading the file found in its text (characters left out of it), reported by `check` with the
    /// figures' findings.
    public var readingFindings: [Finding] = []
    /// Every text the file holds (its own or from its exports), with its field, in the order read: what
    /// checks of the text (placeholders, years, characters no font draws) look through.
    public var texts = FieldTexts()
}

/// One text of a department file and the field it was read from.
public struct FieldText: Hashable, Sendable {
    /// The field, e.g. `duties.offices[0].items[2]`.
    public var fieldPath: String
    /// For a cell of an export the field takes a table from, where the cell is.
    public var cell: ExportCell?
    public var text: String

    /// Where in the field, to begin a message with ("116.csv, line 3, column 1 (项目): "); "" for a field's
    /// own text. Made only when a message needs it: a large export has a million cells.
    public var detail: String { cell.map { "\($0): " } ?? "" }
}

/// A cell of an export, as a message names it.
public struct ExportCell: Hashable, Sendable, CustomStringConvertible {
    public var row: RowPlace
    /// The cell's 0-based column in the grid, if the table has the column.
    public var column: Int?
    /// The label it is found under.
    public var label: String

    public var description: String { column.map { row.cell(column: $0, label: label) } ?? row.description }
}

/// 部门: the publishing department.
public struct Department: Hashable, Sendable {
    /// 部门编码, e.g. "116".
    public var code: String = ""
    /// 部门名称.
    public var name: String = ""
    /// 部门简称; the full name when not given.
    public var shortName: String = ""
    /// A department (部门) or a single unit (单位).
    public var kind: DepartmentKind = .department
}

/// 部门职责及机构设置.
public struct Duties: Hashable, Sendable {
    public var offices: [Office] = []
    /// 内设机构.
    public var internalOrganization: String = ""
    /// 机构设置情况表.
    public var organization: [OrganizationRow] = []
}

/// A 科室 and its numbered duties.
public struct Office: Hashable, Sendable {
    /// The department's own numbering, overriding the layout's.
    public var label: String?
    /// Nil for a plain list of duties without office titles.
    public var title: String?
    public var items: [String] = []
}

/// A row of 机构设置情况表.
public struct OrganizationRow: Hashable, Sendable {
    /// 部门名称.
    public var name: String = ""
    /// 部门性质.
    public var nature: String = ""
    /// 部门规格.
    public var rank: String = ""
    /// 经费保障形式.
    public var funding: String = ""
}

/// One year's income and expenditure (收支预算).
public struct BudgetFigures: Hashable, Sendable {
    /// Absent for a previous year whose income split is not known.
    public var income: Income?
    public var expenditure: Expenditure = Expenditure()
}

/// 收入.
public struct Income: Hashable, Sendable {
    /// 一般公共预算收入.
    public var generalBudget: Decimal = 0
    /// 政府性基金预算收入.
    public var governmentFund: Decimal = 0
    /// 财政专户拨款收入.
    public var specialAccount: Decimal = 0
    /// 其他来源收入.
    public var other: Decimal = 0
    /// 收入合计 as stated in the data, if it was.
    public var statedTotal: Decimal?

    /// The sum of the sources.
    public var sumOfSources: Decimal { generalBudget + governmentFund + specialAccount + other }
    /// 收入合计: as stated, else the sum of the sources.
    public var total: Decimal { statedTotal ?? sumOfSources }
}

/// 基本支出.
public struct BasicExpenditure: Hashable, Sendable {
    /// 人员经费.
    public var personnel: Decimal?
    /// 日常公用经费.
    public var publicUse: Decimal?
    /// 基本支出 as stated, if it was.
    public var statedTotal: Decimal?

    /// 基本支出: as stated, else 人员经费 + 公用经费.
    public var total: Decimal { statedTotal ?? ((personnel ?? 0) + (publicUse ?? 0)) }
}

/// 支出.
public struct Expenditure: Hashable, Sendable {
    public var basic: BasicExpenditure = BasicExpenditure()
    /// 项目支出.
    public var project: Decimal = 0
    /// 支出合计 as stated, if it was.
    public var statedTotal: Decimal?

    /// 支出合计: as stated, else 基本支出 + 项目支出.
    public var total: Decimal { statedTotal ?? (basic.total + project) }
}

/// The department's own words around its figures.
public struct BudgetNotes: Hashable, Sendable {
    /// 总体情况.
    public var overview: String = ""
    /// 项目支出说明, e.g. 全部为工会事务支出.
    public var projectDescription: String = ""
    /// The department's own reasons for the change from last year (主要增减变化原因), if given.
    public var changeReason: String?
}

/// 机关运行经费.
public struct OperatingCosts: Hashable, Sendable {
    public var amount: Decimal = 0
    /// 主要用途.
    public var purpose: String = ""
    /// Last year's 机关运行经费, if given: the change can then be phrased.
    public var previousAmount: Decimal?
}

/// One year's 财政拨款"三公"经费.
public struct ThreePublicFigures: Hashable, Sendable {
    /// 因公出国（境）费.
    public var tripsAbroad: Decimal = 0
    /// 公务用车购置费.
    public var vehiclePurchase: Decimal = 0
    /// 公务用车运行维护费.
    public var vehicleOperation: Decimal = 0
    /// 公务接待费.
    public var reception: Decimal = 0

    /// 公务用车购置及运行维护费.
    public var vehicles: Decimal { vehiclePurchase + vehicleOperation }
    /// "三公"经费合计.
    public var total: Decimal { tripsAbroad + vehicles + reception }
}

/// 财政拨款"三公"经费 with trips and vehicles.
public struct ThreePublic: Hashable, Sendable {
    public var current: ThreePublicFigures = ThreePublicFigures()
    public var previous: ThreePublicFigures = ThreePublicFigures()
    /// 主要增减变化原因.
    public var reason: String = ""
    /// 因公出国（境）团组数.
    public var tripGroups: Int = 0
    /// 参加其他部门组织的因公出国（境）团组人次.
    public var tripPeople: Int = 0
    /// 本年购置公务用车（辆）.
    public var vehiclesPurchased: Int = 0
    /// 年末公务用车保有量（辆）.
    public var vehiclesHeld: Int = 0
    /// Trips by who organised them, if given.
    public var tripSplit: TripSplit?
    /// Reasons per item, if given.
    public var reasons = ThreePublicReasons()
}

/// 部门绩效预算信息.
public struct Performance: Hashable, Sendable {
    /// 总体绩效目标.
    public var overallGoal: String = ""
    /// 职责分类绩效目标说明.
    public var dutyGoalsIntro: String = ""
    /// 职责分类绩效目标.
    public var dutyGoals: [String] = []
    /// 部门职责-工作活动绩效目标.
    public var matrix: [PerformanceDuty] = []
    /// 保障措施.
    public var safeguards: [SafeguardGroup] = []
    /// 项目支出绩效目标 in the three-level form, if given.
    public var projects: [ProjectGoals] = []
}

/// A duty (职责) row of the performance matrix with its activities.
public struct PerformanceDuty: Hashable, Sendable {
    public var label: String?
    public var name: String = ""
    /// 年度预算数.
    public var budget: Decimal?
    /// 内容描述.
    public var description: String?
    /// 绩效目标.
    public var goal: String?
    public var activities: [PerformanceActivity] = []
}

/// A work activity (工作活动) of a duty.
public struct PerformanceActivity: Hashable, Sendable {
    public var label: String?
    public var name: String = ""
    /// 年度预算数.
    public var budget: Decimal?
    /// 内容描述.
    public var description: String?
    /// 绩效目标.
    public var goal: String?
    public var indicators: [PerformanceIndicator] = []
}

/// 评价标准: four graded values, or one for all grades.
public enum EvaluationStandard: Hashable, Sendable {
    /// 优, 良, 中, 差.
    case graded([String])
    case single(String)
}

/// 绩效指标.
public struct PerformanceIndicator: Hashable, Sendable {
    public var name: String = ""
    public var standard: EvaluationStandard = .single("")
}

/// A group of 保障措施.
public struct SafeguardGroup: Hashable, Sendable {
    public var label: String?
    /// Nil for a plain list of measures without a group title.
    public var title: String?
    public var items: [String] = []
}

/// 政府采购预算.
public struct Procurement: Hashable, Sendable {
    public var amount: Decimal = 0
    /// 上年政府采购预算, if given: the layout then phrases the change.
    public var previousAmount: Decimal?
    /// 货物 / 工程 / 服务, if given.
    public var byKind: ProcurementByKind?
    /// 集中 / 分散, if given.
    public var byOrganization: ProcurementByOrganization?
}

/// 国有资产信息.
public struct Assets: Hashable, Sendable {
    /// 上年末固定资产金额.
    public var fixedAssetsTotal: Decimal = 0
    /// 本年度拟购置固定资产总额.
    public var plannedPurchases: Decimal = 0
    /// 资产表标题.
    public var tableTitle: String = ""
    /// 编制单位.
    public var preparedBy: String = ""
    /// 截止时间.
    public var asOf: String = ""
    public var rows: [AssetRow] = []
    /// The department holds no fixed assets (本单位无固定资产): its table prints empty with a note saying so,
    /// which is a state of its own, not an omission.
    public var noFixedAssets: Bool = false
}

/// A row of the fixed-asset table.
public struct AssetRow: Hashable, Sendable {
    /// 项目.
    public var item: String = ""
    /// 数量, as printed.
    public var quantity: String?
    /// 价值; nil prints blank.
    public var value: Decimal?
}

/// 名词解释.
public struct GlossaryEntry: Hashable, Sendable {
    public var term: String = ""
    public var definition: String = ""
}
