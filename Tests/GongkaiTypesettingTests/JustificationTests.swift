import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

@Suite("Justification and alignment")
struct JustificationTests {
    let rightEdge = Fixture.marginLeft + Fixture.measure

    @Test("every line but the last of a justified paragraph ends exactly at the right edge")
    func fullLinesReachTheRightEdge() throws {
        // The second line is one character short: "。" at the start of line 3 pushes "汉" down.
        let text = Fixture.chars(8) + "2023" + Fixture.chars(9) + "汉。" + Fixture.chars(5)
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text, style: Fixture.style(firstLineIndent: 0))]).pages.first)
        let lines = page.lines
        #expect(lines.map(\.text) == [Fixture.chars(8) + "2023", Fixture.chars(9), "汉。" + Fixture.chars(5)])
        for line in lines.dropLast() {
            let last = try #require(line.runs.last)
            let lastX = last.origin.x + (last.offsets.last ?? 0)
            // The last character's x plus its advance (10 pt for an ideograph, 5 pt for ASCII).
            let advance = try #require(last.text.last).isASCII ? 5.0 : 10.0
            #expect(close(lastX + advance, rightEdge), "line \(line.text) ends at \(lastX + advance), not \(rightEdge)")
            #expect(close(line.right, rightEdge))
            #expect(close(line.left, Fixture.marginLeft))
        }
    }

    @Test("a line one character short because of a push-out is spread evenly to the right edge")
    func pushedOutLineIsSpreadEvenly() throws {
        let text = "一二三四五六七八九十" + "。" + Fixture.chars(3)
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        let first = try #require(page.lines.first)
        #expect(first.text == "一二三四五六七八九")
        // 9 characters, 90 pt natural, 10 pt slack over 8 gaps: each step is 11.25 pt.
        let xs = first.characterXs
        try #require(xs.count == 9)
        for (index, x) in xs.enumerated() {
            #expect(close(x, Fixture.marginLeft + Double(index) * 11.25), "character \(index) at \(x)")
        }
        #expect(close(xs[8] + 10, rightEdge))
    }

    @Test("a justified line with a first-line indent starts at the indent and still ends at the edge")
    func indentedFirstLineJustified() throws {
        // Indent 20: 8 characters fit; "，" as the 9th char is fine, "。" as the 9th of "汉" pushes one down.
        let text = Fixture.chars(8) + "。" + Fixture.chars(12)
        let style = Fixture.style(firstLineIndent: 20)
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text, style: style)]).pages.first)
        let lines = page.lines
        try #require(lines.count == 3)
        #expect(lines[0].text == Fixture.chars(7))
        #expect(close(lines[0].left, Fixture.marginLeft + 20))
        #expect(close(lines[0].right, rightEdge))
        #expect(close(lines[1].right, rightEdge))
    }

    @Test("the last line of a justified paragraph keeps its natural spacing")
    func lastLineNotStretched() throws {
        let page = try #require(try Fixture.typeset([Fixture.paragraph(25)]).pages.first)
        let last = try #require(page.lines.last)
        #expect(last.text == Fixture.chars(5))
        #expect(last.characterXs == (0..<5).map { Fixture.marginLeft + Double($0) * 10 })
        #expect(close(last.right, Fixture.marginLeft + 50))
    }

    @Test("a one-line justified paragraph is not stretched")
    func singleLineNotStretched() throws {
        let page = try #require(try Fixture.typeset([Fixture.paragraph(4)]).pages.first)
        let line = try #require(page.lines.first)
        #expect(close(line.left, Fixture.marginLeft))
        #expect(close(line.right, Fixture.marginLeft + 40))
    }

    @Test("centred lines sit in the middle of the measure, full lines fill it")
    func centred() throws {
        let page = try #require(
            try Fixture.typeset([Fixture.paragraph(14, style: Fixture.style(alignment: .center))]).pages.first)
        let lines = page.lines
        try #require(lines.count == 2)
        #expect(close(lines[0].left, Fixture.marginLeft))
        #expect(close(lines[0].right, rightEdge))
        // 4 characters = 40 pt: 30 pt either side.
        #expect(close(lines[1].left, Fixture.marginLeft + 30))
        #expect(close(lines[1].right, rightEdge - 30))
        // Natural spacing in a centred line.
        #expect(lines[1].characterXs == (0..<4).map { Fixture.marginLeft + 30 + Double($0) * 10 })
    }

    @Test("right-aligned lines end at the right edge with natural spacing")
    func rightAligned() throws {
        let text = "一二三四五六七八九十" + "。" + Fixture.chars(3)
        let page = try #require(
            try Fixture.typeset([Fixture.paragraph(text, style: Fixture.style(alignment: .right))]).pages.first)
        let lines = page.lines
        try #require(lines.count == 2)
        #expect(lines.map(\.text) == ["一二三四五六七八九", "十。汉汉汉"])
        // The pushed-out line is not stretched, it is moved right by the slack.
        #expect(close(lines[0].left, Fixture.marginLeft + 10))
        #expect(lines[0].characterXs == (0..<9).map { Fixture.marginLeft + 10 + Double($0) * 10 })
        #expect(close(lines[1].left, rightEdge - 50))
        #expect(close(lines[1].right, rightEdge))
    }

    @Test("left-aligned lines keep natural spacing and a ragged right edge")
    func leftAligned() throws {
        let text = "一二三四五六七八九十" + "。" + Fixture.chars(3)
        let page = try #require(
            try Fixture.typeset([Fixture.paragraph(text, style: Fixture.style(alignment: .left))]).pages.first)
        let first = try #require(page.lines.first)
        #expect(first.characterXs == (0..<9).map { Fixture.marginLeft + Double($0) * 10 })
        #expect(close(first.right, rightEdge - 10))
    }

    @Test("each run's width is its last offset plus the last advance, and offsets match its characters")
    func runWidthsAreConsistent() throws {
        let text = "一二三四五六七八九十" + "。" + Fixture.chars(3)
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        for run in page.textRuns {
            #expect(run.offsets.count == run.text.count)
            let advance = run.text.last?.isASCII == true ? 5.0 : 10.0
            #expect(close(run.width, (run.offsets.last ?? 0) + advance))
        }
    }

    @Test("with punctuation compression a pushed-in closing mark ends the line at the right edge")
    func pushedInMarkEndsAtEdge() throws {
        var style = Fixture.style()
        style.compressesPunctuation = true
        // 9 ideographs + "a" = 95 pt; "。" would end at 105, but half of it may go: it stays, 5 pt wide.
        let text = Fixture.chars(9) + "a。" + Fixture.chars(5)
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text, style: style)]).pages.first)
        let lines = page.lines
        #expect(lines.map(\.text) == [Fixture.chars(9) + "a。", Fixture.chars(5)])
        let first = try #require(lines.first)
        #expect(close(first.right, rightEdge))
        #expect(close(first.left, Fixture.marginLeft))
    }

    @Test("without punctuation compression the same mark is pushed out with the character before it")
    func sameMarkPushedOutWithoutCompression() throws {
        let text = Fixture.chars(9) + "a。" + Fixture.chars(5)
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        #expect(page.lineTexts == [Fixture.chars(9), "a。" + Fixture.chars(5)])
        #expect(close(try #require(page.lines.first).right, rightEdge))
    }
}
