import GongkaiDocument
import GongkaiTestSupport
import Testing

@testable import GongkaiTypesetting

/// Pages handed on as they are finished: the same pages in the same order as a document set whole, and
/// pagination that asks for a table's rows only as far as the page being filled.
struct StreamedPageTests {
    /// A paragraph, a long table with a repeated header and a row group taller than a page, and page numbers.
    static func document(rows: Int) -> Document {
        let style = Fixture.style()
        var bodyRows = (0..<rows).map { [TableCell("行\($0)"), TableCell("\($0).5")] }
        bodyRows[rows / 2] = [TableCell(String(repeating: "长", count: 200)), TableCell("1.0")]
        let table = Table(
            name: "long", caption: TableCaption(left: "表", right: "万元", continuedLeft: "表（续）"),
            columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fraction(1), alignsDecimalPoints: true)],
            headerRows: [[TableCell("名称"), TableCell("金额")]], bodyRows: bodyRows,
            style: TableStyle(body: style, header: style, caption: style))
        return Document(
            metadata: DocumentMetadata(title: "t", author: "a"), page: Fixture.geometry, header: nil,
            pageNumber: PageNumberStyle(format: "{n}", text: Fixture.text, placement: .center, indent: 0, distanceBelowTypeArea: 5),
            blocks: [Fixture.paragraph(35), .table(table)])
    }

    @Test func theSinkGetsTheSamePagesInOrder() throws {
        let typesetter = Typesetter(measurer: Fixture.measurer)
        let document = Self.document(rows: 300)
        let whole = try typesetter.typeset(document, firstPageNumber: 3)
        var streamed: [Page] = []
        let summary = try typesetter.typeset(document, firstPageNumber: 3) { streamed.append($0) }
        #expect(whole.pages.count > 20)
        #expect(streamed == whole.pages)
        #expect(streamed.map(\.number) == Array(3..<(3 + streamed.count)))
        #expect(summary.pageCount == streamed.count)
        #expect(summary.warnings == whole.warnings)
    }

    /// What the sink throws ends the typesetting: no later page is set.
    @Test func anErrorOfTheSinkStopsTypesetting() throws {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try Typesetter(measurer: Fixture.measurer).typeset(Self.document(rows: 300)) { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    /// The paginator asks for a slice only when the page being filled reaches it: when the first page is
    /// handed on, no more than that page's slices and the one that did not fit have been made.
    @Test func slicesAreAskedForOnlyAsFarAsThePageBeingFilled() throws {
        let slices = (0..<100).map { _ in FlowSlice(height: 10, items: []) }
        var asked = 0
        var placedPerPage: [Int] = []
        var askedAtPage: [Int] = []
        try Paginator(pageHeight: 100).paginate({
            guard asked < slices.count else { return nil }
            asked += 1
            return slices[asked - 1]
        }) { page in
            placedPerPage.append(page.placements.count)
            askedAtPage.append(asked)
        }
        #expect(placedPerPage == Array(repeating: 10, count: 10))
        #expect(askedAtPage.dropLast() == [11, 21, 31, 41, 51, 61, 71, 81, 91])
    }
}
