import Foundation
import GongkaiMessages

// The fields of 部门绩效预算信息 (`performance`): the goals, the duty–activity matrix, the safeguards and the
// projects' three-level targets.

extension Performance: DataRecord {
    static let dataFields: [DataField<Performance>] = [
        .text("overall_goal", \.overallGoal, label: "总体绩效目标", doc: ""),
        .text("duty_goals_intro", \.dutyGoalsIntro, label: "职责分类绩效目标说明", doc: ""),
        .texts("duty_goals", \.dutyGoals, label: "职责分类绩效目标", doc: "numbered by the layout"),
        .list("matrix", \.matrix, label: "部门职责-工作活动绩效目标", doc: "list of duties, or a table from an export") {
            try TableSource.read(
                $0, labels: TableMapping.matrixLabels, imported: TableMapping.performanceDuties, written: PerformanceDuty.init)
        },
        .list("safeguards", \.safeguards, optional: true, label: "保障措施", doc: "list of groups"),
        .list("projects", \.projects, optional: true, label: nil, doc: "项目支出绩效目标: list of projects"),
    ]
}

extension PerformanceDuty: DataRecord {
    static let dataFields: [DataField<PerformanceDuty>] = [
        .optionalText("label", \.label, label: nil, doc: "编号"),
        .text("name", \.name, label: "职责", doc: "e.g. 加强工会组织建设 (numbered 一、二、… by the layout)"),
        .optionalAmount("budget", \.budget, label: "年度预算数", doc: ""),
        .optionalText("description", \.description, label: "内容描述", doc: ""),
        .optionalText("goal", \.goal, label: "绩效目标", doc: ""),
        .list("activities", \.activities, optional: true, label: "工作活动", doc: "list of activities"),
    ]
}

extension PerformanceActivity: DataRecord {
    static let dataFields: [DataField<PerformanceActivity>] = [
        .optionalText("label", \.label, label: nil, doc: "编号"),
        .text("name", \.name, label: "工作活动", doc: "numbered 1、2、… by the layout"),
        .optionalAmount("budget", \.budget, label: "年度预算数", doc: "blank when the activity has none"),
        .optionalText("description", \.description, label: "内容描述", doc: ""),
        .optionalText("goal", \.goal, label: "绩效目标", doc: ""),
        .list("indicators", \.indicators, optional: true, label: "绩效指标", doc: "list of indicators"),
    ]
}

extension PerformanceIndicator: DataRecord {
    // `grades` and `standard` are one field of two spellings: read together, after `name`.
    static let dataFields: [DataField<PerformanceIndicator>] = [
        .text("name", \.name, label: "绩效指标", doc: ""),
        DataField(
            FieldInfo(key: "grades", kind: .list(.text), label: "评价标准", doc: "优/良/中/差: exactly 4 strings", optional: true, role: .data),
            read: nil,
            value: { if case .graded(let grades) = $0.standard { .list(grades.map(TemplateValue.text)) } else { nil } }),
        DataField(
            FieldInfo(key: "standard", kind: .text, label: "评价标准", doc: "one value for all grades (instead of `grades`)", optional: true, role: .data),
            read: nil,
            value: { if case .single(let standard) = $0.standard { .text(standard) } else { nil } }),
    ]

    mutating func validate(_ r: NodeReader) throws {
        let grades = try r.optional("grades")
        let single = try r.optionalText("standard")
        switch (grades, single) {
        case (let grades?, nil):
            let values = try grades.elements().map { try $0.text() }
            guard values.count == 4 else {
                throw grades.error(.invalidValue, ModelMessages.fourGrades(values.count))
            }
            standard = .graded(values)
        case (nil, let single?):
            standard = .single(single)
        case (.some, .some):
            throw r.error(.invalidValue, ModelMessages.gradesOrStandard)
        case (nil, nil):
            throw r.error(.missingField, ModelMessages.missingGrades, path: r.path + ".grades")
        }
    }
}

extension SafeguardGroup: DataRecord {
    static let dataFields: [DataField<SafeguardGroup>] = [
        .optionalText("label", \.label, label: nil, doc: "编号, e.g. `\"(一) \"`"),
        .optionalText("title", \.title, label: "保障措施标题", doc: "left out: the items print as a plain numbered list"),
        .texts("items", \.items, label: "措施", doc: "numbered `1. ` by the layout"),
    ]
}

extension ProjectGoals: DataRecord {
    static let dataFields: [DataField<ProjectGoals>] = [
        .text("name", \.name, label: nil, doc: "项目名称"),
        .optionalAmount("amount", \.amount, label: nil, doc: "项目资金"),
        .optionalText("goal", \.goal, label: nil, doc: "年度绩效目标"),
        .list("indicators", \.indicators, label: nil, doc: "绩效指标: list"),
    ]
}

extension ThreeLevelIndicator: DataRecord {
    static let dataFields: [DataField<ThreeLevelIndicator>] = [
        .text("level1", \.level1, label: nil, doc: "一级指标"),
        .text("level2", \.level2, label: nil, doc: "二级指标"),
        .text("level3", \.level3, label: nil, doc: "三级指标"),
        .text("value", \.value, label: nil, doc: "指标值: a number (`\"735\"`) or a text (`\"持续改善\"`), printed as written"),
        .optionalText("unit", \.unit, label: nil, doc: "度量单位 (人次, %)"),
        .optionalText("nature", \.nature, label: nil, doc: "指标性质 (≥, ≤, =, 定性)"),
    ]
}
