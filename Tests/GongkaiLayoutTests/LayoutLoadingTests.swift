import Foundation
import GongkaiDocument
import GongkaiLayout
import GongkaiModel
import Testing

@Suite struct LayoutLoadingTests {
    @Test func theDepartmentBudgetLayoutFollowsGBT9704() throws {
        let layout = try LayoutFixtures.layout()
        // A4, type area 156 × 225 mm.
        #expect(abs(layout.page.width - Length.millimetres(210)) < 0.01)
        #expect(abs(layout.page.contentWidth - Length.millimetres(156)) < 0.01)
        #expect(abs(layout.page.contentHeight - Length.millimetres(225)) < 0.01)
        let body = try #require(layout.styles["body"])
        #expect(body.text.size == 16)
        // GB/T 9704's grid: 28 characters a line, 22 lines a page; the indent is two grid characters.
        let advance = Length.millimetres(156) / 28
        #expect(abs((body.gridAdvance ?? 0) - advance) < 0.001)
        #expect(abs(body.lineHeight - Length.millimetres(225) / 22) < 0.001)
        #expect(abs(body.firstLineIndent - 2 * advance) < 0.001)
        #expect(layout.styles["title"]?.gridAdvance == nil)  // 22 pt: not on the 16 pt grid
        #expect(body.cjkLatinSpacing == 0.25 && body.compressesPunctuation)
        #expect(body.alignment == .justified)
        #expect(layout.styles["title"]?.text.size == 22)
        #expect(layout.styles["heading1"]?.keepWithNext == true)
        #expect(layout.fonts["fangsong"]?.families.last == "Noto Serif CJK SC")
        #expect(layout.pageNumber?.label(for: 3) == "— 3 —")
    }

    @Test func theSampleComposesEverySection() throws {
        let document = try DocumentComposer(layout: try LayoutFixtures.layout()).compose(try LayoutFixtures.sample())
        let headings = document.blocks.compactMap { block -> String? in
            if case .paragraph(let p) = block, p.role == .heading(level: 1) { return p.plainText }
            return nil
        }
        #expect(headings.map { String($0.prefix(2)) } == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "附件"])
        let tables = document.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
        #expect(tables.map(\.name) == [
            "organization", "performance_matrix", "fixed_assets", "budget_summary", "income_by_source", "expenditure_summary",
            "appropriation_summary", "general_budget_expenditure", "general_budget_basic", "three_public_expenditure",
            "government_fund_expenditure", "state_capital_expenditure",
        ])
        let matrix = try #require(tables.first { $0.name == "performance_matrix" })
        #expect(matrix.headerRows.count == 2)
        #expect(matrix.caption == TableCaption(left: "116 承德高新技术产业开发区总工会", right: "单位：万元", continuedLeft: "续表"))
        // 7 duty rows + one row per indicator (60).
        #expect(matrix.bodyRows.count == 67)
        #expect(document.metadata.author == "承德高新技术产业开发区总工会")
    }

    @Test func numberUnitsAreTheStandardListAListOfTheLayoutsOrOff() throws {
        #expect(try LayoutFixtures.layout().styles["body"]?.numberUnits == .standard)
        func body(_ setting: String) throws -> ParagraphStyle? {
            let yaml = LayoutFixtures.layoutYAML(content: "  - {paragraph: \"x\"}")
                .replacingOccurrences(of: "line_height: 28}", with: "line_height: 28, number_units: \(setting)}")
            return try LayoutLoader.load(yaml: yaml, file: "units.yaml").styles["body"]
        }
        #expect(try body("[元, 万元]")?.numberUnits?.units == ["万元", "元"])
        #expect(try body("false")?.numberUnits == nil)
        #expect(try body("true")?.numberUnits == .standard)
    }

    @Test func anUnknownStyleNamesTheLine() throws {
        let yaml = LayoutFixtures.layoutYAML(content: "  - {paragraph: \"x\", style: missing}")
        let error = try #require(throws: DataError.self) { try LayoutLoader.load(yaml: yaml, file: "bad.yaml") }
        #expect(error.description.contains("bad.yaml:11:"))
        #expect(error.description.contains("missing"))
    }

    @Test func anUnknownLayoutFieldIsAnError() throws {
        let yaml = LayoutFixtures.layoutYAML(content: "  - {paragraf: \"x\"}")
        let error = try #require(throws: DataError.self) { try LayoutLoader.load(yaml: yaml, file: "bad.yaml") }
        #expect(error.kind == .unknownField)
    }

    @Test func anUnknownFontRoleIsAnError() throws {
        let yaml = LayoutFixtures.layoutYAML(content: "  - {paragraph: \"x\"}")
            .replacingOccurrences(of: "heading1: {extends: body,", with: "heading1: {extends: body, font: nosuch,")
        #expect(throws: DataError.self) { try LayoutLoader.load(yaml: yaml, file: "bad.yaml") }
    }
}
