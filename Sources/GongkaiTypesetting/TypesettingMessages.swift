import GongkaiMessages

/// The catalogue of what the typesetter says, in English and Chinese, from typed arguments: the tables it
/// cannot set (spans that leave the grid, columns wider than the type area) and what it set but not as asked.
enum TypesettingMessages {
    /// A table's part as each language names it (`header`, `body`).
    static func part(_ part: String) -> LocalizedText {
        switch part {
        case "header": LocalizedText("header", zh: "表头")
        case "body": LocalizedText("body", zh: "表体")
        case "footer": LocalizedText("footer", zh: "表尾")
        default: LocalizedText(verbatim: part)
        }
    }

    static func invalidSpan(table: String, part: String, row: Int, column: Int, reason: LocalizedText) -> LocalizedText {
        let part = Self.part(part)
        return LocalizedText(
            "table \(table), \(part.english) row \(row), column \(column): ", zh: "表格 \(table)，\(part.chinese)第 \(row) 行第 \(column) 列：")
            + reason
    }
    static func tableTooWide(table: String, required: Double, available: Double) -> LocalizedText {
        LocalizedText(
            "table \(table): fixed columns need \(required) pt but only \(available) pt are available",
            zh: "表格 \(table)：固定宽度的列需要 \(required) pt，但版心只有 \(available) pt")
    }

    // MARK: - Why a cell's spans do not fit (rows and columns counted from 1)

    static func spanBelowOne(rowSpan: Int, colSpan: Int) -> LocalizedText {
        LocalizedText(
            "spans must be at least 1 (rowspan \(rowSpan), colspan \(colSpan))", zh: "跨行跨列数至少为 1（跨 \(rowSpan) 行，跨 \(colSpan) 列）")
    }
    static func moreCellsThanColumns(_ columns: Int) -> LocalizedText {
        LocalizedText("the row has more cells than the table's \(columns) columns", zh: "此行的格数多于表格的 \(columns) 列")
    }
    static func colSpanPastLastColumn(_ colSpan: Int) -> LocalizedText {
        LocalizedText("colspan \(colSpan) runs past the last column", zh: "跨 \(colSpan) 列，超出了最后一列")
    }
    static func rowSpanPastLastRow(_ rowSpan: Int) -> LocalizedText {
        LocalizedText("rowspan \(rowSpan) runs past the last row", zh: "跨 \(rowSpan) 行，超出了最后一行")
    }
    static func overlapsSpanFromAbove(row: Int, column: Int) -> LocalizedText {
        LocalizedText(
            "overlaps a cell spanning from above (row \(row), column \(column))", zh: "与上方跨行的单元格重叠（第 \(row) 行第 \(column) 列）")
    }

    // MARK: - Warnings

    static func onPage(_ page: Int, _ what: LocalizedText) -> LocalizedText {
        LocalizedText("page \(page): ", zh: "第 \(page) 页：") + what
    }
    static let blockPastFoot = LocalizedText(
        "a block taller than the type area runs past the page's foot", zh: "有一块内容高于版心，超出了页面底部")
}
