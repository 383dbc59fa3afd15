import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

@Suite("Page numbers and running header")
struct PageNumberTests {
    static let numberText = TextStyle(font: Fixture.font, size: 10)
    static let indent = 7.0
    static let below = 5.0

    func numberStyle(_ placement: PageNumberPlacement, dashesAsRules: Bool = false) -> PageNumberStyle {
        var style = PageNumberStyle(
            format: "— {n} —", text: Self.numberText, placement: placement, indent: Self.indent,
            distanceBelowTypeArea: Self.below)
        style.dashesAsRules = dashesAsRules
        return style
    }

    /// Four pages of text, each page one full paragraph of its own character.
    func fourPages(pageNumber: PageNumberStyle? = nil, header: RunningHeader? = nil) throws -> TypesetDocument {
        var blocks: [Block] = []
        for (index, character) in ["甲", "乙", "丙", "丁"].enumerated() {
            if index > 0 { blocks.append(.pageBreak) }
            blocks.append(Fixture.paragraph(Fixture.chars(20, Character(character))))
        }
        return try Fixture.typeset(Fixture.document(blocks, header: header, pageNumber: pageNumber))
    }

    /// The page's number run: the one text run below the type area.
    func numberRun(_ page: Page) throws -> TextRun {
        let below = page.textRuns.filter { $0.origin.y > Fixture.marginTop + Fixture.areaHeight }
        try #require(below.count == 1)
        return below[0]
    }

    /// The page number as drawn below the type area, dashes drawn as rules read back as "—".
    struct Label {
        var text: String
        var minX: Double
        var maxX: Double
    }

    func label(_ page: Page) -> Label {
        let foot = Fixture.marginTop + Fixture.areaHeight
        var pieces: [(x: Double, end: Double, text: String)] = []
        for run in page.textRuns where run.origin.y > foot { pieces.append((run.origin.x, run.origin.x + run.width, run.text)) }
        for rule in page.rules where rule.minY > foot { pieces.append((rule.minX, rule.maxX, "—")) }
        pieces.sort { $0.x < $1.x }
        return Label(
            text: pieces.map(\.text).joined(), minX: pieces.map(\.x).min() ?? .nan, maxX: pieces.map(\.end).max() ?? .nan)
    }

    /// "— 3 —": two 10 pt dashes, two 5 pt spaces and a 5 pt digit.
    let labelWidth = 35.0
    let numberBaseline = Fixture.marginTop + Fixture.areaHeight + 5 + Fixture.ascent
    let left = Fixture.marginLeft
    let right = Fixture.marginLeft + Fixture.measure

    @Test("the label replaces {n} with the number")
    func labelFormat() {
        #expect(numberStyle(.center).label(for: 3) == "— 3 —")
        #expect(numberStyle(.center).label(for: 12) == "— 12 —")
    }

    @Test("every {n} is replaced as String.replacing would, and nothing else")
    func labelMatchesReplacing() {
        for format in ["{n}", "第{n}页", "{n}/{n}", "{{n}}", "{n", "n}", "", "{n}{n}", "{n\u{301}}", "-{N}-"] {
            var style = numberStyle(.center)
            style.format = format
            #expect(style.label(for: 7) == format.replacing("{n}", with: "7"))
        }
    }

    @Test("dashes as glyphs: the number's run is the page's own label, \"— 3 —\" on page 3")
    func numberText() throws {
        let result = try fourPages(pageNumber: numberStyle(.outside))
        try #require(result.pages.count == 4)
        #expect(try result.pages.map { try numberRun($0).text } == ["— 1 —", "— 2 —", "— 3 —", "— 4 —"])
        #expect(result.pages.map(\.number) == [1, 2, 3, 4])
        #expect(try numberRun(result.pages[2]).style == Self.numberText)
        // The number's characters are spaced by their advances.
        #expect(try numberRun(result.pages[2]).offsets == [0, 10, 15, 20, 25])
    }

    @Test("outside placement: odd pages end at right margin − indent, even pages start at left margin + indent")
    func outside() throws {
        let result = try fourPages(pageNumber: numberStyle(.outside))
        try #require(result.pages.count == 4)
        for page in result.pages {
            let run = try numberRun(page)
            #expect(close(run.width, labelWidth))
            if page.number % 2 == 1 {
                #expect(close(run.origin.x + run.width, right - Self.indent), "page \(page.number) at \(run.origin.x)")
                #expect(close(run.origin.x, 25 + 100 - 7 - 35))
            } else {
                #expect(close(run.origin.x, left + Self.indent), "page \(page.number) at \(run.origin.x)")
            }
        }
    }

    @Test("centre placement centres the number under the type area")
    func center() throws {
        let result = try fourPages(pageNumber: numberStyle(.center))
        for page in result.pages {
            let run = try numberRun(page)
            #expect(close(run.origin.x, (left + right - labelWidth) / 2))
            #expect(close(run.origin.x, 57.5))
        }
    }

    @Test("right placement puts every number at right margin − indent")
    func rightPlacement() throws {
        let result = try fourPages(pageNumber: numberStyle(.right))
        for page in result.pages {
            let run = try numberRun(page)
            #expect(close(run.origin.x + run.width, right - Self.indent))
        }
    }

    @Test("the number's baseline is the distance below the type area plus the ascent",
          arguments: [PageNumberPlacement.outside, .center, .right], [false, true])
    func baseline(placement: PageNumberPlacement, dashesAsRules: Bool) throws {
        let result = try fourPages(pageNumber: numberStyle(placement, dashesAsRules: dashesAsRules))
        for page in result.pages {
            let run = try numberRun(page)
            #expect(close(run.origin.y, numberBaseline))
            #expect(close(run.origin.y, 143.8))
        }
    }

    @Test("dashes as rules (the default): each dash is a one-character rule, the digits a run between them")
    func dashesAsRules() throws {
        var style = PageNumberStyle(
            format: "— {n} —", text: Self.numberText, placement: .outside, indent: Self.indent,
            distanceBelowTypeArea: Self.below)
        #expect(style.dashesAsRules)
        style.placement = .outside
        let result = try fourPages(pageNumber: style)
        try #require(result.pages.count == 4)
        #expect(result.pages.map { label($0).text } == ["— 1 —", "— 2 —", "— 3 —", "— 4 —"])
        let page3 = result.pages[2]
        #expect(try numberRun(page3).text == " 3 ")
        let dashes = page3.rules.filter { $0.minY > Fixture.marginTop + Fixture.areaHeight }
        try #require(dashes.count == 2)
        for dash in dashes {
            #expect(dash.isHorizontal)
            #expect(close(dash.maxX - dash.minX, 10))
            // Above the baseline, inside the em box.
            #expect(dash.from.y < numberBaseline && dash.from.y > numberBaseline - Fixture.ascent)
        }
        // The whole label is placed like a glyph label: odd pages end at right − indent, even start at left + indent.
        for page in result.pages {
            let extent = label(page)
            #expect(close(extent.maxX - extent.minX, labelWidth), "page \(page.number)")
            if page.number % 2 == 1 {
                #expect(close(extent.maxX, right - Self.indent), "page \(page.number)")
            } else {
                #expect(close(extent.minX, left + Self.indent), "page \(page.number)")
            }
        }
    }

    @Test("dashes as rules, centred: the label's extent is centred")
    func dashesAsRulesCentred() throws {
        let result = try fourPages(pageNumber: numberStyle(.center, dashesAsRules: true))
        for page in result.pages {
            let extent = label(page)
            #expect(close(extent.minX, 57.5) && close(extent.maxX, 92.5), "page \(page.number)")
        }
    }

    @Test("the page number does not change the body's pagination")
    func numberDoesNotMoveBody() throws {
        let with = try fourPages(pageNumber: numberStyle(.outside))
        let without = try fourPages()
        #expect(with.pages.count == without.pages.count)
        for (a, b) in zip(with.pages, without.pages) {
            #expect(a.lines.dropLast().map(\.text) == b.lines.map(\.text))
        }
    }

    // MARK: Running header

    func header(skipFirstPage: Bool) -> RunningHeader {
        RunningHeader(
            left: "某某单位", right: "2024年部门预算", text: TextStyle(font: Fixture.font, size: 8),
            distanceAboveTypeArea: 6, ruleWidth: 0.75, skipFirstPage: skipFirstPage)
    }

    /// Runs above the type area.
    func headerRuns(_ page: Page) -> [TextRun] {
        page.textRuns.filter { $0.origin.y < Fixture.marginTop }
    }

    func headerRules(_ page: Page) -> [Rule] {
        page.rules.filter { $0.from.y < Fixture.marginTop }
    }

    @Test("with skipFirstPage the header is absent on page 1 and present on page 2")
    func skipFirstPage() throws {
        let result = try fourPages(header: header(skipFirstPage: true))
        try #require(result.pages.count == 4)
        #expect(headerRuns(result.pages[0]).isEmpty)
        #expect(headerRules(result.pages[0]).isEmpty)
        for page in result.pages.dropFirst() {
            #expect(headerRuns(page).map(\.text).sorted() == ["2024年部门预算", "某某单位"])
            #expect(headerRules(page).count == 1)
        }
    }

    @Test("without skipFirstPage the header is on page 1 too")
    func headerOnFirstPage() throws {
        let result = try fourPages(header: header(skipFirstPage: false))
        #expect(headerRuns(result.pages[0]).map(\.text).sorted() == ["2024年部门预算", "某某单位"])
    }

    @Test("header text: left at the left margin, right ending at the right margin, above its rule")
    func headerPositions() throws {
        let result = try fourPages(header: header(skipFirstPage: true))
        let page = result.pages[1]
        let runs = headerRuns(page)
        let leftRun = try #require(runs.first { $0.text == "某某单位" })
        let rightRun = try #require(runs.first { $0.text == "2024年部门预算" })
        // 8 pt type: "2024" is 4 × 4 pt, "年部门预算" 5 × 8 pt.
        #expect(close(rightRun.width, 56))
        #expect(close(leftRun.origin.x, left))
        #expect(close(rightRun.origin.x + rightRun.width, right))
        #expect(close(leftRun.origin.y, rightRun.origin.y))
        let rule = try #require(headerRules(page).first)
        let ruleY = Fixture.marginTop - 6
        #expect(close(rule.from.y, ruleY) && close(rule.to.y, ruleY))
        #expect(close(min(rule.from.x, rule.to.x), left) && close(max(rule.from.x, rule.to.x), right))
        #expect(rule.width == 0.75)
        // The text's descent stays above the rule.
        #expect(leftRun.origin.y + 8 * 0.12 < ruleY)
        #expect(leftRun.origin.y - 8 * 0.88 > 0)
    }

    @Test("a header with rule width 0 draws no rule")
    func headerWithoutRule() throws {
        var plain = header(skipFirstPage: false)
        plain.ruleWidth = 0
        let result = try fourPages(header: plain)
        #expect(result.pages.allSatisfy { $0.rules.isEmpty })
        #expect(headerRuns(result.pages[0]).count == 2)
    }
}
