import Foundation
import GongkaiDocument
import GongkaiMessages
import GongkaiModel

/// Tables of a layout: column widths and alignments, the tables of `tables:`, and the performance matrix.
extension LayoutReader {
    func width(_ node: NodeReader) throws -> ColumnWidth {
        let text = try node.text().trimmingCharacters(in: .whitespaces)
        if text == "auto" { return .auto }
        if text == "fit" { return .fitBody }
        if text.hasSuffix("mm") || text.hasSuffix("pt") { return .fixed(try length(node, em: 0)) }
        guard let share = Double(text), share > 0 else {
            throw node.error(.invalidValue, LayoutMessages.expectedWidth(found: text))
        }
        return .fraction(share)
    }

    func alignment(_ node: NodeReader?, default value: TextAlignment) throws -> TextAlignment {
        guard let node else { return value }
        if try node.text() == "decimal" { return .right }
        guard let alignment = TextAlignment(rawValue: try node.text()) else {
            throw node.error(.invalidValue, LayoutMessages.expectedCellAlignment)
        }
        return alignment
    }

    func isDecimal(_ node: NodeReader?) throws -> Bool { try node?.text() == "decimal" }

    func readTable(_ r: NodeReader, name: String) throws -> TableDefinition {
        _ = try r.mapping(allowing: [
            "kind", "title", "caption_left", "caption_right", "caption_continued", "landscape", "continuation_mark", "body_style", "header_style", "caption_style", "padding",
            "rule_width", "vertical_align", "rows", "columns", "duty_numbering", "activity_numbering", "duty_style", "new_page",
            "empty_note",
            "footnote", "note_style", "outline_level", "classification", "where", "total", "indent", "levels", "income", "expenditure",
            "project_rows", "project_style",
        ])
        let verticalText = try r.optionalText("vertical_align") ?? "middle"
        guard let vertical = VerticalAlignment(rawValue: verticalText) else {
            throw try r.required("vertical_align").error(.invalidValue, LayoutMessages.expectedVerticalAlignment)
        }
        let headerStyle = try style(r.required("header_style"))
        var tableStyle = TableStyle(
            body: try style(r.required("body_style")), header: headerStyle,
            caption: try style(r.required("caption_style")),
            padding: try r.optional("padding").map { try length($0, em: headerStyle.text.size) } ?? 3,
            ruleWidth: try r.optional("rule_width").map { try number($0) } ?? 0.5, verticalAlignment: vertical,
            continuationMark: try r.optionalText("continuation_mark") ?? "（续）")
        tableStyle.headerWords = .budgetTerms
        let kindText = try r.optionalText("kind") ?? "rows"
        let kind: TableDefinition.Kind
        switch kindText {
        case "rows":
            let rowsNode = try r.required("rows")
            let fixed = rowsNode.node.isSequence
            let columns = try r.list("columns").map { try listColumn($0, needsCell: !fixed) }
            if fixed {
                let rows = try rowsNode.elements().map { row -> [Template] in
                    let cells = try row.elements().map { try template($0) }
                    guard cells.count == columns.count else {
                        throw row.error(.invalidValue, LayoutMessages.rowCells(cells.count, columns: columns.count))
                    }
                    return cells
                }
                kind = .fixed(rows: rows, columns: columns)
            } else {
                kind = .rows(path: try Template.path(try rowsNode.text(), in: rowsNode, file: root.file), columns: columns)
            }
        case "performance_matrix":
            kind = .performanceMatrix(try readMatrix(r))
        case "classified":
            kind = .classified(try readClassified(r))
        case "balance":
            kind = .balance(try readBalance(r))
        case "indicator_table":
            kind = .indicators(try readIndicatorTable(r))
        default:
            throw try r.required("kind").error(
                .invalidValue, LayoutMessages.expectedTableKind(found: kindText))
        }
        var noteStyle: String?
        if let node = try r.optional("note_style") {
            let name = try node.text()
            guard styles[name] != nil else { throw node.error(.invalidValue, LayoutMessages.noStyle(name)) }
            noteStyle = name
        }
        return TableDefinition(
            name: name, location: r.location(), kind: kind, title: try r.optional("title").map { try template($0) },
            outlineLevel: try r.optional("outline_level").map { try $0.integer() },
            captionLeft: try r.optional("caption_left").map { try template($0) },
            captionRight: try r.optional("caption_right").map { try template($0) },
            captionContinued: try r.optional("caption_continued").map { try template($0) },
            landscape: try r.optional("landscape").map { try bool($0) } ?? false,
            newPage: try r.optional("new_page").map { try bool($0) } ?? false, style: tableStyle,
            emptyNote: try r.optional("empty_note").map { try template($0) },
            footnote: try r.optional("footnote").map { try template($0) }, noteStyle: noteStyle)
    }

    func readMatrix(_ r: NodeReader) throws -> PerformanceMatrixSpec {
        let columns = try r.required("columns")
        _ = try columns.mapping(allowing: ["activity", "budget", "description", "goal", "indicator", "grades"])
        func column(_ key: String, _ defaultAlignment: TextAlignment) throws -> PerformanceMatrixSpec.Column {
            let node = try columns.required(key)
            _ = try node.mapping(allowing: ["header", "width", "align", "repeat_when_split"])
            return PerformanceMatrixSpec.Column(
                header: try node.text("header"), width: try width(node.required("width")),
                alignment: try alignment(node.optional("align"), default: defaultAlignment),
                decimal: try isDecimal(node.optional("align")),
                repeatWhenSplit: try node.optional("repeat_when_split").map { try bool($0) } ?? false)
        }
        let grades = try columns.required("grades")
        _ = try grades.mapping(allowing: ["header", "labels", "width", "align"])
        let labels = try grades.texts("labels")
        guard labels.count == 4 else { throw try grades.required("labels").error(.invalidValue, LayoutMessages.fourGradeLabels) }
        let gradeWidth = try width(grades.required("width"))
        let gradeAlignment = try alignment(grades.optional("align"), default: .center)
        return PerformanceMatrixSpec(
            activity: try column("activity", .left), budget: try column("budget", .right),
            description: try column("description", .left), goal: try column("goal", .left),
            indicator: try column("indicator", .left), gradesHeader: try grades.text("header"),
            grades: labels.map { PerformanceMatrixSpec.Column(header: $0, width: gradeWidth, alignment: gradeAlignment) },
            dutyNumbering: try template(r.required("duty_numbering")),
            activityNumbering: try template(r.required("activity_numbering")),
            dutyStyle: try r.optional("duty_style").map { try style($0) })
    }
}
