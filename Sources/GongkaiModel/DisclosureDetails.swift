import Foundation

// The optional details real disclosures give beyond the core figures: what the department is, last
// year's 机关运行经费, the procurement split, trips by who organised them, the department's own reasons,
// tables of its own and notes under tables.

/// Whether the publisher is a department with subordinate units or a single unit: its boilerplate says
/// 部门 or 单位 accordingly.
public enum DepartmentKind: String, Hashable, Sendable, CaseIterable {
    /// 部门: a department, possibly with subordinate units (the default).
    case department
    /// 单位: a single unit (a school, a hospital, an institute).
    case unit

    /// The word its boilerplate uses for it: 部门 or 单位.
    public var word: String {
        switch self {
        case .department: "部门"
        case .unit: "单位"
        }
    }
}

/// 政府采购预算 by kind of purchase (货物 / 工程 / 服务), each in 万元.
public struct ProcurementByKind: Hashable, Sendable {
    /// 货物类.
    public var goods: Decimal = 0
    /// 工程类.
    public var works: Decimal = 0
    /// 服务类.
    public var services: Decimal = 0

    public var total: Decimal { goods + works + services }
}

/// 政府采购预算 by how it is bought (集中采购 / 分散采购), each in 万元.
public struct ProcurementByOrganization: Hashable, Sendable {
    /// 政府集中采购.
    public var centralized: Decimal = 0
    /// 分散采购.
    public var decentralized: Decimal = 0

    public var total: Decimal { centralized + decentralized }
}

/// 因公出国（境）团组 split into those the department organises and those of other departments it joins.
public struct TripSplit: Hashable, Sendable {
    /// 本部门组织的团组数.
    public var ownGroups: Int = 0
    /// 本部门组织的团组人次.
    public var ownPeople: Int = 0
    /// 参加其他部门组织的团组数.
    public var joinedGroups: Int = 0
    /// 参加其他部门组织的团组人次.
    public var joinedPeople: Int = 0
}

/// The department's own reasons for the change of each "三公" item (主要增减变化原因), after the computed phrase.
public struct ThreePublicReasons: Hashable, Sendable {
    /// 因公出国（境）费.
    public var tripsAbroad: String?
    /// 公务用车购置及运行维护费.
    public var vehicles: String?
    /// 公务接待费.
    public var reception: String?
}

/// A table of the department's own (e.g. a list of its information systems), printed at the section the
/// layout names. Its cells are literal text.
public struct CustomTable: Hashable, Sendable {
    /// The section it belongs to, as the layout's anchors name them (e.g. "九").
    public var section: String = ""
    /// The caption above it.
    public var title: String = ""
    /// Header rows, top to bottom (a cell equal to its left neighbour in an upper row spans both).
    public var header: [[String]] = []
    public var rows: [[String]] = []
    /// Notes printed under it.
    public var notes: [String] = []

    /// How many columns it has: the widest of its rows.
    public var columnCount: Int { (header + rows).map(\.count).max() ?? 0 }
}
