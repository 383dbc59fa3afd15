import Foundation
import GongkaiTestSupport
import Testing

/// The sample's wide standard tables set across A4 portrait pages (GB/T 9704): every sheet portrait, the
/// table's head toward the binding on odd pages and toward the cut on even ones, the page number where the
/// other pages have it, the table's text still extractable.
@Suite(.serialized) struct TurnedTablesTests {
    static let sheetWidth = 595.276

    /// The 1-based pages of the sample's wide tables, and the text of every page.
    static func turnedPages(_ pdf: String) throws -> (turned: [Int], texts: [String]) {
        let text = try Support.tool("pdftotext", ["-layout", pdf, "-"]).stdout
        let texts = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { $0.filter { !$0.isWhitespace } }
        var turned: [Int] = []
        for title in StandardTablesTests.titles where StandardTablesTests.landscape.contains(String(title.prefix(2))) {
            let index = try #require(texts.firstIndex { $0.contains(title) }, "\(title) is missing")
            turned.append(index + 1)
        }
        return (turned, texts)
    }

    @Test func everySheetIsPortraitAndWideTablesAreTurnedOnIt() throws {
        let pdf = try Support.samplePDF()
        let pages = try PDFPage.pages(of: pdf)
        #expect(pages.count > 20)
        for (index, page) in pages.enumerated() {
            #expect(page.mediaBox == "0 0 595.276 841.89", "page \(index + 1): \(page.mediaBox)")
            #expect(page.rotate == nil, "page \(index + 1) has /Rotate")
        }
        let (turned, _) = try Self.turnedPages(pdf)
        // Both parities are among them, each drawn under a quarter turn counterclockwise.
        #expect(turned.contains { $0 % 2 == 1 } && turned.contains { $0 % 2 == 0 }, "\(turned)")
        // The sample's wide tables take a page each: those pages, and only those, are turned.
        let drawnTurned = pages.indices.filter { pages[$0].content.hasPrefix("q\n0 1 -1 0 595.276 0 cm\n") }.map { $0 + 1 }
        #expect(drawnTurned == turned)
    }

    @Test func theTableHeadFacesTheBindingOnOddPagesAndTheCutOnEvenOnes() throws {
        let pdf = try Support.samplePDF()
        let (turned, _) = try Self.turnedPages(pdf)
        for number in turned {
            // A recto (odd) is bound at its left edge; a verso (even) at its right, cut at its left.
            let binding = number % 2 == 1 ? "left" : "right"
            let cut = binding == "left" ? "right" : "left"
            let wanted = number % 2 == 1 ? binding : cut
            let words = try PDFWord.words(of: pdf, page: number)
            // The table's title (its head) runs up the sheet beside the edge it faces.
            let title = try #require(words.first { $0.text.hasPrefix("表") }, "page \(number)")
            #expect(title.yMax - title.yMin > title.xMax - title.xMin, "page \(number): the title is not turned")
            let edge = title.xMax < Self.sheetWidth / 2 ? "left" : "right"
            #expect(edge == wanted, "page \(number): the head faces the \(edge) edge")
        }
    }

    @Test func theFolioOfATurnedPageIsWhereTheUprightPagesOfItsParityHaveIt() throws {
        let pdf = try Support.samplePDF()
        let (turned, _) = try Self.turnedPages(pdf)
        func folio(_ page: Int) throws -> PDFWord {
            try #require(try PDFWord.words(of: pdf, page: page).first { $0.text == "\(page)" && $0.yMin > 700 }, "page \(page)")
        }
        for number in turned {
            // The nearest earlier upright page of the same parity.
            let upright = try #require(stride(from: number - 2, through: 1, by: -2).first { !turned.contains($0) })
            let (ours, theirs) = (try folio(number), try folio(upright))
            #expect(abs(ours.yMin - theirs.yMin) < 0.01 && abs(ours.yMax - theirs.yMax) < 0.01, "page \(number)")
            if number % 2 == 1 {
                // Odd pages right: the label ends one character in from the type area's right edge.
                #expect(abs(ours.xMax - theirs.xMax) < 0.01, "page \(number): \(ours.xMax) against \(theirs.xMax)")
                #expect(ours.xMin > Self.sheetWidth / 2)
            } else {
                #expect(abs(ours.xMin - theirs.xMin) < 0.01, "page \(number): \(ours.xMin) against \(theirs.xMin)")
                #expect(ours.xMax < Self.sheetWidth / 2)
            }
        }
    }

    @Test func theTurnedTablesTextExtracts() throws {
        let pdf = try Support.samplePDF()
        let (turned, texts) = try Self.turnedPages(pdf)
        let first = try #require(turned.first)
        let text = texts[first - 1]
        for words in ["表二2023年部门收入总表", "科目编码", "一般公共服务支出253.420.00253.42", "住房公积金6.350.006.35"] {
            #expect(text.contains(words), "\(words) in \(text)")
        }
    }
}
