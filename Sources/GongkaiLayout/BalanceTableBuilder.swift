import Foundation
import GongkaiDocument
import GongkaiModel

/// Builds a balance table (收支总表): income rows on the left and expenditure rows on the right, each
/// side's body rows from the top and its total rows paired at the bottom.
struct BalanceTableBuilder {
    let spec: BalanceTableSpec
    let tree: ClassifiedTree
    /// The 类 of the code list, for rows of every class.
    let classes: [CodeEntry]
    let renderer: TemplateRenderer
    let scope: TemplateScope

    fileprivate struct Line {
        var label: String
        var amounts: [Decimal]
    }

    func table(_ definition: TableDefinition, caption: TableCaption?) throws -> (table: Table, isEmpty: Bool) {
        let income = try lines(of: spec.income)
        let expenditure = try lines(of: spec.expenditure)
        let header = TableHeader.rows(
            [spec.income, spec.expenditure].flatMap { side in
                [(side.labelHeader, side.header)] + side.columns.map { ($0.header, side.header) }
            })
        var body: [[TableCell]] = []
        var amounts = ColumnAmounts()
        let bodyCount = max(income.body.count, expenditure.body.count)
        let totalCount = max(income.totals.count, expenditure.totals.count)
        for index in 0..<(bodyCount + totalCount) {
            let isTotal = index >= bodyCount
            let pick = { (side: (body: [Line], totals: [Line])) -> Line? in
                isTotal ? side.totals[safe: index - bodyCount] : side.body[safe: index]
            }
            let left = cells(pick(income), side: spec.income, total: isTotal)
            let right = cells(pick(expenditure), side: spec.expenditure, total: isTotal)
            // Each amount in its grid column: the income side's, then the expenditure side's after it.
            for (offset, value) in (pick(income)?.amounts ?? []).enumerated() {
                amounts.add(value, row: body.count, cell: 1 + offset, column: 1 + offset, style: renderer.tableNumbers)
            }
            for (offset, value) in (pick(expenditure)?.amounts ?? []).enumerated() {
                let cell = left.count + 1 + offset
                amounts.add(value, row: body.count, cell: cell, column: cell, style: renderer.tableNumbers)
            }
            body.append(left + right)
        }
        amounts.apply(to: &body)
        let columns = [spec.income, spec.expenditure].flatMap { side in
            [TableColumn(width: side.labelWidth)]
                + side.columns.map { TableColumn(width: $0.width, alignment: .right, alignsDecimalPoints: true) }
        }
        let table = Table(
            name: definition.name, caption: caption, columns: columns, headerRows: header, bodyRows: body,
            style: definition.style)
        return (table, tree.rows(matching: spec.filter).isEmpty)
    }

    private func cells(_ line: Line?, side: BalanceTableSpec.Side, total: Bool) -> [TableCell] {
        guard let line else { return [TableCell("")] + side.columns.map { _ in TableCell("") } }
        // The amounts are written once the table's columns are known (`ColumnAmounts`).
        return [TableCell(line.label, alignment: total ? .center : nil)] + line.amounts.map { _ in TableCell("") }
    }

    /// A side's body rows and total rows with their amounts.
    fileprivate func lines(of side: BalanceTableSpec.Side) throws -> (body: [Line], totals: [Line]) {
        let filters = side.columns.map { spec.filter.intersection($0.filter) }
        let zero = filters.map { _ in Decimal(0) }
        func add(_ a: [Decimal], _ b: [Decimal]) -> [Decimal] { zip(a, b).map { $0 + $1 } }
        // A labelled row's amounts: its money in each column, or zero when it names none (结转下年).
        func amounts(_ filter: LineFilter?) -> [Decimal] {
            filter.map { row in filters.map { tree.total($0.intersection(row)) } } ?? zero
        }
        var body: [Line] = []
        for row in side.rows {
            switch row {
            case let .line(label, filter):
                body.append(Line(label: try renderer.render(label, in: scope), amounts: amounts(filter)))
            case let .stated(label, values):
                body.append(Line(label: try renderer.render(label, in: scope), amounts: try stated(values, count: filters.count)))
            case let .classes(all, numbering):
                let topLevel = tree.rows.filter { $0.level == 1 }
                let present = Dictionary(uniqueKeysWithValues: topLevel.map { ($0.code, $0) })
                // Every 类 of the list in its order, then (in code order) any the data names that the list lacks.
                let listed = Set(classes.map(\.code))
                let entries: [(code: String, name: String)] =
                    all
                    ? classes.map { ($0.code, $0.name) } + topLevel.filter { !listed.contains($0.code) }.map { ($0.code, $0.name) }
                    : tree.rows(matching: spec.filter).filter { $0.level == 1 }.map { ($0.code, $0.name) }
                for (index, entry) in entries.enumerated() {
                    let number = try numbering.map { try renderer.render($0, in: scope.pushing(.record(["n": .integer(index + 1)]))) } ?? ""
                    let amounts = present[entry.code].map { row in filters.map { row.sum($0) } } ?? zero
                    body.append(Line(label: number + entry.name, amounts: amounts))
                }
            case let .sum(label, _):
                body.append(Line(label: try renderer.render(label, in: scope), amounts: body.reduce(zero) { add($0, $1.amounts) }))
            }
        }
        let bodySum = body.reduce(zero) { add($0, $1.amounts) }
        var totals: [Line] = []
        var aboveNotSums = bodySum
        for row in side.totals {
            switch row {
            case let .line(label, filter):
                let line = Line(label: try renderer.render(label, in: scope), amounts: amounts(filter))
                aboveNotSums = add(aboveNotSums, line.amounts)
                totals.append(line)
            case let .stated(label, values):
                let line = Line(label: try renderer.render(label, in: scope), amounts: try stated(values, count: filters.count))
                aboveNotSums = add(aboveNotSums, line.amounts)
                totals.append(line)
            case let .sum(label, includesTotals):
                totals.append(Line(label: try renderer.render(label, in: scope), amounts: includesTotals ? aboveNotSums : bodySum))
            case .classes:
                break  // the layout reader allows classes in `rows` only
            }
        }
        return (body, totals)
    }
}

extension BalanceTableBuilder {
    /// The amounts a stated row's fields give, one per column (a column without a field is zero).
    private func stated(_ values: [[Substring]], count: Int) throws -> [Decimal] {
        (0..<count).map { index in
            guard index < values.count, case .amount(let amount)? = scope.lookup(values[index]) else { return 0 }
            return amount
        }
    }

    /// The first amount of each side's last row (总计 of income and of expenditure), for the rule that they
    /// agree; nil for a side without rows.
    func grandTotals() throws -> (income: Decimal?, expenditure: Decimal?) {
        let income = try lines(of: spec.income)
        let expenditure = try lines(of: spec.expenditure)
        func last(_ side: (body: [Line], totals: [Line])) -> Decimal? { (side.totals.last ?? side.body.last)?.amounts.first }
        return (last(income), last(expenditure))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
