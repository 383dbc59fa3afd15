/// The words a table header may break between and never inside ("一般公共预算拨款" breaks as 一般 公共 预算
/// 拨款, never "一般公共预│算拨款"). No dictionary covers Chinese at large; a header's vocabulary is small.
public struct WordList: Hashable, Sendable {
    /// The words, longest first (so that "预算数" wins over "预算").
    public private(set) var words: [String]
    /// The words as characters, by their first character, longest first: the only ones that can start at a
    /// given character.
    private var wordsByFirst: [Character: [[Character]]] = [:]
    /// The same by Unicode scalar values, when every word is made of simple scalars (`isSimple`); else
    /// empty, and texts are marked by characters only.
    private var scalarWordsByFirst: [UInt32: [[UInt32]]] = [:]

    /// - Parameter words: in any order; empty strings are ignored.
    public init(_ words: [String]) {
        self.words = words.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        for word in self.words {
            let characters = Array(word)
            if let first = characters.first { wordsByFirst[first, default: []].append(characters) }
        }
        let scalarWords = self.words.map { $0.unicodeScalars.map(\.value) }
        if scalarWords.allSatisfy({ $0.allSatisfy(Self.isSimple) }) {
            for word in scalarWords { scalarWordsByFirst[word[0], default: []].append(word) }
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
        if !scalarWordsByFirst.isEmpty, let marked = markedByScalars(text) { return marked }
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

    /// `marked(_:)` for a text of simple scalars only (nil for any other), without `Character`'s
    /// grapheme breaking and normalising comparisons: there each scalar is a character, and two such
    /// characters are equal exactly when their scalars are.
    private func markedByScalars(_ text: String) -> String? {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard Self.isSimple(scalar.value) else { return nil }
            scalars.append(scalar.value)
        }
        var marked = String.UnicodeScalarView()
        var found = false
        var index = 0
        while index < scalars.count {
            if index > 0 { marked.append("\u{200B}") }
            let length = scalarWordsByFirst[scalars[index]]?.first { word in
                word.count <= scalars.count - index && scalars[index..<(index + word.count)].elementsEqual(word)
            }?.count
            if let length { found = true }
            for offset in 0..<(length ?? 1) { marked.append(Unicode.Scalar(scalars[index + offset])!) }
            index += length ?? 1
        }
        return found ? String(marked) : text
    }

    /// Scalars that are a character of their own beside one another (grapheme cluster break property
    /// Other) and have no canonical decomposition: printable ASCII, CJK punctuation and ideographs,
    /// general punctuation, full-width forms.
    private static func isSimple(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20...0x7E, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x2010...0x2027, 0xFF01...0xFF5E: true
        default: false
        }
    }
}
