/// The words a table header may break between and never inside ("一般公共预算拨款" breaks as 一般 公共 预算
/// 拨款, never "一般公共预│算拨款"). No dictionary covers Chinese at large; a header's vocabulary is small.
public struct WordList: Hashable, Sendable {
    /// The words, longest first (so that "预算数" wins over "预算").
    public private(set) var words: [String]
    /// The words as characters, by their first character, longest first: the only ones that can start at a
    /// given character.
    private var wordsByFirst: [Character: [[Character]]] = [:]

    /// - Parameter words: in any order; empty strings are ignored.
    public init(_ words: [String]) {
        self.words = words.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        for word in self.words {
            let characters = Array(word)
            if let first = characters.first { wordsByFirst[first, default: []].append(characters) }
        }
    }

    public static func == (left: WordList, right: WordList) -> Bool { left.words == right.words }

    public func hash(into hasher: inout Hasher) { hasher.combine(words) }

    /// No words: headers break as any text does.
    public static let none = WordList([])

    /// The words of budget tables' headers (部门预算公开表 and the tables of the text).
    public static let budgetTerms = WordList([
        "一般", "公共", "预算", "预算数", "拨款", "政府性", "基金", "国有", "资本", "经营", "财政", "专户", "管理", "资金",
        "上年", "本年", "年度", "结转", "结余", "单位", "合计", "小计", "总计", "基本", "项目", "支出", "收入", "科目",
        "编码", "名称", "人员", "经费", "公用", "因公", "出国", "公务", "接待费", "用车", "购置费", "运行费", "购置", "运行",
        "部门", "性质", "规格", "保障", "形式", "绩效", "指标", "目标", "内容", "描述", "职责", "活动", "评价", "标准",
        "数量", "价值", "金额", "万元", "事业", "上缴", "上级", "补助", "附属", "下级", "其他", "对个人", "家庭", "工资",
        "福利", "商品", "服务", "机关", "资产", "三公", "政府", "采购", "预算表",
    ])

    /// `text` with a zero width space (U+200B) between its words, reading the longest word of the list at
    /// each position and any other character as a word of its own; unchanged when no word of the list
    /// occurs in it.
    ///
    /// Words are looked up by the character they start with; the text is read once. (Until any word is
    /// found, every position is tried, so no word found means none occurs.)
    public func marked(_ text: String) -> String {
        guard !wordsByFirst.isEmpty else { return text }
        let characters = Array(text)
        var pieces: [String] = []
        var found = false
        var index = 0
        while index < characters.count {
            let rest = characters[index...]
            if let word = wordsByFirst[characters[index]]?.first(where: { rest.starts(with: $0) }) {
                pieces.append(String(word))
                index += word.count
                found = true
            } else {
                pieces.append(String(characters[index]))
                index += 1
            }
        }
        return found ? pieces.joined(separator: "\u{200B}") : text
    }
}
