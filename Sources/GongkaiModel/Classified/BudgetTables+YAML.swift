import Foundation

// Decoding of the classified lines from YAML; names follow docs/data-format.md.

extension BudgetTables {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["code_list", "note", "function", "economic"])
        codeListYear = try r.optional("code_list").map { try $0.integer() }
        note = try r.optionalText("note")
        function = try r.optionalList("function").map { try BudgetLine($0, classification: .function) }
        economic = try r.optionalList("economic").map { try BudgetLine($0, classification: .economic) }
    }
}

extension BudgetLine {
    init(_ r: NodeReader, classification: Classification) throws {
        _ = try r.mapping(allowing: ["code", "name", "source", "personnel", "public", "project", "previous"])
        code = try r.text("code").trimmingCharacters(in: .whitespaces)
        guard classification.level(of: code) != nil else {
            throw try r.required("code").error(
                .invalidValue, "\"\(code)\" is not a \(classification.chineseName) code (\(classification.codeShape))")
        }
        name = try r.optionalText("name")
        if let sourceNode = try r.optional("source") {
            let text = try sourceNode.text()
            guard let source = FundSource(rawValue: text) else {
                let known = FundSource.allCases.map(\.rawValue).joined(separator: ", ")
                throw sourceNode.error(.invalidValue, "unknown fund source \"\(text)\"; expected one of \(known)")
            }
            self.source = source
        } else {
            source = .generalBudget
        }
        amounts = [:]
        for kind in ExpenditureKind.allCases {
            if let amount = try r.optionalAmount(kind.rawValue) { amounts[kind] = amount }
        }
        guard !amounts.isEmpty else {
            throw r.error(.missingField, "a line needs at least one of personnel, public or project", path: r.path + ".personnel")
        }
        previous = try r.optionalAmount("previous")
        fieldPath = r.path
        location = r.location()
    }
}
