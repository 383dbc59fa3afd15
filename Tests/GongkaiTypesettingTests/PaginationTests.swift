import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

@Suite("Pagination")
struct PaginationTests {
    /// A paragraph of `lines` full lines of `character`.
    func lines(_ lines: Int, of character: Character = "汉", style: ParagraphStyle = Fixture.style()) -> Block {
        .paragraph(Paragraph(Fixture.chars(lines * 10, character), style: style))
    }

    @Test("lines per page follow the type area's height", arguments: [(10.0, 10), (20.0, 5), (12.5, 8)])
    func linesPerPage(lineHeight: Double, perPage: Int) throws {
        var style = Fixture.style(orphans: 1, widows: 1)
        style.lineHeight = lineHeight
        let total = 2 * perPage + 3
        let result = try Fixture.typeset([lines(total, style: style)])
        #expect(result.pages.map { $0.lines.count } == [perPage, perPage, 3])
        #expect(result.pages.map(\.number) == [1, 2, 3])
        // Baselines: the em box centred in each line, lines lineHeight apart from the area's top.
        let inLine = (lineHeight - 10) / 2 + Fixture.ascent
        for page in result.pages {
            let ys = page.lines.map(\.y)
            for (index, y) in ys.enumerated() {
                #expect(close(y, Fixture.marginTop + Double(index) * lineHeight + inLine))
            }
            // Nothing runs past the type area's foot.
            let lastY = try #require(ys.last)
            #expect(lastY + Fixture.descent <= Fixture.marginTop + Fixture.areaHeight + 0.001)
        }
        #expect(result.warnings.isEmpty)
    }

    @Test("the page size is the geometry's")
    func pageSize() throws {
        let page = try #require(try Fixture.typeset([Fixture.paragraph(3)]).pages.first)
        #expect(page.width == 140)
        #expect(page.height == 150)
        #expect(page.number == 1)
    }

    @Test("orphans: a paragraph does not leave a single line at a page's foot")
    func noOrphan() throws {
        // 9 lines of A; B has 3 lines and would put one at the foot of page 1.
        let result = try Fixture.typeset([lines(9), lines(3, of: "字")])
        #expect(result.lineTexts == [
            Array(repeating: Fixture.chars(10), count: 9),
            Array(repeating: Fixture.chars(10, "字"), count: 3),
        ])
        // The moved line starts page 2 at the top.
        #expect(close(try #require(result.pages.last?.lines.first?.y), Fixture.baseline(ofLine: 0)))
    }

    @Test("orphans = 1 lets the single line stay (control for the orphan rule)")
    func orphanAllowedWhenAsked() throws {
        let b = Fixture.style(orphans: 1, widows: 1)
        let result = try Fixture.typeset([lines(9), lines(3, of: "字", style: b)])
        #expect(result.pages.map { $0.lines.count } == [10, 2])
    }

    @Test("widows: a paragraph does not carry a single line to the next page's head")
    func noWidow() throws {
        // 8 lines of A; B has 3 lines: two would fit on page 1, leaving one alone on page 2.
        let result = try Fixture.typeset([lines(8), lines(3, of: "字")])
        #expect(result.lineTexts == [
            Array(repeating: Fixture.chars(10), count: 8),
            Array(repeating: Fixture.chars(10, "字"), count: 3),
        ])
    }

    @Test("widows: a long paragraph breaks one line early so that two lines reach the next page")
    func widowInLongParagraph() throws {
        let result = try Fixture.typeset([.paragraph(Paragraph(Fixture.chars(105), style: Fixture.style()))])
        #expect(result.pages.map { $0.lines.count } == [9, 2])
        #expect(result.pages.last?.lineTexts == [Fixture.chars(10), Fixture.chars(5)])
    }

    @Test("a four-line paragraph split two and two is allowed")
    func evenSplitAllowed() throws {
        let result = try Fixture.typeset([lines(8), lines(4, of: "字")])
        #expect(result.pages.map { $0.lines.count } == [10, 2])
    }

    @Test("no page ever holds exactly one line of a paragraph that continues across it",
          arguments: 1...12)
    func widowsAndOrphansNeverViolated(before: Int) throws {
        // A paragraph of `before` lines, then one of 5 lines of 字 with orphans = widows = 2.
        let result = try Fixture.typeset([lines(before), lines(5, of: "字")])
        var counts: [Int] = []
        for page in result.pages {
            counts.append(page.lineTexts.filter { $0.hasPrefix("字") }.count)
        }
        let nonEmpty = counts.filter { $0 > 0 }
        #expect(nonEmpty.reduce(0, +) == 5)
        if nonEmpty.count > 1 {
            #expect(nonEmpty.allSatisfy { $0 >= 2 }, "字 lines per page: \(counts)")
        }
        for page in result.pages { #expect(page.lines.count <= 10) }
    }

    @Test("keep-with-next: a heading that would end a page moves to the next with its paragraph")
    func headingKeptWithNext() throws {
        let heading = Block.paragraph(Paragraph("一、标题", style: Fixture.style(keepWithNext: true), role: .heading(level: 1)))
        let body = Fixture.style(orphans: 1, widows: 1)
        let result = try Fixture.typeset([lines(9), heading, lines(3, of: "字", style: body)])
        #expect(result.lineTexts == [
            Array(repeating: Fixture.chars(10), count: 9),
            ["一、标题"] + Array(repeating: Fixture.chars(10, "字"), count: 3),
        ])
        let top = try #require(result.pages.last?.lines.first)
        #expect(close(top.y, Fixture.baseline(ofLine: 0)))
    }

    @Test("without keep-with-next the same heading stays at the page's foot (control)")
    func headingWithoutKeep() throws {
        let heading = Block.paragraph(Paragraph("一、标题", style: Fixture.style(), role: .heading(level: 1)))
        let body = Fixture.style(orphans: 1, widows: 1)
        let result = try Fixture.typeset([lines(9), heading, lines(3, of: "字", style: body)])
        #expect(result.pages.first?.lineTexts.last == "一、标题")
    }

    @Test("keep-with-next holds when the following paragraph cannot leave a line behind either")
    func headingKeptWhenNextHasOrphanRule() throws {
        // A: 8 lines; heading on line 9; B's first line would fit on line 10 but is an orphan.
        let heading = Block.paragraph(Paragraph("二、标题", style: Fixture.style(keepWithNext: true)))
        let result = try Fixture.typeset([lines(8), heading, lines(3, of: "字")])
        #expect(result.pages.map { $0.lines.count } == [8, 4])
        #expect(result.pages.last?.lineTexts.first == "二、标题")
    }

    @Test("a multi-line heading with keep-with-next is never split inside")
    func multiLineHeadingNotSplit() throws {
        let heading = Block.paragraph(Paragraph(Fixture.chars(20, "题"), style: Fixture.style(keepWithNext: true, orphans: 1, widows: 1)))
        let body = Fixture.style(orphans: 1, widows: 1)
        let result = try Fixture.typeset([lines(9), heading, lines(2, of: "字", style: body)])
        #expect(result.lineTexts == [
            Array(repeating: Fixture.chars(10), count: 9),
            [Fixture.chars(10, "题"), Fixture.chars(10, "题"), Fixture.chars(10, "字"), Fixture.chars(10, "字")],
        ])
    }

    @Test("space before a paragraph is kept inside a page")
    func spaceBeforeInsidePage() throws {
        let spaced = Fixture.style(spaceBefore: 15)
        let result = try Fixture.typeset([lines(3), lines(1, of: "字", style: spaced)])
        let page = try #require(result.pages.first)
        #expect(page.lines.count == 4)
        #expect(close(page.lines[3].y, Fixture.marginTop + 30 + 15 + Fixture.baselineInLine))
    }

    @Test("space before is dropped at the top of the first page")
    func spaceBeforeDroppedOnFirstPage() throws {
        let spaced = Fixture.style(spaceBefore: 15)
        let page = try #require(try Fixture.typeset([lines(1, of: "字", style: spaced)]).pages.first)
        #expect(close(try #require(page.lines.first).y, Fixture.baseline(ofLine: 0)))
    }

    @Test("space before is dropped at the top of a following page")
    func spaceBeforeDroppedAtPageTop() throws {
        let spaced = Fixture.style(spaceBefore: 15)
        // A fills page 1 exactly; B starts page 2.
        let result = try Fixture.typeset([lines(10), lines(2, of: "字", style: spaced)])
        try #require(result.pages.count == 2)
        let page2 = result.pages[1]
        #expect(page2.lineTexts == [Fixture.chars(10, "字"), Fixture.chars(10, "字")])
        #expect(close(page2.lines[0].y, Fixture.baseline(ofLine: 0)))
        #expect(close(page2.lines[1].y, Fixture.baseline(ofLine: 1)))
    }

    @Test("space before counts when deciding whether a paragraph fits")
    func spaceBeforeCountsForFit() throws {
        // 9 lines + 15 pt + one line = 105 pt > 100: the line moves, and loses its space on page 2.
        let spaced = Fixture.style(spaceBefore: 15)
        let result = try Fixture.typeset([lines(9), lines(1, of: "字", style: spaced)])
        #expect(result.pages.map { $0.lines.count } == [9, 1])
        #expect(close(try #require(result.pages.last?.lines.first).y, Fixture.baseline(ofLine: 0)))
    }

    @Test("space after separates paragraphs on a page")
    func spaceAfter() throws {
        let spaced = Fixture.style(spaceAfter: 7)
        let page = try #require(try Fixture.typeset([lines(2, style: spaced), lines(1, of: "字")]).pages.first)
        #expect(close(page.lines[2].y, Fixture.marginTop + 20 + 7 + Fixture.baselineInLine))
    }

    @Test("a page break starts a new page")
    func pageBreak() throws {
        let result = try Fixture.typeset([lines(2), .pageBreak, lines(2, of: "字")])
        #expect(result.lineTexts == [
            [Fixture.chars(10), Fixture.chars(10)],
            [Fixture.chars(10, "字"), Fixture.chars(10, "字")],
        ])
        #expect(result.pages.map(\.number) == [1, 2])
        #expect(close(try #require(result.pages.last?.lines.first).y, Fixture.baseline(ofLine: 0)))
    }

    @Test("a page break drops the following paragraph's space before")
    func pageBreakDropsSpaceBefore() throws {
        let spaced = Fixture.style(spaceBefore: 15)
        let result = try Fixture.typeset([lines(2), .pageBreak, lines(1, of: "字", style: spaced)])
        try #require(result.pages.count == 2)
        #expect(close(try #require(result.pages[1].lines.first).y, Fixture.baseline(ofLine: 0)))
    }

    @Test("a line taller than the type area is placed alone and reported")
    func overfullLine() throws {
        var tall = Fixture.style()
        tall.lineHeight = 120
        let result = try Fixture.typeset([lines(2), .paragraph(Paragraph("高", style: tall)), lines(1, of: "字")])
        #expect(result.lineTexts == [
            [Fixture.chars(10), Fixture.chars(10)], ["高"], [Fixture.chars(10, "字")],
        ])
        #expect(result.warnings.map(\.page) == [2])
    }
}
