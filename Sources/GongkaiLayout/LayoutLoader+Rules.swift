import Foundation
import GongkaiMessages
import GongkaiModel

// Reading a layout's own rules (`rules:`) and the built-in checks it waives (`waive:`): see
// docs/layouts.md, "Rules".

extension LayoutReader {
    func readRules(_ node: NodeReader) throws -> [LayoutRule] {
        try node.elements().map { r in
            _ = try r.mapping(allowing: ["name", "about", "severity", "sum", "equals", "rate", "of", "over", "balanced"])
            let check: LayoutRule.Check
            if let sum = try r.optional("sum") {
                check = .equal(left: try terms(sum), right: try terms(r.required("equals")))
            } else if let rate = try r.optional("rate") {
                check = .rate(
                    stated: try Template.path(rate.text(), in: rate, file: root.file), part: try term(r.required("of")),
                    whole: try term(r.required("over")))
            } else if let table = try r.optional("balanced") {
                check = .balanced(table: try table.text())
            } else {
                throw r.error(.missingField, LayoutMessages.ruleNeedsCheck, path: r.path + ".sum")
            }
            let severityText = try r.optionalText("severity") ?? "error"
            guard let severity = Finding.Severity(rawValue: severityText) else {
                throw try r.required("severity").error(.invalidValue, LayoutMessages.expectedSeverity)
            }
            return LayoutRule(
                name: try r.text("name"), check: check, about: try r.optionalText("about"), severity: severity, location: r.location())
        }
    }

    private func terms(_ node: NodeReader) throws -> [LayoutRule.Term] {
        node.node.isSequence ? try node.elements().map { try term($0) } : [try term(node)]
    }

    /// `budget.income.total`, `{lines: function, where: {figure: initial_budget}}` or
    /// `{sum_of: fields.items, field: final}`.
    private func term(_ node: NodeReader) throws -> LayoutRule.Term {
        if node.node.isMapping, let list = try node.optional("sum_of") {
            _ = try node.mapping(allowing: ["sum_of", "field"])
            return .listSum(try Template.path(list.text(), in: list, file: root.file), field: try node.text("field"))
        }
        if node.node.isMapping {
            _ = try node.mapping(allowing: ["lines", "where"])
            return .lines(try classification(node, key: "lines"), try readFilter(node.optional("where")))
        }
        return .field(try Template.path(node.text(), in: node, file: root.file))
    }

    func readWaivers(_ node: NodeReader) throws -> [RuleWaiver] {
        try node.elements().map { r in
            if r.node.isMapping {
                _ = try r.mapping(allowing: ["rule", "field"])
                return RuleWaiver(rule: try r.text("rule"), field: try r.optionalText("field"))
            }
            return RuleWaiver(rule: try r.text(), field: nil)
        }
    }

    /// Checks what the rules name against the layout: tables that exist and are balance tables, fields of
    /// the data (the built-in ones and the declared ones) that are amounts.
    func checkRules(_ layout: Layout) throws {
        let root = TemplateScope(frames: [LayoutChecker.schema(for: layout)])
        for rule in layout.rules {
            var terms: [LayoutRule.Term] = []
            switch rule.check {
            case let .equal(left, right): terms = left + right
            case let .rate(stated, part, whole): terms = [.field(stated), part, whole]
            case .balanced(let name):
                guard let table = layout.tables[name], case .balance = table.kind else {
                    throw LayoutError(
                        file: layout.file, location: rule.location,
                        text: LayoutCheckMessages.inRule(rule.name, LayoutCheckMessages.noBalanceTable(name)))
                }
            }
            for term in terms {
                if case let .listSum(path, field) = term {
                    guard let list = root.lookup(path), case .record(let fields)? = LayoutSchema.element(of: list),
                        case .amount? = fields[field]
                    else {
                        throw LayoutError(
                            file: layout.file, location: rule.location,
                            text: LayoutCheckMessages.inRule(rule.name, LayoutCheckMessages.notAListWithAmount(path.joined(separator: "."), field: field)))
                    }
                    continue
                }
                guard case .field(let path) = term else { continue }
                switch root.lookup(path) {
                case .amount?, .integer?: break
                default:
                    throw LayoutError(
                        file: layout.file, location: rule.location,
                        text: LayoutCheckMessages.inRule(rule.name, LayoutCheckMessages.notAnAmountOfData(path.joined(separator: "."))))
                }
            }
        }
    }
}
