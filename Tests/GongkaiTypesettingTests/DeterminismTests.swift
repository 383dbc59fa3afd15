import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

@Suite("Determinism")
struct DeterminismTests {
    static let document: Document = {
        var blocks: [Block] = []
        blocks.append(.paragraph(Paragraph("一、总体情况", style: Fixture.style(keepWithNext: true), role: .heading(level: 1))))
        for index in 0..<6 {
            let text = "2024年收入预算7.376万元，（一）一般公共预算拨款收入“" + String(index) + "”项。" + Fixture.chars(17 * index)
            blocks.append(Fixture.paragraph(text, style: Fixture.style(firstLineIndent: 20, spaceBefore: 4)))
        }
        blocks.append(.table(Fixture.table(rows: 15)))
        blocks.append(.pageBreak)
        blocks.append(Fixture.paragraph("完", style: Fixture.style(alignment: .center)))
        let number = PageNumberStyle(
            format: "— {n} —", text: Fixture.text, placement: .outside, indent: 7, distanceBelowTypeArea: 5)
        let header = RunningHeader(
            left: "左", right: "右", text: Fixture.text, distanceAboveTypeArea: 6, ruleWidth: 0.5, skipFirstPage: true)
        return Fixture.document(blocks, header: header, pageNumber: number)
    }()

    @Test("typesetting the same document twice gives equal pages")
    func sameDocumentSamePages() throws {
        let first = try Fixture.typeset(Self.document)
        let second = try Fixture.typeset(Self.document)
        let third = try Typesetter(measurer: FixedWidthMeasurer()).typeset(Self.document)
        #expect(first.pages.count > 2)
        #expect(first.pages == second.pages)
        #expect(first.pages == third.pages)
        #expect(first.warnings == second.warnings)
        #expect(Set(first.pages).count == first.pages.count)
        #expect(first.metadata == Self.document.metadata)
    }

    @Test("a different document gives different pages (control)")
    func differentDocumentDifferentPages() throws {
        var changed = Self.document
        changed.blocks.insert(Fixture.paragraph(1), at: 1)
        #expect(try Fixture.typeset(Self.document).pages != (try Fixture.typeset(changed).pages))
    }
}
