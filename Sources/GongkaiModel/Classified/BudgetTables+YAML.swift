import Foundation
import GongkaiMessages

// Decoding of the classified lines from YAML; names follow docs/data-format.md.

extension BudgetTables {
    /// The fields of `budget_tables`, declared once for the data format's labels, schema and docs; the lines
    /// are read by `BudgetLine`, below.
    static let fieldInfos: [FieldInfo] = [
        FieldInfo(
            key: "code_list", kind: .integer, label: nil, doc: "the year of the code lists (default: the budget year)",
            optional: true, role: .data),
        FieldInfo(key: "note", kind: .text, label: "公开表注", doc: "printed under the first standard table", optional: true, role: .data),
        FieldInfo(
            key: "function", kind: .list(.record(BudgetLine.fieldInfos)), label: "支出功能分类明细",
            doc: "支出功能分类 (类/款/项): lines, or tables from exports", optional: true, role: .dataOnly),
        FieldInfo(
            key: "economic", kind: .list(.record(BudgetLine.fieldInfos)), label: "支出经济分类明细",
            doc: "基本支出 by 支出经济分类 (类/款): lines of the shape of `function`'s, or tables from exports", optional: true, role: .dataOnly),
    ]

    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: Self.fieldInfos.map(\.key))
        codeListYear = try r.optional("code_list").map { try $0.integer() }
        note = try r.optionalText("note")
        function = try r.optionalList("function").flatMap { try BudgetLine.lines($0, classification: .function) }
        economic = try r.optionalList("economic").flatMap { try BudgetLine.lines($0, classification: .economic) }
    }
}

extension BudgetLine {
    /// A line written out, or the lines of a table taken from an export:
    /// `{from: "116.xlsx", sheet: "一般公共预算支出表", source: general_budget}`.
    static func lines(_ r: NodeReader, classification: Classification) throws -> [BudgetLine] {
        guard TableSource.isSource(r) else { return [try BudgetLine(r, classification: classification)] }
        let source = try fundSource(r)
        let labels = TableMapping.budgetLineLabels(classification)
        let rows = try TableSource(reader: r).rows(labels: labels, optional: ["合计", "基本支出", "小计"], extraKeys: ["source"])
        do {
            return try TableMapping.budgetLines(
                from: rows, classification: classification, source: source, fieldPath: r.path, location: r.location())
        } catch let error as DataError {
            throw r.error(.invalidValue, error.text.map { text, _ in "\(error.fieldPath): \(text)" })
        }
    }

    static func fundSource(_ r: NodeReader) throws -> FundSource {
        guard let sourceNode = try r.optional("source") else { return .generalBudget }
        let text = try sourceNode.text()
        guard let source = FundSource(rawValue: text) else {
            let known = FundSource.allCases.map(\.rawValue).joined(separator: ", ")
            throw sourceNode.error(.invalidValue, ModelMessages.unknownFundSource(text, known: known))
        }
        return source
    }

    /// The fields of a line written out.
    static let fieldInfos: [FieldInfo] = [
        FieldInfo(key: "code", kind: .text, label: "科目编码", doc: "3, 5 or 7 digits (function); 3 or 5 (economic)", optional: false, role: .data),
        FieldInfo(
            key: "name", kind: .text, label: nil,
            doc: "科目名称: the code list's name when left out; required for a code the list does not have", optional: true, role: .data),
        FieldInfo(
            key: "source", kind: .text, label: nil,
            doc: "资金来源: `general_budget` (default), `government_fund`, `state_capital`, `special_account`, `other` (单位资金), `carried_over` (上年结转)",
            optional: true, role: .data),
        FieldInfo(key: "personnel", kind: .amount, label: nil, doc: "人员经费 (a line has at least one of the three amounts)", optional: true, role: .data),
        FieldInfo(key: "public", kind: .amount, label: nil, doc: "公用经费", optional: true, role: .data),
        FieldInfo(key: "project", kind: .amount, label: nil, doc: "项目支出", optional: true, role: .data),
        FieldInfo(key: "previous", kind: .amount, label: nil, doc: "上年预算数: last year's total of the line", optional: true, role: .data),
        FieldInfo(
            key: "total", kind: .amount, label: nil, doc: "合计 as the export states it; checked against the parts, never printed",
            optional: true, role: .data),
        FieldInfo(
            key: "basic", kind: .amount, label: nil, doc: "基本支出 as the export states it; checked against the parts, never printed",
            optional: true, role: .data),
        FieldInfo(
            key: "figures", kind: .byName(.amount), label: nil,
            doc: "其他数: other totals of the line by a name a layout's filter uses (`where: {figure: initial_budget}`), summed up the tree like the amounts",
            optional: true, role: .data),
    ]

    init(_ r: NodeReader, classification: Classification) throws {
        _ = try r.mapping(allowing: Self.fieldInfos.map(\.key))
        code = try r.text("code").trimmingWhitespace
        guard classification.level(of: code) != nil else {
            throw try r.required("code").error(.invalidValue, classification.notACodeText(code))
        }
        name = try r.optionalText("name")
        source = try Self.fundSource(r)
        amounts = [:]
        for kind in ExpenditureKind.allCases {
            if let amount = try r.optionalAmount(kind.rawValue) { amounts[kind] = amount }
        }
        guard !amounts.isEmpty else {
            throw r.error(.missingField, ModelMessages.lineNeedsAmount, path: r.path + ".personnel")
        }
        previous = try r.optionalAmount("previous")
        if let node = try r.optional("figures") {
            for key in try node.mapping(allowing: node.node.keys.compactMap(\.string)).keys {
                guard let name = key.string else { continue }
                figures[name] = try node.amount(name)
            }
        }
        statedTotal = try r.optionalAmount("total")
        statedBasic = try r.optionalAmount("basic")
        fieldPath = r.path
        location = r.location()
    }
}
