import Foundation
import GongkaiMessages
import GongkaiModel

extension Layout {
    /// What `check` reports for `disclosure` with this layout: the built-in checks less those the layout
    /// waives, the layout's declared fields as the data gives them, and the layout's own rules.
    public func findings(for disclosure: Disclosure) -> [Finding] {
        findings(in: LayoutData(disclosure, layout: self))
    }

    /// `findings(for:)` from data read with this layout, which its document can then be composed from.
    public func findings(in data: LayoutData) -> [Finding] {
        labelled(allFindings(in: data))
    }

    /// The findings with the labels this layout gives their fields (`field_labels`).
    func labelled(_ findings: [Finding]) -> [Finding] {
        guard !fieldLabels.isEmpty else { return findings }
        return findings.map { finding in
            var finding = finding
            if let label = fieldLabels[FieldLabels.withoutIndices(finding.fieldPath)] { finding.label = label }
            return finding
        }
    }

    private func allFindings(in data: LayoutData) -> [Finding] {
        let disclosure = data.disclosure
        var findings = DisclosureValidator.findings(for: disclosure, codeLists: codeLists, yearLabelWords: yearLabelWords).filter { finding in
            !waivers.contains { $0.covers(finding) }
        }
        let value: TemplateValue
        do {
            value = try data.templateValue()
        } catch let error as DataError {
            return findings + [Finding(severity: .error, rule: "data", fieldPath: error.fieldPath, location: error.location, text: error.text)]
        } catch {
            return findings
        }
        var evaluator = RuleEvaluator(layout: self, disclosure: disclosure, scope: TemplateScope(frames: [value]), classified: data.classified)
        for rule in rules { findings += evaluator.findings(rule) }
        return findings
    }
}

/// Works out the layout's rules for one document.
struct RuleEvaluator {
    let layout: Layout
    let disclosure: Disclosure
    let scope: TemplateScope
    private let classified: ClassifiedData

    init(layout: Layout, disclosure: Disclosure, scope: TemplateScope, classified: ClassifiedData) {
        self.layout = layout
        self.disclosure = disclosure
        self.scope = scope
        self.classified = classified
    }

    private func plain(_ value: Decimal) -> String { NumberFormat.plain(value) }

    private func finding(_ rule: LayoutRule, _ field: String, _ text: LocalizedText) -> Finding {
        Finding(
            severity: rule.severity, rule: rule.name, fieldPath: field, location: disclosure.location(ofField: field) ?? rule.location,
            text: LayoutFindingMessages.about(rule.about, text))
    }

    /// A term as messages name it: its key, and in Chinese its label.
    private func named(_ term: LayoutRule.Term) -> LocalizedText {
        switch term {
        case .field(let path): LayoutFindingMessages.named(path.joined(separator: "."), declared: layout.fields)
        case .lines: LayoutFindingMessages.named(term.description, declared: layout.fields)
        case let .listSum(path, field):
            LayoutFindingMessages.named(path.joined(separator: ".") + ".\(field)", declared: layout.fields, shownAs: term.description)
        }
    }

    /// A term's amount; nil when its field is left out (an optional field: nothing to check).
    private func amount(_ term: LayoutRule.Term) throws -> Decimal? {
        switch term {
        case .field(let path):
            switch scope.lookup(path) {
            case .amount(let value)?: return value
            case .integer(let value)?: return Decimal(value)
            default: return nil
            }
        case let .lines(classification, filter):
            let lines = disclosure.budgetTables?.lines(classification) ?? []
            let tree = try ClassifiedTree(classification, lines: lines, codes: nil, file: disclosure.sourceFile, requireNames: false)
            return tree.total(filter)
        case let .listSum(path, field):
            guard case .list(let elements)? = scope.lookup(path) else { return nil }
            return elements.reduce(Decimal(0)) { sum, element in
                if case .record(let record) = element, case .amount(let amount)? = record[field] { return sum + amount }
                return sum
            }
        }
    }

    /// "a + b make 1 + 2 = 3", or "a is 3" for one term.
    private func side(_ terms: [LayoutRule.Term], _ parts: String, _ total: Decimal) -> LayoutFindingMessages.Side {
        LayoutFindingMessages.Side(terms: terms.map(named), parts: parts, total: plain(total))
    }

    private func sum(_ terms: [LayoutRule.Term]) throws -> (Decimal, String)? {
        var total = Decimal(0)
        var parts: [String] = []
        for term in terms {
            guard let value = try amount(term) else { return nil }
            total += value
            parts.append(plain(value))
        }
        return (total, parts.joined(separator: " + "))
    }

    mutating func findings(_ rule: LayoutRule) -> [Finding] {
        do {
            switch rule.check {
            case let .equal(left, right):
                guard let (a, aText) = try sum(left), let (b, bText) = try sum(right) else { return [] }
                guard DisclosureValidator.differs(a, b) else { return [] }
                let field = (left + right).lazy.compactMap(\.fieldPath).first ?? ""
                return [finding(rule, field, LayoutFindingMessages.unequal(side(left, aText, a), side(right, bText, b)))]
            case let .rate(stated, part, whole):
                guard case .amount(let given)? = scope.lookup(stated), let p = try amount(part), let w = try amount(whole), w != 0 else {
                    return []
                }
                let computed = p / w * 100
                // Half a unit of the stated rate's second decimal.
                let difference = given - computed
                guard (difference < 0 ? -difference : difference) > Decimal(5) / 1000 else { return [] }
                return [finding(rule, stated.joined(separator: "."),
                    LayoutFindingMessages.rate(
                        stated: plain(given), part: named(part), whole: named(whole), p: plain(p), w: plain(w),
                        computed: NumberFormatting.fixed(computed, places: 2)))]
            case .balanced(let name):
                guard let definition = layout.tables[name], case .balance(let spec) = definition.kind else { return [] }
                let tree = try classified.tree(spec.classification, for: definition)
                let needsList = [spec.income, spec.expenditure].contains { side in
                    side.rows.contains { if case .classes(all: true, _) = $0 { true } else { false } }
                }
                let classes = needsList ? try classified.lists(for: definition).list(spec.classification).topLevel : []
                let renderer = TemplateRenderer(phrases: layout.phrases, file: layout.file)
                let builder = BalanceTableBuilder(spec: spec, tree: tree, classes: classes, renderer: renderer, scope: scope)
                let (income, expenditure) = try builder.grandTotals()
                guard let a = income, let b = expenditure, DisclosureValidator.differs(a, b) else { return [] }
                return [finding(rule, "budget_tables",
                    LayoutFindingMessages.unbalanced(table: name, income: plain(a), expenditure: plain(b)))]
            }
        } catch let error as DataError {
            return [Finding(severity: .error, rule: rule.name, fieldPath: error.fieldPath, location: error.location, text: error.text)]
        } catch let error as LayoutError {
            return [Finding(severity: .error, rule: "layout", fieldPath: "", location: error.location, text: error.text)]
        } catch {
            return [Finding(severity: .error, rule: rule.name, fieldPath: "", location: rule.location, message: "\(error)")]
        }
    }
}
