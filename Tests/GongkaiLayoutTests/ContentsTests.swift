import Foundation
import GongkaiDocument
@testable import GongkaiLayout
import GongkaiModel
import Testing

/// `{contents: N, styles: […], leader: "…"}`: the headings after it down to level N, each with its page
/// number once the document has been typeset (`contentsPages`).
@Suite struct ContentsTests {
    static let content = """
          - {heading: "前言", level: 1}
          - {paragraph: "目录"}
          - {contents: 2, styles: [body, heading1], leader: "…"}
          - {heading: "第一部分", level: 1}
          - {heading: "一、甲", level: 2, style: heading1}
          - {heading: "（一）乙", level: 3, style: heading1}
          - {heading: "第二部分", level: 1}
        """

    static func composer() throws -> DocumentComposer {
        DocumentComposer(layout: try LayoutLoader.load(yaml: LayoutFixtures.layoutYAML(content: content), file: "toc.yaml"))
    }

    static func contents(_ document: Document) throws -> Table {
        for case .table(let table) in document.blocks where table.name == "contents" { return table }
        throw LayoutError(file: "toc.yaml", location: nil, message: "no contents")
    }

    @Test func theContentsListTheHeadingsAfterItDownToItsLevel() throws {
        let composer = try Self.composer()
        let document = try composer.compose(LayoutFixtures.sample())
        let table = try Self.contents(document)
        let titles = table.bodyRows.map { $0[0].text.replacingOccurrences(of: "…", with: "") }
        #expect(titles == ["第一部分", "一、甲", "第二部分"])
        // The leader runs from the title towards the number; the number is blank until the pages are known.
        #expect(table.bodyRows[0][0].text.hasSuffix("……"))
        #expect(table.bodyRows.allSatisfy { $0[1].text.isEmpty })
        #expect(table.style.ruleWidth == 0)
        // Deeper levels take the later styles.
        #expect(table.rowStyles[1]?.keepWithNext == true && table.rowStyles[0]?.keepWithNext == false)
    }

    @Test func pageNumbersComeFromTheOutlineLeavingOutHeadingsBeforeTheContents() throws {
        let composer = try Self.composer()
        let disclosure = try LayoutFixtures.sample()
        let document = try composer.compose(disclosure)
        // 前言 on page 1; the three entries on pages 2, 2 and 5; the level-3 heading is not an entry.
        let outline = [(level: 1, page: 1), (level: 1, page: 2), (level: 2, page: 2), (level: 3, page: 3), (level: 1, page: 5)]
        let pages = try #require(composer.contentsPages(of: document, outline: outline))
        #expect(pages == [2, 2, 5])
        let numbered = try Self.contents(composer.compose(disclosure, contentsPages: pages))
        #expect(numbered.bodyRows.map { $0[1].text } == ["2", "2", "5"])
    }

    @Test func theLeaderStopsShortOfTheWidthItIsGiven() {
        // 10 em of room after a 4-em title: about 5 leader marks, never 6.
        let leader = DocumentComposer.leader("…", after: "第一部分", width: 140, size: 14)
        #expect(leader.count == 5)
        #expect(DocumentComposer.leader("…", after: String(repeating: "字", count: 12), width: 140, size: 14).isEmpty)
    }
}
