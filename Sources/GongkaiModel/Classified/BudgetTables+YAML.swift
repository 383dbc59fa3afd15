import Foundation
import GongkaiMessages

// Decoding of the classified lines from YAML; names follow docs/data-format.md.

extension BudgetTables {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["code_list", "note", "function", "economic"])
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

    init(_ r: NodeReader, classification: Classification) throws {
        _ = try r.mapping(allowing: ["code", "name", "source", "personnel", "public", "project", "previous", "total", "basic", "figures"])
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
            for (key, _) in try node.mapping(allowing: node.node.mapping?.keys.compactMap(\.string) ?? []) {
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
