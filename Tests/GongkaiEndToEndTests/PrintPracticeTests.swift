import Foundation
import Gongkai
import GongkaiDocument
import GongkaiTypesetting
import Testing

/// The sample set as a print shop expects: 续表 on the matrix's continuation pages, its duty rows in bold,
/// the attachment line of GB/T 9704, and the running head spaced as the body is.
@Suite struct PrintPracticeTests {
    /// The sample typeset once with the project's fonts and layout.
    static let sample = Result { () throws -> TypesetDocument in
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        return try renderer.typeset(DisclosureLoader.load(contentsOf: Support.sample), layout: LayoutLoader.load(from: Support.layout))
    }

    static func runs(_ page: Page) -> [TextRun] {
        page.items.compactMap { if case .text(let run) = $0 { run } else { nil } }
    }

    /// The matrix's pages: its first (with the title) and every page its header repeats on.
    static func matrixPages(_ document: TypesetDocument) -> [Page] {
        document.pages.filter { $0.text.contains("评价标准") }
    }

    @Test func everyContinuationPageOfTheMatrixSaysContinued() throws {
        let pages = Self.matrixPages(try Self.sample.get())
        let top = try LayoutLoader.load(from: Support.layout).page.marginTop
        try #require(pages.count >= 3, "the sample's matrix runs over several pages")
        #expect(pages[0].text.contains("部门职责-工作活动绩效目标"))
        #expect(!pages[0].text.contains("续表"))
        for page in pages.dropFirst() {
            // The type area's first line: 续表 on the left, the unit on the right.
            let body = Self.runs(page).filter { $0.origin.y > top }
            let first = try #require(body.min { $0.origin.y < $1.origin.y }, "page \(page.number) is empty")
            let firstLine = body.filter { abs($0.origin.y - first.origin.y) < 0.5 }.sorted { $0.origin.x < $1.origin.x }
                .map(\.text).joined()
            #expect(firstLine.hasPrefix("续表"), "page \(page.number) starts with \(firstLine)")
            #expect(firstLine.hasSuffix("单位：万元"), "page \(page.number) starts with \(firstLine)")
        }
        // The words of the PDF as printed, too.
        let pdf = try Support.samplePDF()
        for page in pages.dropFirst() {
            let text = try Support.tool("pdftotext", ["-f", "\(page.number)", "-l", "\(page.number)", pdf, "-"]).stdout
            #expect(text.contains("续表"), "page \(page.number)")
        }
    }

    @Test func theMatrixSetsItsDutyRowsInBold() throws {
        let pages = Self.matrixPages(try Self.sample.get())
        let runs = pages.flatMap(Self.runs)
        let duties = runs.filter { $0.text.hasPrefix("二、") || $0.text.hasPrefix("三、") }
        try #require(!duties.isEmpty)
        for run in duties { #expect(run.style.font.weight == .bold, "\(run.text)") }
        let activities = runs.filter { $0.text.hasPrefix("1、") || $0.text.hasPrefix("2、") }
        try #require(!activities.isEmpty)
        for run in activities { #expect(run.style.font.weight == .regular, "\(run.text)") }
    }

    /// GB/T 9704: "附件" flush left in 黑体 3号, the attachment's title centred below it in 小标宋.
    @Test func theAttachmentLineIsFlushLeftWithItsTitleCentredBelow() throws {
        let document = try Self.sample.get()
        let layout = try LayoutLoader.load(from: Support.layout)
        let page = try #require(document.pages.first { $0.text.contains("附件") })
        let runs = Self.runs(page)
        let label = try #require(runs.first { $0.text.hasPrefix("附件") })
        #expect(label.text == "附件")
        #expect(abs(label.origin.x - layout.page.marginLeft) < 0.01, "附件 at x = \(label.origin.x)")
        #expect(label.style.size == 16)
        #expect(label.style.font.families.contains("黑体"))

        let title = try #require(runs.first { $0.text.contains("部门预算公开表") })
        #expect(title.origin.y > label.origin.y)
        #expect(title.style.size == 22)
        #expect(title.style.font.families.first == "方正小标宋简体")
        let middle = layout.page.marginLeft + layout.page.contentWidth / 2
        #expect(abs(title.origin.x + title.width / 2 - middle) < 0.5, "title centred on \(title.origin.x + title.width / 2)")
        // Still a top-level heading for the outline.
        #expect(page.outline.first?.title == "附件")
    }

    /// The running head follows the body's CJK–Latin spacing: a quarter em between 2023 and 年.
    @Test func theRunningHeadSpacesLatinFromCJKAsTheBodyDoes() throws {
        let page = try Self.sample.get().pages[1]
        let top = try LayoutLoader.load(from: Support.layout).page.marginTop
        // The head's characters, each at its x on the page.
        let head = Self.runs(page).filter { $0.origin.y < top }.flatMap { run in
            zip(run.text, run.offsets).map { (character: $0, x: run.origin.x + $1, size: run.style.size) }
        }
        let year = try #require(head.indices.first { index in
            index + 4 < head.count && String(head[index..<index + 5].map(\.character)) == "2023年"
        }, "no 2023年 in the running head: \(String(head.map(\.character)))")
        let size = head[year].size
        let digit = head[year + 3].x - head[year + 2].x  // 2 → 3: a digit's advance
        let toCJK = head[year + 4].x - head[year + 3].x  // 3 → 年: the same and the quarter em
        #expect(abs(toCJK - digit - 0.25 * size) < 0.3, "3 → 年 \(toCJK), a digit \(digit), size \(size)")
    }
}
