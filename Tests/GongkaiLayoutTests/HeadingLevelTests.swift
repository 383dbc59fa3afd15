import GongkaiDocument
import GongkaiLayout
import Testing

/// The department-budget layout's faces by heading level (GB/T 9704: 一、 黑体; （一） 楷体; 1. and （1）
/// 仿宋; the second and third in bold), and the matrix's duty rows set apart, as composed from the sample.
@Suite struct HeadingLevelTests {
    /// The font role of each heading level: the licensed face first, a free substitute before the last resort.
    @Test func eachHeadingLevelHasTheFaceOfGBT9704() throws {
        let layout = try LayoutFixtures.layout()
        let expected: [(level: Int, official: String, free: String, weight: FontWeight)] = [
            (1, "黑体", "Noto Sans CJK SC", .regular),
            (2, "楷体_GB2312", "LXGW WenKai", .bold),
            (3, "仿宋_GB2312", "Noto Serif CJK SC", .bold),
            (4, "仿宋_GB2312", "Noto Serif CJK SC", .regular),
        ]
        var fonts: Set<FontSpec> = []
        for (level, official, free, weight) in expected {
            let style = try #require(layout.styles["heading\(level)"], "no style heading\(level)")
            #expect(style.text.font.families.first == official, "heading\(level): \(style.text.font.families)")
            #expect(style.text.font.families.contains(free), "heading\(level): \(style.text.font.families)")
            #expect(style.text.font.weight == weight, "heading\(level)")
            #expect(style.text.size == 16)  // 三号
            fonts.insert(style.text.font)
        }
        #expect(fonts.count == expected.count, "two levels share a face")
        // The body stays 仿宋 regular, apart from every heading level.
        #expect(layout.styles["body"]?.text.font == FontSpec(families: layout.fonts["fangsong"]?.families ?? []))
    }

    @Test func theSamplesHeadingsTakeTheirLevelsStyle() throws {
        let layout = try LayoutFixtures.layout()
        let document = try DocumentComposer(layout: layout).compose(try LayoutFixtures.sample())
        var levels: Set<Int> = []
        for case .paragraph(let paragraph) in document.blocks {
            guard case .heading(let level) = paragraph.role, paragraph.style.text.size == 16 else { continue }
            if paragraph.plainText == "附件" { continue }  // the attachment line: 黑体, flush left
            levels.insert(level)
            #expect(paragraph.style.text.font == layout.styles["heading\(level)"]?.text.font, "\(paragraph.plainText)")
        }
        #expect(levels == [1, 2, 3])
    }

    @Test func theMatrixDutyRowsAreBold() throws {
        let document = try DocumentComposer(layout: try LayoutFixtures.layout()).compose(try LayoutFixtures.sample())
        let matrix = try #require(document.blocks.lazy.compactMap { block -> Table? in
            if case .table(let table) = block, table.name == "performance_matrix" { table } else { nil }
        }.first)
        #expect(Set(matrix.rowStyles.keys) == matrix.rowsKeptWithNext)
        #expect(matrix.rowStyles.count == 7)
        for (row, style) in matrix.rowStyles {
            #expect(style.text.font.weight == .bold)
            #expect(style.text.size == matrix.style.body.text.size)
            #expect(matrix.bodyRows[row].first?.text.contains("、") == true)
        }
    }
}
