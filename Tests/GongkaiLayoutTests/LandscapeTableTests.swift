import GongkaiDocument
import GongkaiLayout
import GongkaiModel
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

@Suite struct LandscapeTableTests {
    @Test func aLandscapeTableGetsPagesOfItsOwn() throws {
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
        let shapes = typeset.pages.map { $0.width > $0.height ? "landscape" : "portrait" }
        #expect(shapes == ["portrait", "landscape", "portrait"])
        #expect(typeset.pages[1].text.contains("办公室工作职责"))
        #expect(typeset.pages[2].text.contains("后文"))
        #expect(typeset.pages.map(\.number) == [1, 2, 3])
        // The landscape page's type area is the wide one: the table's rules reach past the portrait width.
        let rightmost = typeset.pages[1].items.compactMap { item -> Double? in
            if case .rule(let rule) = item { return max(rule.from.x, rule.to.x) } else { return nil }
        }.max() ?? 0
        #expect(rightmost > layout.page.width)
    }
}
