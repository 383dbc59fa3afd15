import Foundation
import GongkaiDocument
import GongkaiMessages
import GongkaiModel

/// A three-level indicator table (项目支出绩效目标表, 部门整体支出绩效目标表): for each element of a list
/// (a project), rows of full width (项目名称, 资金, 年度目标) and then its indicators, one row each, with
/// 一级指标 and 二级指标 merged down where they repeat.
public struct IndicatorTableSpec: Sendable {
    /// The indicator fields a column can show.
    public enum Value: String, Sendable, CaseIterable {
        case level1, level2, level3, nature, value, unit
    }

    public struct Column: Sendable {
        public var value: Value
        public var header: String
        public var width: ColumnWidth
        public var alignment: TextAlignment
        /// For the 指标值 column: the unit follows the value in its cell ("98%", "600顶"), for tables without
        /// a 度量单位 column.
        public var appendsUnit: Bool = false
    }

    /// The list of projects, each with `indicators`.
    public var rows: [Substring]
    /// Full-width rows heading each project, in the project's scope; a row naming a field the project
    /// leaves out is not printed.
    public var projectRows: [Template]
    public var columns: [Column]
    /// The style of the project rows; the body's if nil.
    public var projectStyle: ParagraphStyle?
}

/// Builds an indicator table from the projects of a document.
struct IndicatorTableBuilder {
    let renderer: TemplateRenderer
    let spec: IndicatorTableSpec

    func table(_ definition: TableDefinition, caption: TableCaption?, scope: TemplateScope) throws -> Table {
        guard case .list(let projects)? = scope.lookup(spec.rows) else {
            throw LayoutError(
                file: renderer.file, location: definition.location,
                text: LayoutCheckMessages.inTable(definition.name, LayoutCheckMessages.notAListInData(spec.rows.joined(separator: "."))))
        }
        var rows: [[TableCell]] = []
        var headingRows: Set<Int> = []
        for (index, project) in projects.enumerated() {
            let inner = scope.pushing(.record(project.elementFields(index: index)))
            for template in spec.projectRows where !names(absentFieldIn: template, inner) {
                headingRows.insert(rows.count)
                rows.append([TableCell(try renderer.render(template, in: inner), colSpan: spec.columns.count, alignment: .left)])
            }
            guard case .record(let fields) = project, case .list(let list)? = fields["indicators"] else { continue }
            let indicators = list.compactMap { if case .record(let r) = $0 { r } else { nil } }
            rows += body(indicators)
        }
        var table = Table(
            name: definition.name, caption: caption,
            columns: spec.columns.map { TableColumn(width: $0.width, alignment: $0.alignment) },
            headerRows: [spec.columns.map { TableCell($0.header) }], bodyRows: rows, style: definition.style)
        // A project's heading stays with its first indicator.
        table.rowsKeptWithNext = headingRows
        if let style = spec.projectStyle {
            for row in headingRows { table.rowStyles[row] = style }
        }
        return table
    }

    /// One row per indicator; a 一级 cell spans the rows that repeat it, a 二级 cell the rows that repeat
    /// both it and its 一级.
    private func body(_ indicators: [[String: TemplateValue]]) -> [[TableCell]] {
        func key(_ row: Int, _ value: IndicatorTableSpec.Value) -> String {
            switch value {
            case .level1: text(indicators[row]["level1"])
            case .level2: text(indicators[row]["level1"]) + "\u{0}" + text(indicators[row]["level2"])
            default: "\(row)"
            }
        }
        var rows: [[TableCell]] = indicators.map { _ in [] }
        for row in indicators.indices {
            for column in spec.columns {
                let merges = column.value == .level1 || column.value == .level2
                if merges, row > 0, key(row, column.value) == key(row - 1, column.value) { continue }
                var span = 1
                if merges {
                    while row + span < indicators.count, key(row + span, column.value) == key(row, column.value) { span += 1 }
                }
                var cell = text(indicators[row][column.value.rawValue])
                if column.appendsUnit { cell += text(indicators[row]["unit"]) }
                rows[row].append(TableCell(cell, rowSpan: span))
            }
        }
        return rows
    }

    /// Whether the template names a field that is left out in `scope`.
    private func names(absentFieldIn template: Template, _ scope: TemplateScope) -> Bool {
        template.segments.contains { segment in
            if case .value(let path, _) = segment, case .absent? = scope.lookup(path) { return true }
            return false
        }
    }

    private func text(_ value: TemplateValue?) -> String {
        if case .text(let text)? = value { return text }
        return ""
    }
}

extension LayoutReader {
    func readIndicatorTable(_ r: NodeReader) throws -> IndicatorTableSpec {
        let rowsNode = try r.required("rows")
        let columns = try r.list("columns").map { column -> IndicatorTableSpec.Column in
            _ = try column.mapping(allowing: ["value", "header", "width", "align", "unit"])
            let valueNode = try column.required("value")
            guard let value = IndicatorTableSpec.Value(rawValue: try valueNode.text()) else {
                throw valueNode.error(.invalidValue, LayoutMessages.expectedIndicatorValue(known: IndicatorTableSpec.Value.allCases.map(\.rawValue)))
            }
            var spec = IndicatorTableSpec.Column(
                value: value, header: try column.text("header"), width: try width(column.required("width")),
                alignment: try alignment(column.optional("align"), default: .left))
            if let unit = try column.optional("unit") {
                guard value == .value, try unit.text() == "append" else {
                    throw unit.error(.invalidValue, LayoutMessages.appendBelongsToValue)
                }
                spec.appendsUnit = true
            }
            return spec
        }
        guard columns.contains(where: { $0.value == .level3 }), columns.contains(where: { $0.value == .value }) else {
            throw try r.required("columns").error(.invalidValue, LayoutMessages.indicatorTableColumns)
        }
        return IndicatorTableSpec(
            rows: try Template.path(rowsNode.text(), in: rowsNode, file: root.file),
            projectRows: try r.optionalList("project_rows").map { try template($0) }, columns: columns,
            projectStyle: try r.optional("project_style").map { try style($0) })
    }
}
