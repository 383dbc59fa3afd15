import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

@Suite("Line breaking")
struct LineBreakingTests {
    @Test("25 characters in a 10-character measure give lines of 10, 10 and 5")
    func greedyLines() throws {
        let result = try Fixture.typeset([Fixture.paragraph(25)])
        let page = try #require(result.pages.first)
        #expect(result.pages.count == 1)
        #expect(page.lineTexts == [Fixture.chars(10), Fixture.chars(10), Fixture.chars(5)])
        #expect(page.lines.map(\.y) == [Fixture.baseline(ofLine: 0), Fixture.baseline(ofLine: 1), Fixture.baseline(ofLine: 2)])
        // No indent: every line starts at the left margin, characters 10 pt apart.
        for line in page.lines {
            #expect(close(line.left, Fixture.marginLeft))
        }
        let last = try #require(page.lines.last)
        #expect(last.characterXs == (0..<5).map { Fixture.marginLeft + Double($0) * 10 })
    }

    @Test("a two-character first-line indent leaves 8 characters on the first line")
    func firstLineIndent() throws {
        let style = Fixture.style(firstLineIndent: 20)
        let page = try #require(try Fixture.typeset([Fixture.paragraph(25, style: style)]).pages.first)
        #expect(page.lineTexts == [Fixture.chars(8), Fixture.chars(10), Fixture.chars(7)])
        let lines = page.lines
        try #require(lines.count == 3)
        #expect(close(lines[0].left, Fixture.marginLeft + 20))
        #expect(close(lines[1].left, Fixture.marginLeft))
        #expect(close(lines[2].left, Fixture.marginLeft))
    }

    @Test("a full-width closing mark where a line would start moves down with the character before it",
          arguments: ["。", "，", "、", "）", "”", "！"])
    func closingMarkNotAtLineStart(mark: String) throws {
        // 10 characters fill the first line exactly; the mark is the 11th.
        let text = "一二三四五六七八九十" + mark + "甲乙"
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        #expect(page.lineTexts == ["一二三四五六七八九", "十" + mark + "甲乙"])
    }

    @Test("a closing mark at the start of the third line is also pushed out")
    func closingMarkOnLaterLine() throws {
        let text = Fixture.chars(20) + "。" + Fixture.chars(3)
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        #expect(page.lineTexts == [Fixture.chars(10), Fixture.chars(9), "汉。" + Fixture.chars(3)])
    }

    @Test("no line starts with a closing mark in a paragraph dense with punctuation")
    func noLineStartsWithClosingMark() throws {
        let text = String(repeating: "汉字，汉字。汉字、", count: 8)
        let result = try Fixture.typeset([Fixture.paragraph(text)])
        let lines = result.pages.flatMap(\.lineTexts)
        #expect(lines.joined() == text)
        #expect(lines.count > 3)
        for line in lines.dropFirst() {
            let first = try #require(line.first)
            #expect(!"，。、".contains(first), "line starts with a closing mark: \(line)")
        }
    }

    @Test("an opening mark that would end a line moves to the next line", arguments: ["（", "“", "《"])
    func openingMarkNotAtLineEnd(mark: String) throws {
        // The mark is the 10th character: it would fit, but must not end the line.
        let text = "一二三四五六七八九" + mark + "甲乙"
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        #expect(page.lineTexts == ["一二三四五六七八九", mark + "甲乙"])
        for line in page.lineTexts {
            #expect(line.last != Character(mark))
        }
    }

    @Test("an ASCII number is never split across lines", arguments: ["2023", "7.376", "100%", "1:1:1"])
    func asciiNumberStaysWhole(number: String) throws {
        // Nine ideographs leave 10 pt (two ASCII characters): the number cannot fit and must move whole.
        let text = Fixture.chars(9) + number + "万元"
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        #expect(page.lineTexts == [Fixture.chars(9), number + "万元"])
    }

    @Test("an ASCII number that fits exactly stays at the end of the line")
    func asciiNumberFitsExactly() throws {
        // 8 ideographs (80 pt) + "2023" (4 × 5 pt) = 100 pt; "以来" is no unit, so the break may come before it.
        let text = Fixture.chars(8) + "2023" + "以来"
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        #expect(page.lineTexts == [Fixture.chars(8) + "2023", "以来"])
    }

    @Test("a number followed by a closing mark keeps both with the preceding text")
    func numberThenClosingMark() throws {
        // "7.376" is 25 pt; after 7 ideographs it would end at 95 pt and "。" would overflow.
        let text = Fixture.chars(7) + "7.376" + "。" + "汉"
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        #expect(page.lineTexts == [Fixture.chars(7), "7.376。汉"])
    }

    @Test("a two-em dash is not split between its halves")
    func dashStaysWhole() throws {
        let text = Fixture.chars(9) + "——" + "汉"
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        #expect(page.lineTexts == [Fixture.chars(9), "——汉"])
    }

    @Test("a continuation line does not start with a space, and no line ends with one")
    func spacesVanishAtBreaks() throws {
        // "abcd efgh" in ASCII is 5 pt a character; 20 characters fill a line.
        let text = "aaaaaaaaaaaaaaa bbbbbbbbbb"
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text, style: Fixture.style(alignment: .left))]).pages.first)
        #expect(page.lineTexts == ["aaaaaaaaaaaaaaa", "bbbbbbbbbb"])
    }
}
