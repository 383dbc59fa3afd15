import GongkaiDocument
import GongkaiModel

/// The department's own tables of one section (`custom_tables`): a title, the header rows (a cell equal to
/// its neighbours to the right in an upper header row spans them, and one equal to the cells below it spans
/// down), the rows, and the notes, in the styles of one of the layout's tables. Every cell is literal text.
struct CustomTableBuilder {
    let definition: TableDefinition
    let styles: [String: ParagraphStyle]

    func blocks(section: String, in scope: TemplateScope) -> [Block] {
        guard case .list(let tables)? = scope.lookup(["custom_tables"]) else { return [] }
        var blocks: [Block] = []
        for case .record(let table) in tables {
            guard case .text(section)? = table["section"] else { continue }
            let header = Self.rows(table["header"])
            let rows = Self.rows(table["rows"])
            let width = (header + rows).map(\.count).max() ?? 0
            guard width > 0 else { continue }
            let pad = { (row: [String]) in row + Array(repeating: "", count: width - row.count) }
            if case .text(let title)? = table["title"], !title.isEmpty {
                var style = styles["table_title"] ?? definition.style.caption
                style.keepWithNext = true
                blocks.append(.paragraph(Paragraph(title, style: style)))
            }
            blocks.append(.table(Table(
                name: "custom", caption: nil, columns: Self.columns(header.map(pad) + rows.map(pad), width: width),
                headerRows: Self.spanned(header.map(pad)), bodyRows: rows.map { pad($0).map { TableCell($0) } },
                style: definition.style)))
            let noteStyle = definition.noteStyle.flatMap { styles[$0] } ?? definition.style.caption
            if case .list(let notes)? = table["notes"] {
                for case .text(let note) in notes where !note.isEmpty {
                    blocks.append(.paragraph(Paragraph(note, style: noteStyle)))
                }
            }
        }
        return blocks
    }

    /// Columns sharing the width by their longest text, between one share (a short 序号) and four: a long
    /// word such as a web address breaks within its cell rather than widening the table past the page.
    private static func columns(_ grid: [[String]], width: Int) -> [TableColumn] {
        (0..<width).map { column in
            let longest = grid.map { $0[column].count }.max() ?? 0
            return TableColumn(width: .fraction(min(4, max(1, Double(longest) / 4))))
        }
    }

    private static func rows(_ value: TemplateValue?) -> [[String]] {
        guard case .list(let rows)? = value else { return [] }
        return rows.map { row in
            guard case .list(let cells) = row else { return [] }
            return cells.map { if case .text(let text) = $0 { text } else { "" } }
        }
    }

    /// Header cells with spans: equal neighbours to the right in a row above the last merge into one cell,
    /// and a cell whose text repeats in the same columns below spans down.
    static func spanned(_ grid: [[String]]) -> [[TableCell]] {
        guard let width = grid.first?.count else { return [] }
        var covered = Array(repeating: Array(repeating: false, count: width), count: grid.count)
        var result: [[TableCell]] = []
        for row in grid.indices {
            var cells: [TableCell] = []
            for column in 0..<width where !covered[row][column] {
                let text = grid[row][column]
                var colSpan = 1
                if row < grid.count - 1, !text.isEmpty {
                    while column + colSpan < width, !covered[row][column + colSpan], grid[row][column + colSpan] == text {
                        colSpan += 1
                    }
                }
                var rowSpan = 1
                while !text.isEmpty, row + rowSpan < grid.count,
                    (column..<column + colSpan).allSatisfy({ grid[row + rowSpan][$0] == text && !covered[row + rowSpan][$0] })
                {
                    rowSpan += 1
                }
                for r in row..<row + rowSpan {
                    for c in column..<column + colSpan { covered[r][c] = true }
                }
                cells.append(TableCell(text, rowSpan: rowSpan, colSpan: colSpan))
            }
            result.append(cells)
        }
        return result
    }
}
