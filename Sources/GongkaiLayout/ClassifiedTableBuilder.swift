import Foundation
import GongkaiDocument
import GongkaiModel

/// Builds a classified table: a total row, then one row per code (parents before children, names
/// indented by level), every amount summed from the classified lines.
struct ClassifiedTableBuilder {
    let spec: ClassifiedTableSpec
    let tree: ClassifiedTree
    let numbers: NumberStyle

    /// The table, and whether it has no data (only its header and a zero total).
    func table(_ definition: TableDefinition, caption: TableCaption?) -> (table: Table, isEmpty: Bool) {
        let columns = spec.columns.map {
            TableColumn(width: $0.width, alignment: $0.alignment, alignsDecimalPoints: $0.decimal)
        }
        let header = TableHeader.rows(spec.columns.map { ($0.header, $0.group) })
        let rows = tree.rows(matching: spec.filter).filter { row in spec.maxLevel.map { row.level <= $0 } ?? true }
        var body: [[TableCell]] = []
        var amounts = ColumnAmounts()
        if let totalLabel = spec.totalLabel {
            // The label spans the label columns before the first amount.
            let labelColumns = max(1, spec.columns.prefix { if case .amount = $0.value { false } else { true } }.count)
            var cells = [TableCell(totalLabel, colSpan: labelColumns, alignment: .center)]
            for (offset, column) in spec.columns.enumerated().dropFirst(labelColumns) {
                if let value = amount(column, { tree.total($0) }) {
                    amounts.add(value, row: body.count, cell: cells.count, column: offset, style: numbers)
                }
                cells.append(TableCell(""))
            }
            body.append(cells)
        }
        for row in rows {
            var cells: [TableCell] = []
            for (offset, column) in spec.columns.enumerated() {
                switch column.value {
                case .code(let level): cells.append(TableCell(code(row, level: level)))
                case .name: cells.append(TableCell(row.name, indent: Double(row.level - 1) * spec.indentPerLevel))
                case .amount:
                    if let value = amount(column, { row.sum($0) }) {
                        amounts.add(value, row: body.count, cell: offset, column: offset, style: numbers)
                    }
                    cells.append(TableCell(""))
                }
            }
            body.append(cells)
        }
        amounts.apply(to: &body)
        let table = Table(
            name: definition.name, caption: caption, columns: columns, headerRows: header, bodyRows: body,
            style: definition.style)
        return (table, rows.isEmpty)
    }

    /// The column's amount for a row, summed by `sum`; nil for a column that shows no amount.
    private func amount(_ column: ClassifiedTableSpec.Column, _ sum: (LineFilter) -> Decimal) -> Decimal? {
        guard case .amount(let filter) = column.value else { return nil }
        return sum(spec.filter.intersection(filter))
    }

    /// The code, or for split code columns the digits of one level (201 | 29 | 01).
    private func code(_ row: ClassifiedRow, level: Int?) -> String {
        guard let level else { return row.code }
        guard row.level >= level else { return "" }
        let lengths = tree.classification.codeLengths
        let start = level == 1 ? 0 : lengths[level - 2]
        return String(row.code.dropFirst(start).prefix(lengths[level - 1] - start))
    }
}
