/// The units a number is never separated from at a line break: "273.87万元", "3次", "98%", "2023年".
/// A number here is its sign (<>≤≥±+-−), its digits, thousands separators and decimal point; the unit is
/// the longest of these that follows it directly.
public struct NumberUnits: Hashable, Sendable {
    /// The units, longest first (so that "万元" wins over "万", "人次" over "人").
    public private(set) var units: [String]
    /// Each unit's Unicode scalars, in the order of `units`: worked out once, not for every text set.
    public private(set) var unitScalars: [[UInt32]]

    /// - Parameter units: in any order; empty strings are ignored.
    public init(_ units: [String]) {
        self.units = units.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        unitScalars = self.units.map { $0.unicodeScalars.map(\.value) }
    }

    public static func == (left: NumberUnits, right: NumberUnits) -> Bool { left.units == right.units }

    public func hash(into hasher: inout Hasher) { hasher.combine(units) }

    /// The units of budget disclosures: money, rates, counts of people, times, things and places, and dates.
    public static let standard = NumberUnits([
        "万元", "亿元", "千元", "元", "%", "‰", "人次", "人", "次", "个", "辆", "家", "台", "套", "项", "所", "名", "户",
        "天", "小时", "年", "月", "日", "平方米", "公里", "倍", "件", "场", "期", "批", "处", "篇", "条", "份", "座",
        "张", "本", "册", "亩", "岁", "周", "万", "亿",
    ])
}
