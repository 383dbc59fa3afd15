import Foundation
import GongkaiMessages

/// A row of a classified table: a code with its name and level, and the money beneath it.
public struct ClassifiedRow: Hashable, Sendable {
    public var code: String
    public var name: String
    /// 1 for 类.
    public var level: Int
    /// This year's money beneath the row: its own if it is a leaf line, its children's sum otherwise.
    public var amounts: [MoneyKey: Decimal]
    /// Last year's totals beneath the row, by source.
    public var previous: [FundSource: Decimal]
    /// The lines' named figures beneath the row, by name and source.
    public var figures: [String: [FundSource: Decimal]] = [:]

    /// The money matching `filter`.
    public func sum(_ filter: LineFilter) -> Decimal {
        if let figure = filter.figure {
            return (figures[figure] ?? [:]).reduce(Decimal(0)) { filter.includes($1.key) ? $0 + $1.value : $0 }
        }
        if filter.previousYear {
            return previous.reduce(Decimal(0)) { filter.includes($1.key) ? $0 + $1.value : $0 }
        }
        return amounts.reduce(Decimal(0)) { filter.includes($1.key.source) && filter.includes($1.key.kind) ? $0 + $1.value : $0 }
    }
}

/// A stated subtotal that its children do not add up to.
public struct SubtotalMismatch: Hashable, Sendable {
    public var line: BudgetLine
    public var key: MoneyKey?
    /// The named figure that differs, when neither an amount nor last year's total does.
    public var figure: String? = nil
    /// What the line states.
    public var stated: Decimal
    /// What its children make.
    public var computed: Decimal
}

/// The lines of one classification arranged as a tree: every code with its ancestors, parents before
/// children in code order, each parent's money computed as the sum of the leaf lines beneath it.
public struct ClassifiedTree: Hashable, Sendable {
    public var classification: Classification
    public var rows: [ClassifiedRow]
    /// Stated subtotals that differ from their children's sum.
    public var mismatches: [SubtotalMismatch]

    /// - Throws: `DataError` for a code that is not of the classification, a code neither in `codes` nor
    ///   named by its line, or a line given twice for one code and source.
    /// - Parameter requireNames: whether a code with no name is an error; when false it is shown by its code.
    public init(
        _ classification: Classification, lines: [BudgetLine], codes: CodeList?, file: String, requireNames: Bool = true
    ) throws {
        self.classification = classification
        func fail(_ line: BudgetLine, _ text: LocalizedText) -> DataError {
            DataError(.invalidValue, file: file, location: line.location, fieldPath: line.fieldPath, text: text)
        }
        // Lines by code; a code with lines below it is a parent.
        var linesByCode: [String: [BudgetLine]] = [:]
        var names: [String: String] = [:]
        var seen: Set<String> = []
        for line in lines {
            guard classification.level(of: line.code) != nil else {
                throw fail(line, classification.notACodeText(line.code))
            }
            guard seen.insert("\(line.code)/\(line.source.rawValue)").inserted else {
                throw fail(line, ModelMessages.lineTwice(line.code, source: line.source.rawValue))
            }
            linesByCode[line.code, default: []].append(line)
            if let name = line.name { names[line.code] = name }
        }
        var allCodes: Set<String> = []
        for code in linesByCode.keys {
            var current: String? = code
            while let code = current, allCodes.insert(code).inserted { current = classification.parent(of: code) }
        }
        let parents = Set(allCodes.compactMap { classification.parent(of: $0) })
        // Leaf lines hold the money; it flows up to every ancestor.
        var amounts: [String: [MoneyKey: Decimal]] = [:]
        var previous: [String: [FundSource: Decimal]] = [:]
        var figures: [String: [String: [FundSource: Decimal]]] = [:]
        for (code, lines) in linesByCode where !parents.contains(code) {
            for line in lines {
                var current: String? = code
                while let target = current {
                    for (kind, amount) in line.amounts { amounts[target, default: [:]][MoneyKey(line.source, kind), default: 0] += amount }
                    if let last = line.previous { previous[target, default: [:]][line.source, default: 0] += last }
                    for (name, amount) in line.figures { figures[target, default: [:]][name, default: [:]][line.source, default: 0] += amount }
                    current = classification.parent(of: target)
                }
            }
        }
        let sortedCodes = allCodes.sorted()
        var rows: [ClassifiedRow] = []
        for code in sortedCodes {
            guard let name = names[code] ?? codes?.entry(code)?.name ?? (requireNames ? nil : code) else {
                // A code the lines only imply (a 类 above them) is reported at the first line below it, as written.
                let line = linesByCode[code]?.first ?? lines.first { $0.code.hasPrefix(code) }
                throw line.map { fail($0, ModelMessages.codeNotListed(code, year: codes?.year)) }
                    ?? DataError(.invalidValue, file: file, location: nil, fieldPath: "", text: CodeListMessages.noName(code))
            }
            rows.append(ClassifiedRow(
                code: code, name: name, level: classification.level(of: code) ?? 1, amounts: amounts[code] ?? [:],
                previous: previous[code] ?? [:], figures: figures[code] ?? [:]))
        }
        self.rows = rows
        // Stated subtotals against their children, amount by amount.
        var mismatches: [SubtotalMismatch] = []
        for code in sortedCodes where parents.contains(code) {
            for line in linesByCode[code] ?? [] {
                let computed = amounts[code] ?? [:]
                for kind in ExpenditureKind.allCases {
                    let key = MoneyKey(line.source, kind)
                    let stated = line.amounts[kind] ?? 0
                    if DisclosureValidator.differ(stated, computed[key] ?? 0) {
                        mismatches.append(SubtotalMismatch(line: line, key: key, stated: stated, computed: computed[key] ?? 0))
                    }
                }
                if let stated = line.previous, DisclosureValidator.differ(stated, previous[code]?[line.source] ?? 0) {
                    mismatches.append(SubtotalMismatch(line: line, key: nil, stated: stated, computed: previous[code]?[line.source] ?? 0))
                }
                for (name, stated) in line.figures.sorted(by: { $0.key < $1.key }) {
                    let computed = figures[code]?[name]?[line.source] ?? 0
                    if DisclosureValidator.differ(stated, computed) {
                        mismatches.append(SubtotalMismatch(line: line, key: nil, figure: name, stated: stated, computed: computed))
                    }
                }
            }
        }
        self.mismatches = mismatches
    }


    /// The money matching `filter` over the whole tree (the sum of its 类).
    public func total(_ filter: LineFilter) -> Decimal {
        rows.filter { $0.level == 1 }.reduce(Decimal(0)) { $0 + $1.sum(filter) }
    }

    /// The rows with money matching `filter` (any amount, zero included, of a line that matches).
    public func rows(matching filter: LineFilter) -> [ClassifiedRow] {
        rows.filter { row in
            if let figure = filter.figure { return row.figures[figure]?.keys.contains { filter.includes($0) } ?? false }
            return filter.previousYear
                ? row.previous.keys.contains { filter.includes($0) }
                : row.amounts.keys.contains { filter.includes($0.source) && filter.includes($0.kind) }
        }
    }
}
