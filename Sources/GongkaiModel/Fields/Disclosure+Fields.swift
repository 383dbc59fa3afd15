import Foundation
import GongkaiMessages

// The top-level fields of a department file (docs/data-format.md, "Top level"); each section's own fields
// are declared with its type in this folder.

extension Disclosure: DataRecord {
    static let dataFields: [DataField<Disclosure>] = [
        .record("department", \.department, label: "部门", doc: "the publishing department"),
        .integer("year", \.year, label: "预算年度", doc: "the budget year; 上年 is `year - 1`") { year, node in
            guard (1949...2200).contains(year) else { throw node.error(.invalidValue, ModelMessages.implausibleYear(year)) }
        },
        .computed("previous_year", .integer, doc: "`year - 1`") { .integer($0.year - 1) },
        .record("duties", \.duties, label: "部门职责及机构设置", doc: "see below"),
        .record("budget", \.budget, label: "本年预算", doc: "this year's figures"),
        .record(
            "previous_budget", \.previousBudget, fields: BudgetFigures.fields(complete: false), label: "上年预算",
            labelPrefix: "上年", doc: "last year's figures, same shape; changes are computed from the two"),
        .record("budget_notes", \.budgetNotes, label: "预算说明", doc: "the department's own words around the figures"),
        .record("operating_costs", \.operatingCosts, label: "机关运行经费", doc: ""),
        .record("three_public", \.threePublic, label: "“三公”经费", doc: ""),
        .record("performance", \.performance, label: "部门绩效预算信息", doc: ""),
        .record("procurement", \.procurement, label: "政府采购预算", doc: ""),
        .record("assets", \.assets, label: "国有资产信息", doc: ""),
        .list("glossary", \.glossary, label: "名词解释", doc: ""),
        DataField(
            FieldInfo(
                key: "budget_tables", kind: .record(BudgetTables.fieldInfos), label: "部门预算公开表",
                doc: "the classified lines of the standard tables (below)", optional: true, role: .data),
            read: { disclosure, r in disclosure.budgetTables = try r.optional("budget_tables").map(BudgetTables.init) },
            // The lines reach tables through their own builders; templates see the note and the code lists' year.
            value: { .record(["note": $0.budgetTables?.note.map(TemplateValue.text) ?? .absent, "code_list": .integer($0.codeListYear)]) }),
        .text("other_matters", \.otherMatters, label: "其他需要说明的事项", doc: ""),
        .list("custom_tables", \.customTables, optional: true, label: "本部门自有表格", doc: "tables of the department's own, each at a section (below)"),
        DataField(
            FieldInfo(
                key: "table_notes", kind: .byName(.text), label: "表注",
                doc: "a note printed under a table, by the table's name in the layout (below)", optional: true, role: .data),
            read: { disclosure, r in disclosure.tableNotes = try Self.tableNotes(r.optional("table_notes")) },
            value: { .record($0.tableNotes.mapValues(TemplateValue.text)) }),
        DataField(
            FieldInfo(
                key: "fields", kind: .layoutFields, label: nil,
                doc: "版式字段: the fields the layout declares for itself (`fields:` in layout.yaml, see docs/layouts.md), "
                    + "e.g. a 决算's 年初预算数 and 年末结转和结余. A key the layout does not declare, a missing required field "
                    + "or a wrong type is an error with file, line and field",
                optional: true, role: .dataOnly),
            read: { disclosure, r in
                if let node = try r.optional("fields"), case .mapping(_, let children) = try FieldNode(node).content {
                    disclosure.fields = children
                } else if let node = try r.optional("fields") {
                    throw node.error(.wrongType, "expected a mapping of the layout's fields")
                }
            },
            value: nil),
    ]

    init(_ r: NodeReader) throws {
        self.init()
        try read(Self.dataFields, from: r)
        sourceFile = r.file
        sourceLocations = r.sourceMap.finished.locations
        readingFindings = r.sourceMap.findings
        texts = r.sourceMap.finished.texts
    }

    /// Every field a layout's placeholders may name, as templates see it.
    public var templateValue: TemplateValue { DataField.templateValue(of: self, fields: Self.dataFields) }

    /// Every field of the data format, declared once.
    public static var fieldInfos: [FieldInfo] { dataFields.map { $0.info } }

    /// A value of the shape of every document's `templateValue`: what a layout is checked against before any
    /// data is read (lists have one element, optional fields are given).
    public static let templateSchema = FieldInfo(
        key: "", kind: .record(fieldInfos), label: nil, doc: "", optional: false, role: .data).example

    /// `table_notes`: a note per table, by the table's name in the layout.
    static func tableNotes(_ node: NodeReader?) throws -> [String: String] {
        guard let node else { return [:] }
        guard node.node.isMapping else {
            throw node.error(.wrongType, ModelMessages.expectedTableNotes)
        }
        var notes: [String: String] = [:]
        for key in node.node.keys {
            guard let name = key.string else { throw node.error(.wrongType, ModelMessages.tableNamesMustBeText) }
            notes[name] = try node.text(name)
        }
        return notes
    }
}
