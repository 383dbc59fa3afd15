extension DisclosureValidator {
    /// What follows "<year>年" when the year labels a budget or its figures: "2022年预算", "2022年“三公”经费".
    /// "<year>年度" labels a year's budget, plan or work whatever follows. A year that dates something else
    /// ("成立于2015年", an edition "（2022年版）", "2022年12月31日") is no label.
    static let budgetWords = [
        "预算", "部门预算", "部门收支", "收支", "收入", "支出", "财政拨款", "“三公”", "\"三公\"", "三公", "机关运行", "政府采购",
        "绩效",
    ].map { Array($0.unicodeScalars) }

    /// Four-digit years 2000–2099 that label a year's budget (see `budgetWords`, and a layout's own
    /// `year_label_words`), not part of a longer number.
    static func budgetYears(in text: String, moreWords: [[Unicode.Scalar]] = []) -> [Int] {
        // Most texts have no "年" at all (every text of a department is looked at): found by its bytes first.
        guard Self.containsYearCharacter(text) else { return [] }
        let budgetWords = Self.budgetWords + moreWords
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        func skippingSpaces(from index: Int) -> Int { scalars[index...].firstIndex { $0 != " " } ?? scalars.count }
        var result: [Int] = []
        var index = 0
        while index + 4 <= scalars.count {
            // "20" first: the Unicode properties looked up below cost more than the rest.
            guard scalars[index] == "2", scalars[index + 1] == "0" else {
                index += 1
                continue
            }
            let digits = scalars[index..<(index + 4)]
            let followsNumber = index > 0 && (isDigit(scalars[index - 1]) || scalars[index - 1].properties.numericType != nil)
            var after = skippingSpaces(from: index + 4)
            guard digits.allSatisfy(isDigit), !followsNumber, after < scalars.count, scalars[after] == "年" else {
                index += 1
                continue
            }
            after = skippingSpaces(from: after + 1)
            let rest = scalars[after...]
            if rest.first == "度" || budgetWords.contains(where: { rest.starts(with: $0) }) {
                result.append(digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) })
            }
            index += 4
        }
        return result
    }

    /// Whether `text` has a "年" (UTF-8 E5 B9 B4).
    private static func containsYearCharacter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for index in 0..<(bytes.count - 2) where bytes[index] == 0xE5 && bytes[index + 1] == 0xB9 && bytes[index + 2] == 0xB4 {
                return true
            }
            return false
        }
    }
}
