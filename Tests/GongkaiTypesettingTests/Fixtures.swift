import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting

/// Small, exact fixtures: a 100 × 100 pt type area, 10 pt characters (10 to a line), line height 10
/// (10 lines to a page). Margins are deliberately unequal so that a swapped margin shows.
enum Fixture {
    static let marginLeft = 25.0
    static let marginRight = 15.0
    static let marginTop = 30.0
    static let marginBottom = 20.0
    static let measure = 100.0
    static let areaHeight = 100.0

    static let geometry = PageGeometry(
        width: marginLeft + measure + marginRight, height: marginTop + areaHeight + marginBottom,
        marginTop: marginTop, marginBottom: marginBottom, marginLeft: marginLeft, marginRight: marginRight)

    static let font = FontSpec(families: ["Test Song"])
    static let text = TextStyle(font: font, size: 10)
    /// Ascent of a 10 pt character with `FixedWidthMeasurer`.
    static let ascent = 8.8
    static let descent = 1.2
    /// With line height 10 the em box fills the line, so the baseline sits 8.8 below the line's top.
    static let baselineInLine = 8.8

    static let measurer = FixedWidthMeasurer()

    /// A justified body style, no indent, no space, orphans = widows = 2.
    static func style(
        alignment: TextAlignment = .justified, firstLineIndent: Double = 0, spaceBefore: Double = 0,
        spaceAfter: Double = 0, keepWithNext: Bool = false, orphans: Int = 2, widows: Int = 2
    ) -> ParagraphStyle {
        ParagraphStyle(
            text: text, lineHeight: 10, firstLineIndent: firstLineIndent, alignment: alignment,
            spaceBefore: spaceBefore, spaceAfter: spaceAfter, keepWithNext: keepWithNext, orphans: orphans,
            widows: widows)
    }

    /// `count` copies of `character`.
    static func chars(_ count: Int, _ character: Character = "汉") -> String {
        String(repeating: String(character), count: count)
    }

    /// A paragraph block of `count` "汉".
    static func paragraph(_ count: Int, style: ParagraphStyle = Fixture.style()) -> Block {
        .paragraph(Paragraph(chars(count), style: style))
    }

    static func paragraph(_ text: String, style: ParagraphStyle = Fixture.style()) -> Block {
        .paragraph(Paragraph(text, style: style))
    }

    static func document(
        _ blocks: [Block], header: RunningHeader? = nil, pageNumber: PageNumberStyle? = nil
    ) -> Document {
        Document(
            metadata: DocumentMetadata(title: "测试", author: "测试"), page: geometry, header: header,
            pageNumber: pageNumber, blocks: blocks)
    }

    static func typeset(_ blocks: [Block]) throws -> TypesetDocument {
        try Typesetter(measurer: measurer).typeset(document(blocks))
    }

    static func typeset(_ document: Document) throws -> TypesetDocument {
        try Typesetter(measurer: measurer).typeset(document)
    }

    /// Baseline y of line `index` (0-based) counted from the top of the type area.
    static func baseline(ofLine index: Int) -> Double {
        marginTop + Double(index) * 10 + baselineInLine
    }
}

/// A line read back from a page: runs sharing a baseline, left to right.
struct Line {
    var y: Double
    var runs: [TextRun]

    var text: String { runs.map(\.text).joined() }
    /// x of the first character.
    var left: Double { runs.first.map { $0.origin.x + ($0.offsets.first ?? 0) } ?? 0 }
    /// x of the end of the last character (its advance included).
    var right: Double { runs.last.map { $0.origin.x + $0.width } ?? 0 }

    /// Absolute x of every character, in order.
    var characterXs: [Double] {
        runs.flatMap { run in run.offsets.map { run.origin.x + $0 } }
    }
}

extension Page {
    var textRuns: [TextRun] {
        items.compactMap { if case .text(let run) = $0 { run } else { nil } }
    }

    var rules: [Rule] {
        items.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
    }

    /// The page's text runs grouped by baseline (within 0.001), top to bottom, each left to right.
    var lines: [Line] {
        var result: [Line] = []
        for run in textRuns.sorted(by: { $0.origin.y < $1.origin.y }) {
            if let last = result.indices.last, abs(result[last].y - run.origin.y) < 0.001 {
                result[last].runs.append(run)
            } else {
                result.append(Line(y: run.origin.y, runs: [run]))
            }
        }
        for index in result.indices { result[index].runs.sort { $0.origin.x < $1.origin.x } }
        return result
    }

    var lineTexts: [String] { lines.map(\.text) }
}

extension TypesetDocument {
    /// Every page's lines, in order.
    var lineTexts: [[String]] { pages.map(\.lineTexts) }
}

/// Whether two doubles agree to within `tolerance`.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 0.001) -> Bool { abs(a - b) <= tolerance }

// MARK: Tables

extension Fixture {
    /// Body, header and caption all 10 pt on a 10 pt line; padding 3 so a one-line row is 16 pt;
    /// no space around the table.
    static func tableStyle(
        padding: Double = 3, verticalAlignment: VerticalAlignment = .middle, orphans: Int = 2, widows: Int = 2,
        spaceBefore: Double = 0, spaceAfter: Double = 0
    ) -> TableStyle {
        TableStyle(
            body: style(alignment: .left, orphans: orphans, widows: widows), header: style(alignment: .center),
            caption: style(alignment: .left), padding: padding, ruleWidth: 0.5, verticalAlignment: verticalAlignment,
            spaceBefore: spaceBefore, spaceAfter: spaceAfter)
    }

    static let caption = TableCaption(left: "某单位", right: "单位：万元")

    /// Two equal columns (50 pt each), one header row "项目 | 金额", and `rows` body rows "行i | 值i".
    static func table(
        rows: Int, caption: TableCaption? = Fixture.caption, style: TableStyle = Fixture.tableStyle(),
        name: String = "t"
    ) -> Table {
        Table(
            name: name, caption: caption,
            columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fraction(1), alignment: .right)],
            headerRows: [[TableCell("项目"), TableCell("金额")]],
            bodyRows: (0..<rows).map { [TableCell("行\($0)"), TableCell("值\($0)")] }, style: style)
    }
}

/// A rectangle, x to the right and y down.
struct Box: CustomStringConvertible {
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double

    var description: String { "(\(x0), \(y0))–(\(x1), \(y1))" }
}

extension Rule {
    var isHorizontal: Bool { abs(from.y - to.y) < 0.001 }
    var isVertical: Bool { abs(from.x - to.x) < 0.001 }
    var minX: Double { min(from.x, to.x) }
    var maxX: Double { max(from.x, to.x) }
    var minY: Double { min(from.y, to.y) }
    var maxY: Double { max(from.y, to.y) }
}

extension TextRun {
    /// The run's em boxes with `FixedWidthMeasurer` (ascent 0.88, descent 0.12 of the size).
    var inkBox: Box {
        Box(
            x0: origin.x, y0: origin.y - style.size * 0.88, x1: origin.x + width,
            y1: origin.y + style.size * 0.12)
    }
}

extension Page {
    /// The ruled box around `box`: the nearest rule above, below, left and right of it that spans it.
    /// Nil when a side has no rule or a rule cuts through `box`.
    func ruledBox(around box: Box) -> Box? {
        let e = 0.001
        let rules = self.rules
        for rule in rules {
            if rule.isHorizontal, rule.from.y > box.y0 + e, rule.from.y < box.y1 - e, rule.minX < box.x1 - e,
                rule.maxX > box.x0 + e
            { return nil }
            if rule.isVertical, rule.from.x > box.x0 + e, rule.from.x < box.x1 - e, rule.minY < box.y1 - e,
                rule.maxY > box.y0 + e
            { return nil }
        }
        let horizontal = rules.filter { $0.isHorizontal && $0.minX <= box.x0 + e && $0.maxX >= box.x1 - e }
        let vertical = rules.filter { $0.isVertical && $0.minY <= box.y0 + e && $0.maxY >= box.y1 - e }
        guard let top = horizontal.map(\.from.y).filter({ $0 <= box.y0 + e }).max(),
            let bottom = horizontal.map(\.from.y).filter({ $0 >= box.y1 - e }).min(),
            let left = vertical.map(\.from.x).filter({ $0 <= box.x0 + e }).max(),
            let right = vertical.map(\.from.x).filter({ $0 >= box.x1 - e }).min()
        else { return nil }
        return Box(x0: left, y0: top, x1: right, y1: bottom)
    }

    /// Every run whose text is exactly `text`.
    func runs(_ text: String) -> [TextRun] { textRuns.filter { $0.text == text } }

    func count(_ text: String) -> Int { runs(text).count }
}
