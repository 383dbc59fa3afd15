import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

/// Wide tables set across the page (GB/T 9704): the sheet stays upright, the content is set on the type
/// area turned a quarter, its head toward the binding on odd pages and toward the cut on even ones, and
/// the page number and running header stay where every page has them.
@Suite("Pages set across")
struct TurnedPageTests {
    /// A type area taller than it is wide (100 × 200), so that a turned one shows.
    static let geometry = PageGeometry(
        width: Fixture.marginLeft + 100 + Fixture.marginRight, height: Fixture.marginTop + 200 + Fixture.marginBottom,
        marginTop: Fixture.marginTop, marginBottom: Fixture.marginBottom, marginLeft: Fixture.marginLeft,
        marginRight: Fixture.marginRight)
    static let typeArea = Box(
        x0: Fixture.marginLeft, y0: Fixture.marginTop, x1: Fixture.marginLeft + 100, y1: Fixture.marginTop + 200)

    /// Page 1 upright, a 12-row table set across (pages 2 to 4: even, odd, even), then pages 5 and 6 upright.
    func document() throws -> TypesetDocument {
        let pageNumber = PageNumberStyle(
            format: "— {n} —", text: Fixture.text, placement: .outside, indent: 7, distanceBelowTypeArea: 5)
        let header = RunningHeader(
            left: "单位", right: "公开", text: Fixture.text, distanceAboveTypeArea: 6, ruleWidth: 0.4, skipFirstPage: false)
        let blocks: [Block] = [
            Fixture.paragraph(Fixture.chars(10, "甲")), .pageSetup(Self.geometry.turned), .table(Fixture.table(rows: 12)),
            .pageSetup(Self.geometry), Fixture.paragraph(Fixture.chars(10, "乙")), .pageBreak,
            Fixture.paragraph(Fixture.chars(10, "丙")),
        ]
        let document = Document(
            metadata: DocumentMetadata(title: "测试", author: "测试"), page: Self.geometry, header: header,
            pageNumber: pageNumber, blocks: blocks)
        return try Fixture.typeset(document)
    }

    /// What a page draws upright: the page number and the running header, each item as its text (the
    /// number as "#") or "rule" and its position, sorted.
    func decoration(_ page: Page) -> [String] {
        let outside = { (y: Double) in y < Self.typeArea.y0 || y > Self.typeArea.y1 }
        return page.items.compactMap { item -> String? in
            switch item {
            case .text(let run):
                outside(run.origin.y) ? "\(run.text == " \(page.number) " ? "#" : run.text) \(run.origin.x) \(run.origin.y)" : nil
            case .rule(let rule): outside(rule.from.y) ? "rule \(rule.from.x) \(rule.from.y) \(rule.to.x) \(rule.to.y)" : nil
            }
        }.sorted()
    }

    @Test("every sheet is upright; the table's pages carry it turned, the others not")
    func sheetsStayUpright() throws {
        let pages = try document().pages
        #expect(pages.count == 6)
        for page in pages {
            #expect(page.width == Self.geometry.width && page.height == Self.geometry.height, "page \(page.number)")
        }
        #expect(pages.map { $0.turned != nil } == [false, true, true, true, false, false])
        #expect(pages[1].text.contains("项目") && pages[3].text.contains("值11"))
    }

    @Test("the page number and running header of a turned page are the upright page's of its parity")
    func decorationStaysWherePortraitPagesHaveIt() throws {
        let pages = try document().pages
        // Even: pages 2 and 4 (turned) against 6; odd: page 3 (turned) against 5.
        #expect(decoration(pages[5]).contains { $0.hasPrefix("# ") } && decoration(pages[5]).contains { $0.hasPrefix("单位 ") })
        #expect(decoration(pages[1]) == decoration(pages[5]))
        #expect(decoration(pages[3]) == decoration(pages[5]))
        #expect(decoration(pages[2]) == decoration(pages[4]))
        // Odd pages right, even pages left, one indent in (the layout's `outside` placement).
        let numberX = { (page: Page) in
            page.items.compactMap { item -> Double? in
                if case .text(let run) = item, run.text == " \(page.number) " { run.origin.x } else { nil }
            }.first
        }
        let evenX = try #require(numberX(pages[1]))
        let oddX = try #require(numberX(pages[2]))
        #expect(evenX < Self.geometry.width / 2 && oddX > Self.geometry.width / 2)
    }

    @Test("the table's head faces the binding on odd pages and the cut on even ones: the left edge on both")
    func headTowardBindingOnOddTowardCutOnEven() throws {
        let pages = try document().pages
        for page in pages {
            guard let frame = page.turned else { continue }
            // A recto (odd) is bound at its left edge, a verso (even) at its right.
            let isOdd = page.number % 2 == 1
            let bindingIsLeft = isOdd
            let headWanted = isOdd ? bindingIsLeft : !bindingIsLeft
            #expect(headWanted == true, "the head faces the left edge")
            #expect(frame.turn == .counterclockwise)
            // The frame's top edge (the table's head) lands on the sheet's left edge; its lines run upwards.
            let head = frame.transform.apply(Point(x: frame.width / 2, y: 0))
            #expect(close(head.x, 0) == headWanted, "page \(page.number): head at x = \(head.x)")
            let lineStart = frame.transform.apply(Point(x: 0, y: frame.height / 2))
            let lineEnd = frame.transform.apply(Point(x: frame.width, y: frame.height / 2))
            #expect(lineStart.y > lineEnd.y)
            // The frame is the sheet on its side, and everything turned lands in the sheet's type area.
            #expect(frame.width == page.height && frame.height == page.width)
            var points: [Point] = []
            for item in frame.items {
                switch item {
                case .rule(let rule): points += [rule.from, rule.to]
                case .text(let run): points += [run.origin, Point(x: run.origin.x + run.width, y: run.origin.y)]
                }
            }
            for point in points.map(frame.transform.apply) {
                let a = Self.typeArea
                #expect(point.x >= a.x0 - 0.001 && point.x <= a.x1 + 0.001 && point.y >= a.y0 - 0.001 && point.y <= a.y1 + 0.001)
            }
            // The header row sits nearest the left edge: the head of the table.
            let header = try #require(frame.items.compactMap { item -> TextRun? in
                if case .text(let run) = item, run.text == "项目" { run } else { nil }
            }.first)
            let body = frame.items.compactMap { item -> TextRun? in
                if case .text(let run) = item, run.text.hasPrefix("行") { run } else { nil }
            }
            #expect(body.allSatisfy { frame.transform.apply($0.origin).x > frame.transform.apply(header.origin).x })
        }
    }

    @Test("the turned frame's lines are as long as the type area is tall, its pages as deep as it is wide")
    func turnedTypeArea() throws {
        let pages = try document().pages
        let frame = try #require(pages[1].turned)
        let xs = frame.items.flatMap { item -> [Double] in
            if case .rule(let rule) = item { [rule.from.x, rule.to.x] } else { [] }
        }
        #expect(close((xs.max() ?? 0) - (xs.min() ?? 0), 200))
        let deepest = frame.items.compactMap { item -> Double? in
            if case .rule(let rule) = item { max(rule.from.y, rule.to.y) } else { nil }
        }.max() ?? 0
        // Below the frame's top margin (the sheet's left margin) by no more than the sheet's measure.
        #expect(deepest <= Fixture.marginLeft + 100 + 0.001)
    }

    @Test("the turn for each parity, and each turn's map of the frame's corners onto the sheet's")
    func turnsAndTheirMaps() {
        #expect((1...4).map(PageTurn.forTable(onPage:)) == Array(repeating: .counterclockwise, count: 4))
        let counter = TurnedFrame(turn: .counterclockwise, width: 300, height: 200, items: [])
        #expect(counter.transform.apply(Point(x: 0, y: 0)) == Point(x: 0, y: 300))
        #expect(counter.transform.apply(Point(x: 300, y: 200)) == Point(x: 200, y: 0))
        let clockwise = TurnedFrame(turn: .clockwise, width: 300, height: 200, items: [])
        #expect(clockwise.transform.apply(Point(x: 0, y: 0)) == Point(x: 200, y: 0))
        #expect(clockwise.transform.apply(Point(x: 300, y: 200)) == Point(x: 0, y: 300))
        // The frame's margins are the sheet's that end up on each side: its type area is the sheet's.
        let sheet = Self.geometry
        for turn in [PageTurn.counterclockwise, .clockwise] {
            let frame = sheet.frame(turned: turn)
            let map = TurnedFrame(turn: turn, width: frame.width, height: frame.height, items: []).transform
            let a = map.apply(Point(x: frame.marginLeft, y: frame.marginTop))
            let b = map.apply(Point(x: frame.width - frame.marginRight, y: frame.height - frame.marginBottom))
            #expect(close(min(a.x, b.x), sheet.marginLeft) && close(max(a.x, b.x), sheet.width - sheet.marginRight))
            #expect(close(min(a.y, b.y), sheet.marginTop) && close(max(a.y, b.y), sheet.height - sheet.marginBottom))
        }
    }
}
