import GongkaiDocument
import GongkaiTestSupport
@testable import GongkaiTypesetting
import Testing

/// The CJK typography rules, each with the fixed-width measurer (10 pt ideographs, 5 pt ASCII) and each
/// with its control (the rule switched off).
@Suite("Typography")
struct TypographyTests {
    /// Absolute x of every character of the first page's lines.
    func xs(_ text: String, _ change: (inout ParagraphStyle) -> Void) throws -> [[Double]] {
        var style = Fixture.style(alignment: .left)
        change(&style)
        let result = try Fixture.typeset([.paragraph(Paragraph(text, style: style))])
        return result.pages[0].lines.map { $0.characterXs.map { $0 - Fixture.marginLeft } }
    }

    func lines(_ text: String, _ change: (inout ParagraphStyle) -> Void) throws -> [Line] {
        var style = Fixture.style()
        change(&style)
        return try Fixture.typeset([.paragraph(Paragraph(text, style: style))]).pages[0].lines
    }

    @Test func aBalancedTitleIsAnEvenStackNotAFullLineAndAStub() throws {
        // 13 characters on a 10-character measure: 10 + 3 unbalanced, 7 + 6 balanced, both centred.
        let text = Fixture.chars(13)
        let balanced = try lines(text) { $0.alignment = .center; $0.balancesLines = true }
        #expect(balanced.map(\.text.count) == [7, 6])
        #expect(balanced.map { $0.characterXs.first ?? 0 } == [Fixture.marginLeft + 15, Fixture.marginLeft + 20])
        let plain = try lines(text) { $0.alignment = .center }
        #expect(plain.map(\.text.count) == [10, 3])
        // One line stays one line.
        #expect(try lines(Fixture.chars(9)) { $0.alignment = .center; $0.balancesLines = true }.count == 1)
    }

    @Test func cjkLatinSpacingAddsAQuarterEmAtEachBoundary() throws {
        let spaced = try xs("将2023年") { $0.cjkLatinSpacing = 0.25 }
        #expect(spaced == [[0, 12.5, 17.5, 22.5, 27.5, 35]])
        let plain = try xs("将2023年") { _ in }
        #expect(plain == [[0, 10, 15, 20, 25, 30]])
    }

    @Test func aLiteralSpaceAtABoundaryBecomesTheSameQuarterEm() throws {
        let withSpaces = try xs("将 2023 年") { $0.cjkLatinSpacing = 0.25 }
        let without = try xs("将2023年") { $0.cjkLatinSpacing = 0.25 }
        #expect(withSpaces == without)
        // Control: without the rule the spaces stay (and are 5 pt wide).
        #expect(try xs("将 2023 年") { _ in } == [[0, 10, 15, 20, 25, 30, 35, 40]])
    }

    @Test func adjacentPunctuationLosesHalfAnEmPerPair() throws {
        // 书》、《法: 》 and 、 each lose their empty right half.
        #expect(try xs("书》、《法") { $0.compressesPunctuation = true } == [[0, 10, 15, 20, 30]])
        #expect(try xs("书》、《法") { _ in } == [[0, 10, 20, 30, 40]])
        // （《: the second opening mark loses its empty left half, its glyph moved left.
        #expect(try xs("书（《法") { $0.compressesPunctuation = true } == [[0, 10, 15, 25]])
    }

    @Test func aClosingMarkIsPushedInWhenHalfOfItFits() throws {
        // 9 ideographs and "a" make 95 pt; "。" fits at half width: line one ends with it, at the edge.
        let pushedIn = try lines(String(repeating: "汉", count: 9) + "a。汉汉") { $0.compressesPunctuation = true }
        #expect(pushedIn.map(\.text) == [String(repeating: "汉", count: 9) + "a。", "汉汉"])
        #expect(close(pushedIn[0].right - Fixture.marginLeft, 100))
        // Control: without compression it is pushed out, with the "a" before it.
        let pushedOut = try lines(String(repeating: "汉", count: 9) + "a。汉汉") { _ in }
        #expect(pushedOut.map(\.text) == [String(repeating: "汉", count: 9), "a。汉汉"])
    }

    @Test func lineEdgePunctuationIsSetHalfWidth() throws {
        // The second line starts with "（": with edge compression its glyph moves half an em left.
        let text = String(repeating: "汉", count: 10) + "（汉）汉"
        let edged = try xs(text) { $0.compressesPunctuationAtLineEdges = true }
        let plain = try xs(text) { _ in }
        #expect(plain[1] == [0, 10, 20, 30])
        #expect(edged[1] == [-5, 5, 15, 25])
    }

    @Test func aNearlyFullLastLineIsFilled() throws {
        // Line two: 9 ideographs and "a", 95 pt: 5 pt short of the edge.
        let text = String(repeating: "汉", count: 19) + "a"
        let filled = try lines(text) { $0.lastLineFill = 10 }
        #expect(close(filled[1].right - Fixture.marginLeft, 100))
        let ragged = try lines(text) { _ in }
        #expect(close(ragged[1].right - Fixture.marginLeft, 95))
        // A last line more than the threshold short stays as it is.
        let short = try lines(String(repeating: "汉", count: 15)) { $0.lastLineFill = 10 }
        #expect(close(short[1].right - Fixture.marginLeft, 50))
    }

    @Test func justificationNeverSpreadsANumber() throws {
        // "汉，" is pushed out to line two, leaving line one 90 pt wide: 10 pt of slack.
        let line = try lines("汉汉2023汉汉汉汉汉汉，汉") { _ in }[0]
        let x = line.characterXs
        #expect(line.text == "汉汉2023汉汉汉汉汉")
        // The digits keep their natural 5 pt spacing; the slack went between the other characters.
        for index in 2..<5 { #expect(close(x[index + 1] - x[index], 5)) }
        #expect(x[1] - x[0] > 10)
        #expect(close(line.right - Fixture.marginLeft, 100))
    }

    @Test func theCharacterGridFixesTheAdvance() throws {
        // A 9 pt grid: 11 ideographs to a 100 pt line instead of 10.
        let gridded = try lines(String(repeating: "汉", count: 15)) { $0.gridAdvance = 9; $0.alignment = .left }
        #expect(gridded.map { $0.text.count } == [11, 4])
        #expect(close(gridded[0].characterXs[1] - gridded[0].characterXs[0], 9))
        #expect(try lines(String(repeating: "汉", count: 15)) { $0.alignment = .left }.map { $0.text.count } == [10, 5])
    }

    @Test func theProhibitionsCanBeSwitchedOff() throws {
        let text = String(repeating: "汉", count: 10) + "。汉"
        #expect(try lines(text) { _ in }.map(\.text) == [String(repeating: "汉", count: 9), "汉。汉"])
        #expect(try lines(text) { $0.prohibitsLineBreaks = false }.map(\.text) == [String(repeating: "汉", count: 10), "。汉"])
    }
}

@Suite("Lone last character")
struct LoneLastCharacterTests {
    func lines(_ text: String, avoid: Bool) throws -> [String] {
        var style = Fixture.style()
        style.avoidsLoneLastCharacter = avoid
        return try Fixture.typeset([.paragraph(Paragraph(text, style: style))]).pages[0].lineTexts
    }

    @Test func aLoneLastCharacterGetsACompanion() throws {
        // 10 + 1 characters and a full stop: "汉。" alone on line two without the rule.
        let text = String(repeating: "汉", count: 10) + "字。"
        #expect(try lines(text, avoid: false) == [String(repeating: "汉", count: 10), "字。"])
        #expect(try lines(text, avoid: true) == [String(repeating: "汉", count: 9), "汉字。"])
    }

    @Test func twoCharactersOnTheLastLineAreLeftAlone() throws {
        let text = String(repeating: "汉", count: 10) + "文字。"
        #expect(try lines(text, avoid: true) == [String(repeating: "汉", count: 10), "文字。"])
    }

    @Test func theLineBeforeStillEndsAtTheEdge() throws {
        var style = Fixture.style()
        style.avoidsLoneLastCharacter = true
        let page = try Fixture.typeset([.paragraph(Paragraph(String(repeating: "汉", count: 10) + "字。", style: style))]).pages[0]
        #expect(close(page.lines[0].right - Fixture.marginLeft, 100))
    }
}
