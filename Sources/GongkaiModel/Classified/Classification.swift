import GongkaiMessages

/// A classification of government spending (政府收支分类): the codes that name a budget line.
public enum Classification: String, Hashable, Sendable, CaseIterable {
    /// 支出功能分类: 类 (3 digits), 款 (5), 项 (7), e.g. 201 › 20129 › 2012901.
    case function
    /// 支出经济分类: 类 (3 digits), 款 (5), e.g. 301 › 30101.
    case economic

    /// The code length of each level, top first.
    public var codeLengths: [Int] {
        switch self {
        case .function: [3, 5, 7]
        case .economic: [3, 5]
        }
    }

    /// The Chinese names of the levels (类, 款, 项), for messages and headers.
    public var levelNames: [String] {
        switch self {
        case .function: ["类", "款", "项"]
        case .economic: ["类", "款"]
        }
    }

    /// 支出功能分类 or 支出经济分类.
    public var chineseName: String {
        switch self {
        case .function: "支出功能分类"
        case .economic: "支出经济分类"
        }
    }

    /// The level of a code (1 for 类), or nil if it is not a code of this classification.
    public func level(of code: String) -> Int? {
        guard code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let index = codeLengths.firstIndex(of: code.utf8.count) else {
            return nil
        }
        return index + 1
    }

    /// The code of the level above (20129 for 2012901), or nil for a 类.
    public func parent(of code: String) -> String? {
        guard let level = level(of: code), level > 1 else { return nil }
        return String(code.prefix(codeLengths[level - 2]))
    }

    /// The message for `code` when it is not a code of this classification.
    public func notACode(_ code: String) -> String { notACodeText(code).english }

    /// That `code` is not a code of this classification, in each language.
    public func notACodeText(_ code: String) -> LocalizedText {
        let shape = zip(levelNames, codeLengths).map { "\($1) 位为\($0)" }.joined(separator: "，")
        return LocalizedText("\"\(code)\" is not a \(chineseName) code (\(codeShape))", zh: "\"\(code)\" 不是\(chineseName)科目编码（\(shape)）")
    }

    /// What a code of this classification looks like, for messages.
    public var codeShape: String {
        zip(levelNames, codeLengths).map { "\($1) digits for \($0)" }.joined(separator: ", ")
    }
}
