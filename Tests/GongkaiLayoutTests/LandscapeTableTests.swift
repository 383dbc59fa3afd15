import GongkaiDocument
import GongkaiLayout
import GongkaiModel
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

@Suite struct LandscapeTableTests {
    @Test func aLandscapeTableGetsPagesOfItsOwnSetAcross() throws {
        var yaml = LayoutFixtures.layoutYAML(content: """
              - paragraph: "前文"
              - {table: offices}
              - paragraph: "后文"
            """)
        yaml += """

            tables:
              offices:
                landscape: true
                body_style: body
                header_style: body
                caption_style: body
                rows: duties.offices
                columns:
                  - {header: "科室", width: 1, cell: "{title}"}
            """
        let layout = try LayoutLoader.load(yaml: yaml, file: "landscape.yaml")
        let document = try DocumentComposer(layout: layout).compose(LayoutFixtures.sample())
        let typeset = try Typesetter(measurer: FixedWidthMeasurer()).typeset(document)
        // Every sheet upright (A4 portrait); the table's page carries it set across, turned a quarter.
        #expect(typeset.pages.allSatisfy { $0.width == layout.page.width && $0.height == layout.page.height })
        #expect(typeset.pages.map { $0.turned != nil } == [false, true, false])
        #expect(typeset.pages[1].text.contains("办公室工作职责"))
        #expect(typeset.pages[2].text.contains("后文"))
        #expect(typeset.pages.map(\.number) == [1, 2, 3])
        // The turned type area is the wide one: the table's rules run past the portrait measure, as long as
        // the type area is tall.
        let frame = try #require(typeset.pages[1].turned)
        let rules = frame.items.compactMap { item -> Rule? in if case .rule(let rule) = item { rule } else { nil } }
        let longest = rules.map { abs($0.to.x - $0.from.x) }.max() ?? 0
        #expect(longest > layout.page.contentWidth)
        #expect(abs(longest - layout.page.contentHeight) < 0.01)
    }
}
