import GongkaiMessages

/// The catalogue of what `DisclosureValidator` finds, in English and Chinese, from typed arguments (amounts
/// as printed, with two decimals).
enum FindingMessages {
    static func statedTotal(_ stated: String, parts: String, sum: String) -> LocalizedText {
        LocalizedText(
            "\(stated) is stated, but \(parts.isEmpty ? "its sources" : parts) make \(sum)",
            zh: "填报 \(stated)，但\(parts.isEmpty ? "各项收入" : parts)合计为 \(sum)")
    }
    static func incomeAndExpenditureDiffer(income: String, expenditure: String) -> LocalizedText {
        LocalizedText(
            "income \(income) and expenditure \(expenditure) differ", zh: "收入 \(income) 与支出 \(expenditure) 不相等")
    }
    static func vehiclesBoughtWithoutCost(_ count: Int) -> LocalizedText {
        LocalizedText(
            "\(count) vehicles are bought this year, but 公务用车购置费 is 0", zh: "本年购置公务用车 \(count) 辆，但公务用车购置费为 0")
    }
    static func costWithoutVehicleBought(_ amount: String) -> LocalizedText {
        LocalizedText("公务用车购置费 is \(amount), but no vehicle is bought", zh: "公务用车购置费为 \(amount)，但未购置公务用车")
    }
    static func operationWithoutVehicle(_ amount: String) -> LocalizedText {
        LocalizedText("公务用车运行维护费 is \(amount), but no vehicle is held", zh: "公务用车运行维护费为 \(amount)，但没有公务用车")
    }
    static func tripsCostWithoutTrip(_ amount: String) -> LocalizedText {
        LocalizedText("因公出国（境）费 is \(amount), but no trip is planned", zh: "因公出国（境）费为 \(amount)，但未安排出国（境）")
    }
    static func operatingCostsExceedPublic(_ amount: String, publicUse: String) -> LocalizedText {
        LocalizedText(
            "机关运行经费 \(amount) exceeds 日常公用经费 \(publicUse)", zh: "机关运行经费 \(amount) 超过日常公用经费 \(publicUse)")
    }
    static func matrixBudgets(_ sum: String, project: String) -> LocalizedText {
        LocalizedText(
            "the 年度预算数 of the matrix add up to \(sum), but 项目支出 (budget.expenditure.project) is \(project)",
            zh: "绩效目标表的年度预算数合计 \(sum)，但项目支出（budget.expenditure.project）为 \(project)")
    }
    static func negative(_ amount: String) -> LocalizedText { LocalizedText("\(amount) is negative", zh: "\(amount) 为负数") }
    static let sectionPrintsEmpty = LocalizedText(
        "is empty: the section will print without content", zh: "为空：该部分将没有内容")
    static let isEmpty = LocalizedText("is empty", zh: "为空")
    static func placeholder(_ mark: String, detail: String) -> LocalizedText {
        LocalizedText("\(detail)contains the placeholder \"\(mark)\"", zh: "\(detail)含有占位符“\(mark)”，尚待填写")
    }
    static func yearLabel(_ found: Int, year: Int, detail: String) -> LocalizedText {
        LocalizedText(
            "\(detail)mentions \(found)年 as a budget's year; the budget year is \(year) (上年 \(year - 1))",
            zh: "\(detail)提到 \(found)年 作为预算年度；本预算年度为 \(year)（上年 \(year - 1)）")
    }
    static func noBudgetTables(codeLists: String) -> LocalizedText {
        LocalizedText(
            "is not given: the standard tables will print with zeros (code lists: \(codeLists))",
            zh: "未填写：公开表将全部为零（科目代码表：\(codeLists)）")
    }
}
