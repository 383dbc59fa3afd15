import Foundation
import GongkaiDocument
import GongkaiMessages
import GongkaiModel

/// Builds a layout's table definitions into document tables (with their title paragraph).
struct TableBuilder {
    let renderer: TemplateRenderer
    let styles: [String: ParagraphStyle]
    /// The classified lines of the document, for the standard tables.
    let classified: ClassifiedData

    func blocks(for definition: TableDefinition, in scope: TemplateScope) throws -> [Block] {
        var blocks: [Block] = []
        if let title = definition.title {
            var style = definition.style.caption
            style.alignment = .center
            style.keepWithNext = true
            style.text = definition.style.header.text
            style.text.size = max(style.text.size, definition.style.header.text.size)
            let role: ParagraphRole = definition.outlineLevel.map { .heading(level: $0) } ?? .body
            blocks.append(.paragraph(Paragraph(try renderer.render(title, in: scope), style: styles["table_title"] ?? style, role: role)))
        }
        var caption: TableCaption?
        if definition.captionLeft != nil || definition.captionRight != nil {
            caption = TableCaption(
                left: try definition.captionLeft.map { try renderer.render($0, in: scope) } ?? "",
                right: try definition.captionRight.map { try renderer.render($0, in: scope) } ?? "",
                continuedLeft: try definition.captionContinued.map { try renderer.render($0, in: scope) })
        }
        let table: Table
        var isEmpty = false
        switch definition.kind {
        case let .rows(path, columns):
            table = try rowTable(definition, path: path, columns: columns, caption: caption, scope: scope)
            isEmpty = table.bodyRows.isEmpty
        case let .fixed(rows, columns):
            table = Table(
                name: definition.name, caption: caption, columns: columns.map(\.tableColumn),
                headerRows: TableHeader.rows(columns.map { ($0.header, $0.group) }),
                bodyRows: try cells(rows.map { row in (row.map { Optional($0) }, scope) }), style: definition.style)
        case .performanceMatrix(let spec):
            table = try PerformanceMatrixBuilder(renderer: renderer, spec: spec)
                .table(definition, duties: classified.disclosure.performance.matrix, caption: caption, scope: scope)
        case .indicators(let spec):
            table = try IndicatorTableBuilder(renderer: renderer, spec: spec).table(definition, caption: caption, scope: scope)
            isEmpty = table.bodyRows.isEmpty
        case .classified(let spec):
            let tree = try classified.tree(spec.classification, for: definition)
            (table, isEmpty) = ClassifiedTableBuilder(spec: spec, tree: tree, numbers: renderer.tableNumbers)
                .table(definition, caption: caption)
        case .balance(let spec):
            let tree = try classified.tree(spec.classification, for: definition)
            let needsList = [spec.income, spec.expenditure].contains { side in
                side.rows.contains { if case .classes(all: true, _) = $0 { true } else { false } }
            }
            let classes = needsList ? try classified.lists(for: definition).list(spec.classification).topLevel : []
            (table, isEmpty) = try BalanceTableBuilder(spec: spec, tree: tree, classes: classes, renderer: renderer, scope: scope)
                .table(definition, caption: caption)
        }
        blocks.append(.table(table))
        let noteStyle = definition.noteStyle.flatMap { styles[$0] } ?? definition.style.caption
        for note in [isEmpty ? definition.emptyNote : nil, definition.footnote].compactMap({ $0 }) {
            let text = try renderer.render(note, in: scope)
            if !text.isEmpty { blocks.append(.paragraph(Paragraph(text, style: noteStyle))) }
        }
        return blocks
    }

    private func rowTable(
        _ definition: TableDefinition, path: [Substring], columns: [ListTableColumn], caption: TableCaption?,
        scope: TemplateScope
    ) throws -> Table {
        guard case .list(let elements)? = scope.lookup(path) else {
            throw LayoutError(
                file: renderer.file, location: definition.location,
                text: LayoutCheckMessages.inTable(definition.name, LayoutCheckMessages.notAListInData(path.joined(separator: "."))))
        }
        let rows = try cells(elements.enumerated().map { index, element in
            (columns.map(\.cell), scope.pushing(.record(element.elementFields(index: index))))
        })
        return Table(
            name: definition.name, caption: caption, columns: columns.map(\.tableColumn),
            headerRows: TableHeader.rows(columns.map { ($0.header, $0.group) }), bodyRows: rows, style: definition.style)
    }

    /// Body cells from one template per column and row, in the row's scope; a cell that is an amount alone
    /// prints with the decimals its column needs (`ColumnAmounts`).
    private func cells(_ rows: [(templates: [Template?], scope: TemplateScope)]) throws -> [[TableCell]] {
        var amounts = ColumnAmounts()
        var body: [[TableCell]] = []
        for (index, row) in rows.enumerated() {
            body.append(try row.templates.enumerated().map { column, template in
                guard let template else { return TableCell("") }
                if let (value, style) = renderer.loneAmount(template, in: row.scope) {
                    amounts.add(value, row: index, cell: column, column: column, style: style)
                }
                return TableCell(try renderer.render(template, in: row.scope))
            })
        }
        amounts.apply(to: &body)
        return body
    }
}

extension ListTableColumn {
    var tableColumn: TableColumn { TableColumn(width: width, alignment: alignment, alignsDecimalPoints: decimal) }
}

/// The performance matrix (部门职责-工作活动绩效目标): a two-level header (评价标准 over 优 良 中 差),
/// duty rows, and activity rows whose name, budget, description and goal span their indicator rows.
/// It reads the model's typed duties, so a field it shows cannot be misspelt into an empty cell.
struct PerformanceMatrixBuilder {
    let renderer: TemplateRenderer
    let spec: PerformanceMatrixSpec

    func table(
        _ definition: TableDefinition, duties: [PerformanceDuty], caption: TableCaption?, scope: TemplateScope
    ) throws -> Table {
        let main = [spec.activity, spec.budget, spec.description, spec.goal, spec.indicator]
        let columns = (main + spec.grades).map {
            TableColumn(
                width: $0.width, alignment: $0.alignment, alignsDecimalPoints: $0.decimal, repeatsWhenSplit: $0.repeatWhenSplit)
        }
        let header: [[TableCell]] = [
            main.map { TableCell($0.header, rowSpan: 2) } + [TableCell(spec.gradesHeader, colSpan: 4)],
            spec.grades.map { TableCell($0.header) },
        ]
        var rows: [[TableCell]] = []
        var dutyRows: Set<Int> = []
        // 年度预算数 (grid column 1): one number of decimals down the column.
        var amounts = ColumnAmounts()
        // The cell of the row about to be appended; its text is written by `amounts.apply`.
        func budget(_ amount: Decimal?, rowSpan: Int = 1) -> TableCell {
            if let amount {
                amounts.add(amount, row: rows.count, cell: 1, column: 1, style: renderer.tableNumbers)
            }
            return TableCell("", rowSpan: rowSpan)
        }
        for (dutyIndex, duty) in duties.enumerated() {
            let dutyNumber = try label(duty.label, numbering: spec.dutyNumbering, number: dutyIndex + 1, scope: scope)
            dutyRows.insert(rows.count)
            rows.append([
                TableCell(dutyNumber + duty.name), budget(duty.budget),
                TableCell(duty.description ?? ""), TableCell(duty.goal ?? ""), TableCell(""),
                TableCell("", colSpan: 4),
            ])
            for (activityIndex, activity) in duty.activities.enumerated() {
                let activityNumber = try label(
                    activity.label, numbering: spec.activityNumbering, number: activityIndex + 1, scope: scope)
                let span = max(1, activity.indicators.count)
                var first = [
                    TableCell(activityNumber + activity.name, rowSpan: span),
                    budget(activity.budget, rowSpan: span),
                    TableCell(activity.description ?? "", rowSpan: span),
                    TableCell(activity.goal ?? "", rowSpan: span),
                ]
                if activity.indicators.isEmpty {
                    rows.append(first + [TableCell(""), TableCell("", colSpan: 4)])
                    continue
                }
                for (index, indicator) in activity.indicators.enumerated() {
                    let cells = indicatorCells(indicator)
                    if index == 0 {
                        first += cells
                        rows.append(first)
                    } else {
                        rows.append(cells)
                    }
                }
            }
        }
        amounts.apply(to: &rows)
        var table = Table(
            name: definition.name, caption: caption, columns: columns, headerRows: header, bodyRows: rows,
            style: definition.style)
        // A duty row heads its activities: never alone at a page's foot.
        table.rowsKeptWithNext = dutyRows
        if let dutyStyle = spec.dutyStyle {
            for row in dutyRows { table.rowStyles[row] = dutyStyle }
        }
        return table
    }

    private func indicatorCells(_ indicator: PerformanceIndicator) -> [TableCell] {
        var cells = [TableCell(indicator.name)]
        switch indicator.standard {
        case .graded(let grades): cells += grades.map { TableCell($0, alignment: .center) }
        case .single(let standard): cells.append(TableCell(standard, colSpan: 4, alignment: .center))
        }
        return cells
    }

    /// A row's own label (一、, （一）) if the data gives one, else the layout's numbering of its place.
    private func label(_ own: String?, numbering: Template, number: Int, scope: TemplateScope) throws -> String {
        if let own { return own }
        return try renderer.render(numbering, in: scope.pushing(.record(["n": .integer(number)])))
    }
}
