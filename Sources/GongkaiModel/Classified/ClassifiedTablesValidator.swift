import Foundation
import GongkaiMessages

/// The rules of the standard tables (domain rules 4 and 5): stated subtotals equal the sum of their
/// children; a row's stated 合计 and 基本支出 equal their parts; the tables agree with each other; the
/// figures in the text equal the figures in the tables. What is printed is computed from the leaf lines,
/// so the identities hold in print by construction; what can be wrong is the data.
struct ClassifiedTablesValidator {
    let disclosure: Disclosure
    let tables: BudgetTables
    let codeLists: CodeListLibrary?
    var findings: [Finding] = []

    init(disclosure: Disclosure, tables: BudgetTables, codeLists: CodeListLibrary?) {
        self.disclosure = disclosure
        self.tables = tables
        self.codeLists = codeLists
    }

    private mutating func report(_ severity: Finding.Severity, _ rule: String, _ path: String, _ location: SourceLocation?, _ text: LocalizedText) {
        let location = location ?? disclosure.sourceLocations[path] ?? disclosure.sourceLocations["budget_tables"]
        findings.append(Finding(severity: severity, rule: rule, fieldPath: path, location: location, text: text))
    }

    private func plain(_ value: Decimal) -> String { NumberFormat.plain(value) }

    mutating func check() {
        let year = disclosure.codeListYear
        let lists = codeLists?.lists(for: year)
        if let codeLists, lists == nil {
            report(.error, "code-list", "budget_tables.code_list", nil, codeLists.missingListsText(for: year))
        }
        var trees: [Classification: ClassifiedTree] = [:]
        for classification in Classification.allCases {
            let lines = tables.lines(classification)
            for line in lines {
                for (kind, amount) in line.amounts where amount < 0 {
                    report(.error, "negative-amount", "\(line.fieldPath).\(kind.rawValue)", line.location, FindingMessages.negative(plain(amount)))
                }
                // Column identities of a row as stated: 合计 = 基本 + 项目, 基本 = 人员 + 公用.
                let basic = line.amount(.personnel) + line.amount(.publicUse)
                if let total = line.statedTotal, DisclosureValidator.differ(total, basic + line.amount(.project)) {
                    report(.error, "column-identity", "\(line.fieldPath).total", line.location,
                           TableFindingMessages.lineTotal(line.code, total: plain(total), sum: plain(basic + line.amount(.project))))
                }
                if let stated = line.statedBasic, DisclosureValidator.differ(stated, basic) {
                    report(.error, "column-identity", "\(line.fieldPath).basic", line.location,
                           TableFindingMessages.lineBasic(line.code, basic: plain(stated), sum: plain(basic)))
                }
                if let name = line.name, let mark = DisclosureValidator.placeholder(in: name) {
                    report(.error, "placeholder", "\(line.fieldPath).name", line.location, FindingMessages.placeholder(mark, detail: ""))
                }
            }
            do {
                // Without code lists, codes are still checked for shape and sums; names are not looked up.
                let codes = lists?.list(classification)
                let tree = try ClassifiedTree(
                    classification, lines: lines, codes: codes, file: disclosure.sourceFile, requireNames: codes != nil)
                trees[classification] = tree
                for mismatch in tree.mismatches { subtotal(mismatch, tree: tree) }
            } catch let error as DataError {
                report(.error, "classification", error.fieldPath, error.location, error.text)
            } catch {
                report(.error, "classification", "budget_tables", nil, LocalizedText(verbatim: "\(error)"))
            }
        }
        if let function = trees[.function] { textAgainstTables(function) }
        if let function = trees[.function], let economic = trees[.economic], !tables.economic.isEmpty {
            crossTables(function: function, economic: economic)
        }
    }

    private mutating func subtotal(_ mismatch: SubtotalMismatch, tree: ClassifiedTree) {
        let line = mismatch.line
        let name = tree.rows.first { $0.code == line.code }?.name ?? ""
        let what: String
        let field: String
        if let key = mismatch.key {
            what = "\(key.kind.chineseName)（\(key.source.chineseName)）"
            field = "\(line.fieldPath).\(key.kind.rawValue)"
        } else if let figure = mismatch.figure {
            what = "\(figure)（\(line.source.chineseName)）"
            field = "\(line.fieldPath).figures.\(figure)"
        } else {
            what = "上年预算数（\(line.source.chineseName)）"
            field = "\(line.fieldPath).previous"
        }
        report(.error, "subtotal", field, line.location,
               TableFindingMessages.subtotal(line.code, name: name, what: what, stated: plain(mismatch.stated), computed: plain(mismatch.computed)))
    }

    /// Rule 5: the sentences' figures (budget.*) against the tables' totals.
    private mutating func textAgainstTables(_ tree: ClassifiedTree) {
        let budget = disclosure.budget
        var pairs: [(String, Decimal?, LineFilter, String)] = []
        if let income = budget.income {
            pairs += [
                ("budget.income.general_budget", income.generalBudget, LineFilter(sources: [.generalBudget]), "一般公共预算拨款"),
                ("budget.income.government_fund", income.governmentFund, LineFilter(sources: [.governmentFund]), "政府性基金预算拨款"),
                ("budget.income.special_account", income.specialAccount, LineFilter(sources: [.specialAccount]), "财政专户管理资金"),
                ("budget.income.other", income.other, LineFilter(sources: [.other]), "单位资金"),
            ]
        }
        pairs += [
            ("budget.expenditure.total", budget.expenditure.total, .all, "支出合计"),
            ("budget.expenditure.basic.personnel", budget.expenditure.basic.personnel, LineFilter(kinds: [.personnel]), "人员经费"),
            ("budget.expenditure.basic.public", budget.expenditure.basic.publicUse, LineFilter(kinds: [.publicUse]), "公用经费"),
            ("budget.expenditure.basic.total", budget.expenditure.basic.total, LineFilter(kinds: [.personnel, .publicUse]), "基本支出"),
            ("budget.expenditure.project", budget.expenditure.project, LineFilter(kinds: [.project]), "项目支出"),
        ]
        for (path, text, filter, name) in pairs {
            guard let text else { continue }
            let table = tree.total(filter)
            if DisclosureValidator.differ(text, table) {
                report(.error, "text-table", path, nil,
                       TableFindingMessages.textAgainstTable(text: plain(text), name: name, table: plain(table)))
            }
        }
    }

    /// The basic expenditure by economic classification equals that by function, source by source.
    private mutating func crossTables(function: ClassifiedTree, economic: ClassifiedTree) {
        for source in FundSource.allCases {
            for kind in [ExpenditureKind.personnel, .publicUse] {
                let filter = LineFilter(sources: [source], kinds: [kind])
                let (byFunction, byEconomic) = (function.total(filter), economic.total(filter))
                if DisclosureValidator.differ(byFunction, byEconomic) {
                    report(.error, "cross-table", "budget_tables.economic", nil,
                           TableFindingMessages.crossTables("\(kind.chineseName)（\(source.chineseName)）", economic: plain(byEconomic), function: plain(byFunction)))
                }
            }
        }
    }
}
