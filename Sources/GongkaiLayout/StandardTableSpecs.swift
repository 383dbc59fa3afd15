import GongkaiDocument
import GongkaiModel

/// A standard table by classification code (部门支出总表, 一般公共预算支出表, …): label columns (code, name)
/// and amount columns, each amount the sum of the classified lines that match the table's, the column's
/// and the row's filters.
public struct ClassifiedTableSpec: Sendable {
    public enum Value: Sendable {
        /// The code; with a level, only that level's digits (类 201, 款 29, 项 01) for split code columns.
        case code(level: Int?)
        /// The code's name, indented by level.
        case name
        /// The money of the row matching the filter.
        case amount(LineFilter)
    }

    public struct Column: Sendable {
        public var header: String
        /// A header over this and the neighbouring columns with the same group.
        public var group: String?
        public var width: ColumnWidth
        public var alignment: TextAlignment
        public var decimal: Bool
        public var value: Value
    }

    public var classification: Classification
    /// Which money the whole table shows (e.g. only 一般公共预算).
    public var filter: LineFilter
    public var columns: [Column]
    /// The label of the total row above the codes (合计); none if nil.
    public var totalLabel: String?
    /// Indentation of a name per level below 类, in points.
    public var indentPerLevel: Double
    /// The deepest level shown (1 for 类 only); all if nil.
    public var maxLevel: Int?
}

/// A standard table of two blocks side by side (部门收支总表, 财政拨款收支总表): income rows on the left,
/// expenditure rows on the right, and total rows paired at the bottom.
public struct BalanceTableSpec: Sendable {
    public struct AmountColumn: Sendable {
        public var header: String
        public var width: ColumnWidth
        public var filter: LineFilter
    }

    public enum Row: Sendable {
        /// A labelled row; its amounts match `filter`, or are zero when it has none (e.g. 结转下年).
        case line(label: Template, filter: LineFilter?)
        /// A labelled row of amounts the data states, one field per column (年初结转和结余): figures that no
        /// classified line holds.
        case stated(label: Template, values: [[Substring]])
        /// One row per 类 of the classification: every 类 of the code list, or only those with money.
        case classes(all: Bool, numbering: Template?)
        /// The sum of the body rows (`rows`) or of every row above that is not itself a sum (`all`).
        case sum(label: Template, includesTotals: Bool)
    }

    public struct Side: Sendable {
        /// 收入 or 支出, over the side's columns.
        public var header: String
        /// The header of the label column (项目).
        public var labelHeader: String
        public var labelWidth: ColumnWidth
        public var columns: [AmountColumn]
        public var rows: [Row]
        public var totals: [Row]
    }

    public var classification: Classification
    public var filter: LineFilter
    public var income: Side
    public var expenditure: Side
}
