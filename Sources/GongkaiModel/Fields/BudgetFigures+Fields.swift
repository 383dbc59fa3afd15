import GongkaiMessages

// The fields of one year's figures (`budget`, `previous_budget`), 预算说明 and 机关运行经费.

extension BudgetFigures: DataRecord {
    static let dataFields = fields(complete: true)

    /// `complete`: this year's figures need every part; last year's may give only totals.
    static func fields(complete: Bool) -> [DataField<BudgetFigures>] {
        [
            .optionalRecord("income", \.income, required: complete, label: "收入", doc: "income by source"),
            .record("expenditure", \.expenditure, fields: Expenditure.fields(complete: complete), label: "支出", doc: "expenditure"),
        ]
    }
}

extension Income: DataRecord {
    static let dataFields: [DataField<Income>] = [
        .amount("general_budget", \.generalBudget, label: "一般公共预算收入", doc: ""),
        .amount("government_fund", \.governmentFund, label: "政府性基金预算收入", doc: ""),
        .amount("special_account", \.specialAccount, label: "财政专户拨款收入", doc: ""),
        .amount("other", \.other, label: "其他来源收入", doc: ""),
        .statedTotal("total", \.statedTotal, shown: \.total, label: "收入合计", doc: "computed as the sum; if given, validation checks it"),
    ]
}

extension Expenditure: DataRecord {
    static let dataFields = fields(complete: true)

    static func fields(complete: Bool) -> [DataField<Expenditure>] {
        [
            .record("basic", \.basic, fields: BasicExpenditure.fields(complete: complete), label: "基本支出", doc: "basic expenditure"),
            .amount("project", \.project, label: "项目支出", doc: ""),
            .statedTotal("total", \.statedTotal, shown: \.total, label: "支出合计", doc: "computed; validation checks it if given"),
        ]
    }
}

extension BasicExpenditure: DataRecord {
    static let dataFields = fields(complete: true)

    static func fields(complete: Bool) -> [DataField<BasicExpenditure>] {
        [
            .optionalAmount("personnel", \.personnel, required: complete, label: "人员经费", doc: ""),
            .optionalAmount("public", \.publicUse, required: complete, label: "日常公用经费", doc: ""),
            .statedTotal("total", \.statedTotal, shown: \.total, label: "基本支出", doc: "computed; validation checks it if given"),
        ]
    }

    mutating func validate(_ r: NodeReader) throws {
        if personnel == nil || publicUse == nil, statedTotal == nil {
            throw r.error(.missingField, ModelMessages.basicTotalOrParts, path: r.path + ".total")
        }
    }
}

extension BudgetNotes: DataRecord {
    static let dataFields: [DataField<BudgetNotes>] = [
        .text("overview", \.overview, label: "总体情况", doc: "the paragraph under 二、"),
        .text("project_description", \.projectDescription, label: "项目支出说明", doc: "e.g. 全部为工会事务支出"),
        .optionalText("change_reason", \.changeReason, label: "主要增减变化原因", doc: "printed after the computed change of 二、3"),
    ]
}

extension OperatingCosts: DataRecord {
    static let dataFields: [DataField<OperatingCosts>] = [
        .amount("amount", \.amount, label: "机关运行经费", doc: ""),
        .text("purpose", \.purpose, label: "机关运行经费主要用途", doc: "e.g. 办公费、邮电费、差旅费… (the list of uses)"),
        .optionalAmount(
            "previous_amount", \.previousAmount, label: "上年机关运行经费",
            doc: "the layout then phrases the change (比上年增加/减少 …，增长/下降 …%)"),
    ]
}
