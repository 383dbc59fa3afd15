import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

/// A number is never cut from its sign, its digits or its unit; table columns give way before a number
/// is cut; a cut forced at last never leaves a lone character. Fixture: 10 pt ideographs, 5 pt ASCII,
/// 100 pt lines.
@Suite("Numbers at line breaks")
struct NumberBreakingTests {
    @Test(
        "a number moves to the next line with its unit and sign rather than ending a line without them",
        arguments: [
            // 7 ideographs + "273.87" fill the line exactly; 万元 would have started the next one.
            (Fixture.chars(7), "273.87", "万元"), (Fixture.chars(9), "0", "万元"), (Fixture.chars(9), "3", "次"),
            (Fixture.chars(9), "98", "人次"), (Fixture.chars(9), "≥", "6,300人"),
        ])
    func numberKeepsItsUnitInProse(head: String, number: String, tail: String) throws {
        let page = try #require(try Fixture.typeset([Fixture.paragraph(head + number + tail)]).pages.first)
        #expect(page.lineTexts == [head, number + tail])
    }

    @Test("a number's thousands separator and decimal point join its digits, as its sign does")
    func separatorsAndSignJoin() throws {
        // "＜" is full width: with it 9 ideographs and "＜5,700" do not fit, and nothing of it may stay behind.
        let text = Fixture.chars(8) + "＜5,700人"
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        #expect(page.lineTexts == [Fixture.chars(8), "＜5,700人"])
    }

    @Test("in a narrow cell a number and its unit move together to the next line")
    func numberKeepsItsUnitInACell() throws {
        // A fixed 40 pt column with 3 pt padding leaves 34 pt: three ideographs to a line.
        let table = Table(
            name: "cells", caption: nil, columns: [TableColumn(width: .fixed(40)), TableColumn(width: .fraction(1))],
            headerRows: [], bodyRows: [[TableCell("全年不低于3次"), TableCell("")]], style: Fixture.tableStyle())
        let page = try #require(try Fixture.typeset([.table(table)]).pages.first)
        #expect(page.lineTexts == ["全年不", "低于", "3次"])
    }

    @Test("a column too narrow for a number takes width from the wide column")
    func columnsGiveWayToANumber() throws {
        // Fractions 3:1 of 100 pt would leave the second column 25 pt; "≥6,300人" needs 45 pt and padding.
        let table = Table(
            name: "widths", caption: nil,
            columns: [TableColumn(width: .fraction(3)), TableColumn(width: .fraction(1))], headerRows: [],
            bodyRows: [[TableCell("指标"), TableCell("≥6,300人")]], style: Fixture.tableStyle())
        let page = try #require(try Fixture.typeset([.table(table)]).pages.first)
        let run = try #require(page.runs("≥6,300人").first, "the number is cut: \(page.lineTexts)")
        let box = try #require(page.ruledBox(around: run.inkBox))
        #expect(close(box.x1 - box.x0, 45 + 6, 0.1))
        // The table keeps its width: the first column gave what the second took.
        let verticals = page.rules.filter(\.isVertical).map(\.from.x)
        #expect(close((verticals.max() ?? 0) - (verticals.min() ?? 0), 100, 0.01))
    }

    @Test("a short text in a narrow column gets the width to set it on two lines")
    func shortTextOnTwoLines() throws {
        // Fractions 4:1 leave the second column 20 pt, a character a line of "全年不低于3次"; two lines
        // need 35 pt (全年不 / 低于3次), which the first column gives.
        let table = Table(
            name: "grades", caption: nil,
            columns: [TableColumn(width: .fraction(4)), TableColumn(width: .fraction(1))], headerRows: [],
            bodyRows: [[TableCell("下企业走访督导换届完成此数"), TableCell("全年不低于3次")]], style: Fixture.tableStyle())
        let page = try #require(try Fixture.typeset([.table(table)]).pages.first)
        #expect(page.runs("全年不").count == 1, "\(page.lineTexts)")
        #expect(page.runs("低于3次").count == 1)
    }

    @Test("a word cut by force leaves no lone character on either line")
    func forcedBreakLeavesNoLoneCharacter() throws {
        // 21 digits (105 pt) in a 100 pt line: 20 would fit, leaving one alone.
        let digits = String(repeating: "1", count: 21)
        let page = try #require(try Fixture.typeset([Fixture.paragraph(digits)]).pages.first)
        #expect(page.lineTexts == [String(repeating: "1", count: 19), "11"])
    }

    @Test("a paragraph's opening bracket starts its ink at the indent, its empty left half compressed")
    func openingBracketAtTheIndent() throws {
        var style = Fixture.style(firstLineIndent: 20)
        style.compressesPunctuation = true
        let page = try #require(try Fixture.typeset([Fixture.paragraph("（二）汉字", style: style)]).pages.first)
        let line = try #require(page.lines.first)
        // The bracket's ink is the right half of its em box: the box starts half an em before the indent.
        #expect(close(line.characterXs[0], Fixture.marginLeft + 15))
        #expect(close(line.characterXs[1], Fixture.marginLeft + 25))
    }
}
