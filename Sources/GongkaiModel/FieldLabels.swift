import GongkaiMessages

/// The name a reader of a disclosure knows each data field by (一般公共预算收入 for `income.general_budget`),
/// declared once, as in docs/data-format.md: messages in Chinese name a field by its key and this label.
public enum FieldLabels {
    /// The label of a field path (`budget.income.general_budget`, `performance.matrix[2].activities[0].name`),
    /// with 本年 or 上年 in front where the path is one year's of two; nil for a path without a label.
    public static func label(of path: String) -> String? {
        let key = withoutIndices(path)
        if let label = labels[key] { return label }
        for (prefix, year) in [("budget.", ""), ("previous_budget.", "上年"), ("three_public.current.", "本年"), ("three_public.previous.", "上年")]
        where key.hasPrefix(prefix) {
            let rest = String(key.dropFirst(prefix.count))
            if let label = (prefix.hasPrefix("three_public") ? threePublicFigures : figures)[rest] { return year + label }
        }
        return nil
    }

    /// The path as messages name it: in Chinese followed by its label, `budget.income.general_budget（一般公共预算收入）`.
    public static func named(_ path: String, in language: Language) -> String {
        guard language == .chinese, let label = label(of: path) else { return path }
        return "\(path)（\(label)）"
    }

    /// The path with list indices and export places (`[2]`, `[116.xlsx, sheet “…”, row 7]`) left out.
    static func withoutIndices(_ path: String) -> String {
        var result = ""
        var depth = 0
        for character in path {
            if character == "[" { depth += 1 } else if character == "]" { depth = max(0, depth - 1) } else if depth == 0 { result.append(character) }
        }
        return result
    }

    /// One year's figures (`budget`, `previous_budget`).
    static let figures: [String: String] = [
        "income": "收入", "income.general_budget": "一般公共预算收入", "income.government_fund": "政府性基金预算收入",
        "income.special_account": "财政专户拨款收入", "income.other": "其他来源收入", "income.total": "收入合计",
        "expenditure": "支出", "expenditure.basic": "基本支出", "expenditure.basic.personnel": "人员经费",
        "expenditure.basic.public": "日常公用经费", "expenditure.basic.total": "基本支出", "expenditure.project": "项目支出",
        "expenditure.total": "支出合计",
    ]

    /// One year's "三公" figures (`three_public.current`, `three_public.previous`).
    static let threePublicFigures: [String: String] = [
        "trips_abroad": "因公出国（境）费", "vehicles.purchase": "公务用车购置费", "vehicles.operation": "公务用车运行维护费",
        "reception": "公务接待费",
    ]

    static let labels: [String: String] = [
        "department": "部门", "department.code": "部门编码", "department.name": "部门名称", "department.short_name": "部门简称",
        "department.kind": "部门 / 单位", "year": "预算年度", "duties": "部门职责及机构设置", "budget": "本年预算",
        "previous_budget": "上年预算", "budget_notes": "预算说明", "operating_costs": "机关运行经费", "three_public": "“三公”经费",
        "performance": "部门绩效预算信息", "procurement": "政府采购预算", "assets": "国有资产信息", "glossary": "名词解释",
        "budget_tables": "部门预算公开表", "other_matters": "其他需要说明的事项", "custom_tables": "本部门自有表格", "table_notes": "表注",
        "duties.offices": "各科室职责", "duties.offices.label": "编号", "duties.offices.title": "科室职责标题",
        "duties.offices.items": "职责条目", "duties.internal_organization": "内设机构", "duties.organization": "机构设置情况表",
        "duties.organization.name": "部门名称", "duties.organization.nature": "部门性质", "duties.organization.rank": "部门规格",
        "duties.organization.funding": "经费保障形式",
        "budget_notes.overview": "总体情况", "budget_notes.project_description": "项目支出说明",
        "budget_notes.change_reason": "主要增减变化原因",
        "operating_costs.amount": "机关运行经费", "operating_costs.purpose": "机关运行经费主要用途",
        "operating_costs.previous_amount": "上年机关运行经费",
        "three_public.current": "本年“三公”经费", "three_public.previous": "上年“三公”经费", "three_public.reason": "“三公”经费增减变化原因",
        "three_public.trips.groups": "因公出国（境）团组数", "three_public.trips.people": "因公出国（境）人次",
        "three_public.vehicles.purchased": "本年购置公务用车（辆）", "three_public.vehicles.held": "年末公务用车保有量（辆）",
        "performance.overall_goal": "总体绩效目标", "performance.duty_goals_intro": "职责分类绩效目标说明",
        "performance.duty_goals": "职责分类绩效目标", "performance.matrix": "部门职责-工作活动绩效目标",
        "performance.matrix.name": "职责", "performance.matrix.budget": "年度预算数", "performance.matrix.description": "内容描述",
        "performance.matrix.goal": "绩效目标", "performance.matrix.activities": "工作活动",
        "performance.matrix.activities.name": "工作活动", "performance.matrix.activities.budget": "年度预算数",
        "performance.matrix.activities.description": "内容描述", "performance.matrix.activities.goal": "绩效目标",
        "performance.matrix.activities.indicators": "绩效指标", "performance.matrix.activities.indicators.name": "绩效指标",
        "performance.matrix.activities.indicators.grades": "评价标准", "performance.matrix.activities.indicators.standard": "评价标准",
        "performance.safeguards": "保障措施", "performance.safeguards.title": "保障措施标题", "performance.safeguards.items": "措施",
        "procurement.amount": "政府采购预算", "procurement.previous_amount": "上年政府采购预算",
        "assets.fixed_assets_total": "上年末固定资产金额", "assets.planned_purchases": "本年度拟购置固定资产总额",
        "assets.table_title": "资产表标题", "assets.prepared_by": "编制单位", "assets.as_of": "截止时间", "assets.rows": "资产明细",
        "assets.rows.item": "项目", "assets.rows.quantity": "数量", "assets.rows.value": "价值",
        "glossary.term": "名词", "glossary.definition": "解释",
        "budget_tables.note": "公开表注", "budget_tables.function": "支出功能分类明细", "budget_tables.economic": "支出经济分类明细",
        "budget_tables.function.code": "科目编码", "budget_tables.economic.code": "科目编码",
    ]
}
