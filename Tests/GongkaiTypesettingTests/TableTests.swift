import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

@Suite("Tables")
struct TableTests {
    func table(
        name: String = "t", columns: Int = 3, header: [[TableCell]] = [], body: [[TableCell]],
        widths: [ColumnWidth]? = nil
    ) -> Table {
        Table(
            name: name, caption: nil,
            columns: (widths ?? Array(repeating: .fraction(1), count: columns)).map { TableColumn(width: $0) },
            headerRows: header, bodyRows: body, style: Fixture.tableStyle())
    }

    /// The `invalidSpan` error thrown for `table`, if any.
    func invalidSpan(_ table: Table) -> (table: String, part: String, row: Int, column: Int, reason: String)? {
        do {
            _ = try Fixture.typeset([.table(table)])
            return nil
        } catch let TypesettingError.invalidSpan(name, part, row, column, reason) {
            return (name, part, row, column, reason.english)
        } catch {
            return nil
        }
    }

    // MARK: Span errors

    @Test("a cell spanning into a slot covered by a row span from above throws invalidSpan")
    func overlappingRowSpan() throws {
        // Row 1's first cell is placed at column 0; with colspan 2 it runs into B's slot (row 2, column 2).
        let t = table(
            name: "spans",
            body: [
                [TableCell("A"), TableCell("B", rowSpan: 2), TableCell("C")],
                [TableCell("D", colSpan: 2), TableCell("E")],
            ])
        let error = try #require(invalidSpan(t))
        #expect(error.table == "spans")
        #expect(error.part == "body")
        #expect(error.row == 1)
        #expect(error.column == 0)
        #expect(error.reason.contains("overlaps"))
    }

    @Test("two row spans in header rows that collide throw invalidSpan in the header part")
    func overlappingRowSpanInHeader() throws {
        // Row 0: A spans rows 0–2 in column 0, B spans rows 0–1 in column 1, C in column 2.
        // Row 2: the first free slot is column 1, where F (colspan 2) is fine; but row 1's E with colspan 2
        // starts at column 2 and runs past the last column. Use a rowspan collision instead:
        // Row 1: D at column 2 with rowspan 2 → covers (2, 2). Row 2: G at column 1 with colspan 2 → overlaps (2, 2).
        let t = table(
            name: "head",
            header: [
                [TableCell("A", rowSpan: 3), TableCell("B", rowSpan: 2), TableCell("C")],
                [TableCell("D", rowSpan: 2)],
                [TableCell("G", colSpan: 2)],
            ],
            body: [[TableCell("x"), TableCell("y"), TableCell("z")]])
        let error = try #require(invalidSpan(t))
        #expect(error.table == "head")
        #expect(error.part == "header")
        #expect(error.row == 2)
        #expect(error.column == 1)
    }

    @Test("a colspan past the last column throws invalidSpan at the cell's slot")
    func colSpanPastLastColumn() throws {
        let t = table(
            name: "wide", columns: 2,
            body: [
                [TableCell("A"), TableCell("B")],
                [TableCell("C"), TableCell("D", colSpan: 2)],
            ])
        let error = try #require(invalidSpan(t))
        #expect(error.table == "wide")
        #expect(error.part == "body")
        #expect(error.row == 1)
        #expect(error.column == 1)
        #expect(error.reason.contains("colspan"))
    }

    @Test("a rowspan past the last row throws invalidSpan at the cell's slot")
    func rowSpanPastLastRow() throws {
        let t = table(
            name: "tall", columns: 2,
            body: [
                [TableCell("A"), TableCell("B")],
                [TableCell("C"), TableCell("D")],
                [TableCell("E"), TableCell("F", rowSpan: 2)],
            ])
        let error = try #require(invalidSpan(t))
        #expect(error.table == "tall")
        #expect(error.part == "body")
        #expect(error.row == 2)
        #expect(error.column == 1)
        #expect(error.reason.contains("rowspan"))
    }

    @Test("a header rowspan may not reach into the body")
    func headerRowSpanPastHeader() throws {
        let t = table(
            name: "h", columns: 2, header: [[TableCell("A", rowSpan: 2), TableCell("B")]],
            body: [[TableCell("x"), TableCell("y")]])
        let error = try #require(invalidSpan(t))
        #expect(error.part == "header")
        #expect(error.row == 0)
        #expect(error.column == 0)
    }

    @Test("more cells than columns throw invalidSpan")
    func tooManyCells() throws {
        let t = table(name: "n", columns: 2, body: [[TableCell("A"), TableCell("B"), TableCell("C")]])
        let error = try #require(invalidSpan(t))
        #expect(error.row == 0)
        #expect(error.column == 2)
    }

    @Test("spans below 1 throw invalidSpan")
    func zeroSpan() throws {
        let t = table(name: "z", columns: 2, body: [[TableCell("A"), TableCell("B", colSpan: 0)]])
        let error = try #require(invalidSpan(t))
        #expect(error.row == 0)
        #expect(error.column == 1)
    }

    @Test("valid spans do not throw")
    func validSpans() throws {
        let t = table(
            body: [
                [TableCell("A", rowSpan: 2), TableCell("B", colSpan: 2)],
                [TableCell("C"), TableCell("D")],
            ])
        _ = try Fixture.typeset([.table(t)])
    }

    // MARK: Widths

    @Test("fixed widths wider than the type area throw tableTooWide")
    func tooWide() throws {
        let t = table(name: "big", columns: 2, body: [[TableCell("A"), TableCell("B")]], widths: [.fixed(60), .fixed(50)])
        #expect(throws: TypesettingError.tableTooWide(table: "big", required: 110, available: 100)) {
            _ = try Fixture.typeset([.table(t)])
        }
    }

    @Test("fixed widths that fill the area exactly are accepted")
    func exactlyWide() throws {
        let t = table(columns: 2, body: [[TableCell("A"), TableCell("B")]], widths: [.fixed(60), .fixed(40)])
        let page = try #require(try Fixture.typeset([.table(t)]).pages.first)
        let xs = Set(page.rules.filter(\.isVertical).map(\.from.x))
        #expect(xs == [25, 85, 125])
    }

    @Test("fractions share what the fixed columns leave")
    func fractionsShareTheRest() throws {
        let t = table(
            body: [[TableCell("A"), TableCell("B"), TableCell("C")]], widths: [.fixed(40), .fraction(1), .fraction(2)])
        let page = try #require(try Fixture.typeset([.table(t)]).pages.first)
        let xs = Set(page.rules.filter(\.isVertical).map(\.from.x)).sorted()
        let expected = [25.0, 65, 85, 125]
        try #require(xs.count == expected.count)
        for (x, e) in zip(xs, expected) { #expect(close(x, e)) }
    }

    @Test("fit columns follow their body, share the widest width, and wrap their header")
    func fitColumnsAreEven() throws {
        var style = Fixture.tableStyle(padding: 1)
        style.header.alignment = .left
        let t = Table(
            name: "fit", caption: nil,
            columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fitBody), TableColumn(width: .fitBody)],
            headerRows: [[TableCell("名称"), TableCell("一般公共预算"), TableCell("合计")]],
            bodyRows: [[TableCell("名"), TableCell("1.00"), TableCell("123456.00")]], style: style)
        let page = try #require(try Fixture.typeset([.table(t)]).pages.first)
        let xs = Set(page.rules.filter(\.isVertical).map(\.from.x)).sorted()
        try #require(xs.count == 4)
        // 123456.00 is 45 pt, plus padding: both amount columns take it; the name column the rest.
        #expect(close(xs[3] - xs[2], 47.01, 0.01))
        #expect(close(xs[2] - xs[1], xs[3] - xs[2], 0.001))
        #expect(close(xs[1] - xs[0], 100 - 2 * 47.01, 0.02))
        // The six-character header does not widen its column: it takes two lines.
        let runs = page.items.compactMap { if case .text(let run) = $0 { run } else { nil } }
        let header = runs.filter { "一般公共预算".contains($0.text) && !$0.text.isEmpty }
        #expect(Set(header.map(\.origin.y)).count == 2, "\(header.map(\.text))")
    }

    @Test("a caption too long for one line wraps its left text beside the right one, never over it")
    func longCaptionsDoNotOverlap() throws {
        func runs(_ caption: TableCaption) throws -> [TextRun] {
            let page = try #require(try Fixture.typeset([.table(Fixture.table(rows: 1, caption: caption))]).pages.first)
            // The caption's runs: not the header row (项目 金额) or the body row (行0 值0).
            return page.items.compactMap { if case .text(let run) = $0 { run } else { nil } }
                .filter { !["项目", "金额", "行0", "值0"].contains($0.text) }
        }
        func overlap(_ a: TextRun, _ b: TextRun) -> Bool {
            a.origin.y == b.origin.y && a.origin.x < b.origin.x + b.width && b.origin.x < a.origin.x + a.width
        }
        // 11 characters beside 单位：万元 (50 pt of 100): the left text wraps in the 40 pt left of it.
        let beside = try runs(TableCaption(left: "编制单位：某某县农业局", right: "单位：万元"))
        let unit = try #require(beside.first { $0.text == "单位：万元" })
        let left = beside.filter { $0.text != "单位：万元" }
        #expect(left.map(\.text).joined() == "编制单位：某某县农业局")
        #expect(unit.origin.y == left.map(\.origin.y).min())
        #expect(!left.contains { overlap($0, unit) }, "\(left.map(\.text))")
        #expect(left.allSatisfy { $0.origin.x + $0.width <= Fixture.marginLeft + 40 + 0.001 })
        // A right text wider than half the line goes below the left one.
        let below = try runs(TableCaption(left: "编制单位：某某县", right: "截止时间：2023年12月"))
        let date = below.filter { $0.text.contains("截止") || $0.text.contains("2023") || $0.text.contains("月") }
        let unitLine = below.filter { !$0.text.isEmpty && "编制单位：某某县".contains($0.text) }
        #expect(!date.isEmpty && !unitLine.isEmpty)
        #expect((date.map(\.origin.y).min() ?? 0) > (unitLine.map(\.origin.y).max() ?? .infinity))
        #expect(!below.contains { a in below.contains { b in a != b && overlap(a, b) } })
    }

    // MARK: Geometry

    @Test("rows are padding + lines + padding tall and text sits inside with the padding")
    func rowGeometry() throws {
        let page = try #require(try Fixture.typeset([.table(Fixture.table(rows: 2))]).pages.first)
        // Caption on the first line, header row 16 pt, then body rows of 16 pt.
        let ys = Set(page.rules.filter(\.isHorizontal).map(\.from.y)).sorted()
        #expect(ys == [40, 56, 72, 88])
        let caption = try #require(page.runs("某单位").first)
        #expect(close(caption.origin.y, Fixture.baseline(ofLine: 0)))
        #expect(close(caption.origin.x, Fixture.marginLeft))
        let unit = try #require(page.runs("单位：万元").first)
        #expect(close(unit.origin.x + unit.width, Fixture.marginLeft + Fixture.measure))
        #expect(close(unit.origin.y, caption.origin.y))
        // Header text centred in its 50 pt column, body text aligned by column.
        let item = try #require(page.runs("项目").first)
        #expect(close(item.origin.x, 25 + 15))
        #expect(close(item.origin.y, 40 + 3 + 8.8))
        let name = try #require(page.runs("行1").first)
        #expect(close(name.origin.x, 25 + 3))
        #expect(close(name.origin.y, 72 + 3 + 8.8))
        let value = try #require(page.runs("值1").first)
        #expect(close(value.origin.x + value.width, 125 - 3))
    }

    /// Three columns (30, 40, 30 pt), two header rows with spans, body rows with a three-row span, a
    /// two-column span and a wrapping cell: 32 + 26 + 16 + 16 = 90 pt, one page.
    static let spannedTable = Table(
        name: "boxes", caption: nil,
        columns: [TableColumn(width: .fixed(30)), TableColumn(width: .fraction(1)), TableColumn(width: .fixed(30), alignment: .right)],
        headerRows: [[TableCell("项目", colSpan: 2), TableCell("金额", rowSpan: 2)], [TableCell("科目"), TableCell("名称")]],
        bodyRows: [
            [TableCell("合计", rowSpan: 3), TableCell("拨款收入"), TableCell("12.5")],
            [TableCell("政府性基金", colSpan: 2)],
            [TableCell("其他"), TableCell("7.37")],
        ], style: Fixture.tableStyle())

    @Test("every cell's text lies inside its ruled box, padding included")
    func textInsideBoxes() throws {
        let result = try Fixture.typeset([.table(Self.spannedTable)])
        try #require(result.pages.count == 1)
        let page = result.pages[0]
        let runs = page.textRuns
        #expect(runs.map(\.text).sorted() == ["12.5", "7.37", "项目", "金额", "科目", "名称", "合计", "拨款收", "入", "政府性基金", "其他"].sorted())
        for run in runs {
            let ink = run.inkBox
            let box = try #require(page.ruledBox(around: ink), "no ruled box around \(run.text) at \(ink)")
            #expect(ink.x0 >= box.x0 + 3 - 0.001, "\(run.text) \(ink) in \(box)")
            #expect(ink.x1 <= box.x1 - 3 + 0.001, "\(run.text) \(ink) in \(box)")
            #expect(ink.y0 >= box.y0 + 3 - 0.001, "\(run.text) \(ink) in \(box)")
            #expect(ink.y1 <= box.y1 - 3 + 0.001, "\(run.text) \(ink) in \(box)")
        }
        // The three-row cell is one box three rows tall (26 + 16 + 16) with its text in the middle.
        let total = try #require(page.runs("合计").first)
        let box = try #require(page.ruledBox(around: total.inkBox))
        #expect(close(box.x0, 25) && close(box.x1, 55))
        #expect(close(box.y0, 62) && close(box.y1, 120))
        #expect(close(total.origin.y, 62 + 3 + 21 + 8.8))
        // The two-column cell's box spans columns 2 and 3.
        let fund = try #require(page.runs("政府性基金").first)
        let fundBox = try #require(page.ruledBox(around: fund.inkBox))
        #expect(close(fundBox.x0, 55) && close(fundBox.x1, 125))
        // Right-aligned column: the number ends at the padding.
        let amount = try #require(page.runs("12.5").first)
        #expect(close(amount.origin.x + amount.width, 125 - 3))
    }

    @Test("in a long table with spans, text stays inside ruled boxes on every page", arguments: 0...5)
    func textInsideBoxesOnEveryPage(leadingLines: Int) throws {
        var t = Self.spannedTable
        t.bodyRows = Array(repeating: Self.spannedTable.bodyRows, count: 6).flatMap { $0 }
        var blocks: [Block] = []
        if leadingLines > 0 { blocks.append(Fixture.paragraph(leadingLines * 10)) }
        blocks.append(.table(t))
        let result = try Fixture.typeset(blocks)
        #expect(result.pages.count >= 4)
        for page in result.pages {
            for run in page.textRuns where !run.text.hasPrefix("汉") {
                let ink = run.inkBox
                let box = try #require(page.ruledBox(around: ink), "page \(page.number): no box around \(run.text) at \(ink)")
                #expect(ink.x0 >= box.x0 - 0.001 && ink.x1 <= box.x1 + 0.001, "page \(page.number): \(run.text) \(ink) in \(box)")
                #expect(ink.y0 >= box.y0 - 0.001 && ink.y1 <= box.y1 + 0.001, "page \(page.number): \(run.text) \(ink) in \(box)")
            }
            for rule in page.rules {
                #expect(rule.maxY <= Fixture.marginTop + Fixture.areaHeight + 0.001, "page \(page.number): rule below the area")
            }
            // The header rows on every page the table reaches.
            if page.textRuns.contains(where: { ["合计", "政府性基金", "其他", "入"].contains($0.text) }) {
                #expect(page.count("项目") == 1 && page.count("科目") == 1, "page \(page.number)")
            }
        }
        // No body text lost or doubled.
        let all = result.pages.flatMap { $0.textRuns.map(\.text) }
        #expect(all.filter { $0 == "合计" }.count == 6)
        #expect(all.filter { $0 == "政府性基金" }.count == 6)
        #expect(all.filter { $0 == "7.37" }.count == 6)
    }

    @Test("a long cell wraps and its row grows to hold every line")
    func wrappingCellGrowsRow() throws {
        let t = table(columns: 2, body: [[TableCell("一二三四五六七八九"), TableCell("x")]])
        let page = try #require(try Fixture.typeset([.table(t)]).pages.first)
        // 44 pt of text width: 4 ideographs a line, 3 lines, row 30 + 6 = 36 pt.
        #expect(page.lineTexts.filter { $0 != "x" }.count == 3)
        let ys = Set(page.rules.filter(\.isHorizontal).map(\.from.y)).sorted()
        #expect(ys == [30, 66])
        let x = try #require(page.runs("x").first)
        // Middle alignment: (36 − 6 − 10) / 2 = 10 below the padding.
        #expect(close(x.origin.y, 30 + 3 + 10 + 8.8))
    }

    @Test("vertical alignment top and bottom", arguments: [(VerticalAlignment.top, 0.0), (.bottom, 20.0)])
    func verticalAlignment(alignment: VerticalAlignment, shift: Double) throws {
        let t = Table(
            name: "v", caption: nil, columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fraction(1))],
            headerRows: [], bodyRows: [[TableCell("一二三四五六七八九"), TableCell("x")]],
            style: Fixture.tableStyle(verticalAlignment: alignment))
        let page = try #require(try Fixture.typeset([.table(t)]).pages.first)
        let x = try #require(page.runs("x").first)
        #expect(close(x.origin.y, 30 + 3 + shift + 8.8))
    }

    // MARK: Across pages

    @Test("a table longer than a page repeats its caption and header rows on every page")
    func repeatedHeader() throws {
        let result = try Fixture.typeset([.table(Fixture.table(rows: 20))])
        // Caption 10 + header 16 + 4 rows of 16 = 90 per page.
        #expect(result.pages.count == 5)
        for page in result.pages {
            #expect(page.count("某单位") == 1, "page \(page.number)")
            #expect(page.count("单位：万元") == 1, "page \(page.number)")
            #expect(page.count("项目") == 1, "page \(page.number)")
            #expect(page.count("金额") == 1, "page \(page.number)")
            // The repeated header sits at the top of the type area, exactly as on page 1.
            #expect(close(try #require(page.runs("某单位").first).origin.y, Fixture.baseline(ofLine: 0)))
            #expect(close(try #require(page.runs("项目").first).origin.y, 40 + 3 + 8.8))
            // Rows follow the header directly.
            let rows = page.textRuns.filter { $0.text.hasPrefix("行") }
            #expect(rows.count == 4)
            #expect(close(try #require(rows.first).origin.y, 56 + 3 + 8.8))
        }
        // Every body row once, in order.
        let rows = result.pages.flatMap { $0.lines.map(\.text).filter { $0.hasPrefix("行") } }
        #expect(rows == (0..<20).map { "行\($0)值\($0)" })
    }

    @Test("a continued table without a caption repeats its header rows only")
    func repeatedHeaderWithoutCaption() throws {
        let result = try Fixture.typeset([.table(Fixture.table(rows: 12, caption: nil))])
        // Header 16 + 5 rows × 16 = 96 per page: 5, 5, 2.
        #expect(result.pages.map { $0.textRuns.filter { $0.text.hasPrefix("行") }.count } == [5, 5, 2])
        for page in result.pages {
            #expect(page.count("项目") == 1)
            #expect(page.count("某单位") == 0)
        }
    }

    @Test("a table after a paragraph repeats its header when it continues")
    func repeatedHeaderAfterText() throws {
        let result = try Fixture.typeset([Fixture.paragraph(30), .table(Fixture.table(rows: 6))])
        // Page 1: 3 lines (30) + caption/header (26) + 2 rows (32) = 88; page 2: 26 + 4 rows = 90.
        #expect(result.pages.count == 2)
        #expect(result.pages.map { $0.count("项目") } == [1, 1])
        #expect(result.pages.map { $0.count("某单位") } == [1, 1])
        #expect(result.pages.map { $0.textRuns.filter { $0.text.hasPrefix("行") }.count } == [2, 4])
        let page2 = result.pages[1]
        #expect(close(try #require(page2.runs("某单位").first).origin.y, Fixture.baseline(ofLine: 0)))
        #expect(close(try #require(page2.runs("行2").first).origin.y, 56 + 3 + 8.8))
    }

    @Test("a continued caption uses its continuedLeft text on later pages")
    func continuedCaption() throws {
        var t = Fixture.table(rows: 10)
        t.caption = TableCaption(left: "某单位", right: "单位：万元", continuedLeft: "续表")
        let result = try Fixture.typeset([.table(t)])
        #expect(result.pages.count == 3)
        #expect(result.pages.map { $0.count("某单位") } == [1, 0, 0])
        #expect(result.pages.map { $0.count("续表") } == [0, 1, 1])
        #expect(result.pages.map { $0.count("单位：万元") } == [1, 1, 1])
    }

    @Test("a row-span group that fits on the next page moves there whole when little room is left")
    func smallRowSpanGroupMovesWhole() throws {
        var body = (0..<10).map { [TableCell("行\($0)"), TableCell("值\($0)")] }
        body[4] = [TableCell("合", rowSpan: 3), TableCell("值4")]
        body[5] = [TableCell("值5")]
        body[6] = [TableCell("值6")]
        var t = Fixture.table(rows: 0)
        t.bodyRows = body
        // Page 1: 26 + 4 × 16 = 90; 10 pt are left, less than a quarter page: the 48 pt group moves.
        let result = try Fixture.typeset([.table(t)])
        try #require(result.pages.count >= 2)
        let page1 = result.pages[0].textRuns.map(\.text)
        #expect(page1.filter { $0.hasPrefix("值") } == ["值0", "值1", "值2", "值3"])
        for text in ["合", "值4", "值5", "值6"] { #expect(result.pages[1].count(text) == 1, "\(text) not on page 2") }
        let merged = try #require(result.pages[1].runs("合").first)
        let box = try #require(result.pages[1].ruledBox(around: merged.inkBox))
        #expect(close(box.y1 - box.y0, 48))
    }

    @Test("a row-span group cut across pages closes its boxes and repeats its label with the continuation mark")
    func rowSpanGroupCutRepeatsLabel() throws {
        let rows: [[TableCell]] = [
            [TableCell("甲"), TableCell("一")],
            [TableCell("活动", rowSpan: 6), TableCell(Fixture.chars(12, "长"))],
            [TableCell("指标二")], [TableCell("指标三")], [TableCell("指标四")], [TableCell("指标五")], [TableCell("指标六")],
        ]
        var t = table(columns: 2, body: rows)
        t.columns[0].repeatsWhenSplit = true
        let result = try Fixture.typeset([Fixture.paragraph(20), .table(t)])
        try #require(result.pages.count == 2)
        #expect(result.pages[0].count("活动") == 1)
        // The label may wrap in its narrow column: read the page's text.
        #expect(result.pages[1].textRuns.map(\.text).joined().contains("活动（续）"))
        #expect(result.warnings.isEmpty)
        for page in result.pages {
            // Every cell text inside a box; the boxes closed at the page's foot (no rule below the area).
            for run in page.textRuns where !run.text.hasPrefix("汉") {
                let box = try #require(page.ruledBox(around: run.inkBox), "page \(page.number): no box around \(run.text)")
                #expect(run.inkBox.y1 <= box.y1 + 0.001)
            }
            for rule in page.rules { #expect(rule.maxY <= Fixture.marginTop + Fixture.areaHeight + 0.001) }
        }
        // The first page's part of the spanning cell is closed by a horizontal rule at its bottom.
        let label = try #require(result.pages[0].runs("活动").first)
        let box = try #require(result.pages[0].ruledBox(around: label.inkBox))
        #expect(result.pages[0].rules.contains { $0.isHorizontal && close($0.from.y, box.y1) })
        let all = result.pages.flatMap { $0.textRuns.map(\.text) }
        for text in ["指标二", "指标三", "指标四", "指标五", "指标六"] { #expect(all.contains(text)) }
    }

    @Test("a single cell five pages tall comes out whole over the pages, line by line")
    func fivePageCell() throws {
        // One column 100 pt wide: 9 characters to a line with 3 pt padding; 400 characters: 45 lines.
        let t = table(columns: 1, body: [[TableCell(Fixture.chars(400, "长"))]])
        let result = try Fixture.typeset([.table(t)])
        #expect(result.pages.count >= 5)
        #expect(result.warnings.isEmpty)
        let characters = result.pages.flatMap(\.textRuns).filter { $0.text.hasPrefix("长") }.reduce(0) { $0 + $1.text.count }
        #expect(characters == 400)
        for page in result.pages {
            for rule in page.rules { #expect(rule.maxY <= Fixture.marginTop + Fixture.areaHeight + 0.001) }
            #expect(page.textRuns.contains { $0.text.hasPrefix("长") }, "page \(page.number) carries none of the cell")
        }
    }

    @Test("a 2,000-row table completes, every row on some page with the header above it")
    func twoThousandRows() throws {
        let result = try Fixture.typeset([.table(Fixture.table(rows: 2000))])
        let rows = result.pages.flatMap(\.textRuns).filter { $0.text.hasPrefix("行") }.count
        #expect(rows == 2000)
        #expect(result.pages.allSatisfy { $0.count("项目") == 1 })
    }

    @Test("a table's first row group is not left alone at a page's foot when avoidable")
    func noLoneRowGroupAtFoot() throws {
        // 5 lines (50) + caption/header/row 0 (42) = 92 fits; row 1 would end at 108.
        // Four rows fit under the repeated header on page 2 (26 + 64 = 90).
        let result = try Fixture.typeset([Fixture.paragraph(50), .table(Fixture.table(rows: 4))])
        try #require(result.pages.count == 2)
        #expect(result.pages[0].lineTexts == Array(repeating: Fixture.chars(10), count: 5))
        #expect(result.pages[0].count("某单位") == 0)
        #expect(result.pages[1].count("某单位") == 1)
        #expect(result.pages[1].count("项目") == 1)
        #expect(result.pages[1].textRuns.filter { $0.text.hasPrefix("行") }.count == 4)
        #expect(close(try #require(result.pages[1].runs("某单位").first).origin.y, Fixture.baseline(ofLine: 0)))
    }

    @Test("with orphans 1 the first row may stay at the foot (control)")
    func loneRowAllowedWhenAsked() throws {
        var t = Fixture.table(rows: 4)
        t.style = Fixture.tableStyle(orphans: 1, widows: 1)
        let result = try Fixture.typeset([Fixture.paragraph(50), .table(t)])
        #expect(result.pages.map { $0.textRuns.filter { $0.text.hasPrefix("行") }.count } == [1, 3])
    }

    @Test("a table's last row group is not carried alone to the next page")
    func noLoneRowGroupAtHead() throws {
        // 2 lines (20) + header (16) + 4 rows (64) = 100: row 4 would go alone to page 2.
        let result = try Fixture.typeset([Fixture.paragraph(20), .table(Fixture.table(rows: 5, caption: nil))])
        #expect(result.pages.map { $0.textRuns.filter { $0.text.hasPrefix("行") }.count } == [3, 2])
        #expect(result.pages.map { $0.count("项目") } == [1, 1])
    }

    @Test("a cell taller than the room left is cut between its lines, its text inside boxes on both pages")
    func tallCellIsCut() throws {
        // Row 1's first cell: 50 ideographs, 4 to a 44 pt line, 13 lines: 136 pt, taller than a page.
        let t = table(columns: 2, body: [[TableCell("一"), TableCell("x")], [TableCell(Fixture.chars(50, "长")), TableCell("y")]])
        let result = try Fixture.typeset([.table(t)])
        #expect(result.warnings.isEmpty)
        try #require(result.pages.count == 2)
        let lines = result.pages.map { $0.textRuns.filter { $0.text.hasPrefix("长") }.count }
        #expect(lines.reduce(0, +) == 13)
        #expect(lines.allSatisfy { $0 >= 2 }, "lines of the cut cell per page: \(lines)")
        for page in result.pages {
            for run in page.textRuns {
                let box = try #require(page.ruledBox(around: run.inkBox), "page \(page.number): no box around \(run.text)")
                #expect(run.inkBox.y1 <= box.y1 + 0.001 && run.inkBox.y0 >= box.y0 - 0.001)
            }
            // Nothing below the type area.
            for rule in page.rules { #expect(rule.maxY <= Fixture.marginTop + Fixture.areaHeight + 0.001) }
        }
    }

    @Test("space after a table is kept after a row that was cut across pages")
    func spaceAfterSurvivesCut() throws {
        let t = Table(
            name: "after", caption: nil, columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fraction(1))],
            headerRows: [], bodyRows: [[TableCell("一"), TableCell("x")], [TableCell(Fixture.chars(50, "长")), TableCell("y")]],
            style: Fixture.tableStyle(spaceAfter: 8))
        let result = try Fixture.typeset([.table(t), Fixture.paragraph("完")])
        try #require(result.pages.count == 2)
        let page = result.pages[1]
        let tableBottom = try #require(page.rules.filter(\.isHorizontal).map(\.from.y).max())
        let after = try #require(page.runs("完").first)
        #expect(close(after.origin.y, tableBottom + 8 + Fixture.baselineInLine), "table ends at \(tableBottom)")
    }

    @Test("space after a table that is not cut (control)")
    func spaceAfterUncut() throws {
        let t = Table(
            name: "after", caption: nil, columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fraction(1))],
            headerRows: [], bodyRows: [[TableCell("一"), TableCell("x")]], style: Fixture.tableStyle(spaceAfter: 8))
        let page = try #require(try Fixture.typeset([.table(t), Fixture.paragraph("完")]).pages.first)
        #expect(close(try #require(page.runs("完").first).origin.y, 30 + 16 + 8 + Fixture.baselineInLine))
    }

    @Test("automatic columns that cannot fit beside fixed ones throw tableTooWide instead of running off the page")
    func autoColumnsNeverOverflow() throws {
        let t = Table(
            name: "auto", caption: nil, columns: [TableColumn(width: .fixed(90)), TableColumn(width: .auto)],
            headerRows: [], bodyRows: [[TableCell("甲"), TableCell("乙乙乙")]], style: Fixture.tableStyle())
        do {
            let result = try Fixture.typeset([.table(t)])
            for page in result.pages {
                for rule in page.rules {
                    #expect(rule.maxX <= Fixture.marginLeft + Fixture.measure + 0.001, "rule at x = \(rule.maxX)")
                }
            }
        } catch TypesettingError.tableTooWide(let name, _, let available) {
            #expect(name == "auto")
            #expect(available == 100)
        }
    }

    @Test("automatic columns share the area with fixed ones when they fit")
    func autoColumnsFit() throws {
        let t = Table(
            name: "auto", caption: nil, columns: [TableColumn(width: .fixed(40)), TableColumn(width: .auto)],
            headerRows: [], bodyRows: [[TableCell("甲"), TableCell("乙乙乙")]], style: Fixture.tableStyle())
        let page = try #require(try Fixture.typeset([.table(t)]).pages.first)
        let xs = Set(page.rules.filter(\.isVertical).map(\.from.x)).sorted()
        // With no fractions the automatic column takes all that is left.
        #expect(xs == [25, 65, 125])
        #expect(page.count("乙乙乙") == 1)
    }

    @Test("space before a table is dropped at the top of a page and kept after text")
    func tableSpaceBefore() throws {
        var t = Fixture.table(rows: 1)
        t.style = Fixture.tableStyle(spaceBefore: 6)
        let top = try #require(try Fixture.typeset([.table(t)]).pages.first)
        #expect(close(try #require(top.runs("某单位").first).origin.y, Fixture.baseline(ofLine: 0)))
        let after = try #require(try Fixture.typeset([Fixture.paragraph(10), .table(t)]).pages.first)
        #expect(close(try #require(after.runs("某单位").first).origin.y, Fixture.baseline(ofLine: 1) + 6))
    }
}
