import Foundation

/// A project's performance targets in the national three-level form (项目支出绩效目标表): 一级指标 /
/// 二级指标 / 三级指标 / 指标值, with an optional 度量单位 and 指标性质.
public struct ProjectGoals: Hashable, Sendable {
    /// 项目名称.
    public var name: String = ""
    /// 项目资金 (万元), if given.
    public var amount: Decimal?
    /// 年度绩效目标, if given.
    public var goal: String?
    public var indicators: [ThreeLevelIndicator] = []
}

/// One row of a three-level indicator table.
public struct ThreeLevelIndicator: Hashable, Sendable {
    /// 一级指标 (产出指标, 效益指标, 满意度指标 …).
    public var level1: String = ""
    /// 二级指标 (数量指标, 质量指标, 时效指标 …).
    public var level2: String = ""
    /// 三级指标.
    public var level3: String = ""
    /// 指标值, as written: a number (735, 98.5) or a text (持续改善).
    public var value: String = ""
    /// 度量单位 (人次, %), if given.
    public var unit: String?
    /// 指标性质 (≥, ≤, =, 定性), if given.
    public var nature: String?
}
