import Foundation
import GongkaiDocument
import GongkaiLayout
import GongkaiModel
import Testing

@Suite struct TemplateTests {
    func compose(_ content: String, phrases: String = "") throws -> [String] {
        let layout = try LayoutLoader.load(yaml: LayoutFixtures.layoutYAML(content: content, phrases: phrases), file: "test.yaml")
        return LayoutFixtures.paragraphs(try DocumentComposer(layout: layout).compose(LayoutFixtures.sample()))
    }

    @Test func placeholdersTakeValuesFromTheModel() throws {
        let text = try compose(#"  - paragraph: "{department.code}|{year}|{previous_year}|{budget.expenditure.basic.total}|{assets.fixed_assets_total|fixed2}|{three_public.current.reception|fixed2}""#)
        #expect(text == ["116|2023|2022|90.73|26.03|0.10"])
    }

    @Test func doubledBracesAreLiteral() throws {
        #expect(try compose(#"  - paragraph: "{{year}} is {year}""#) == ["{year} is 2023"])
    }

    /// Caught when the layout loads, before any department is composed with it.
    @Test func anUnknownFieldIsAnErrorNamingTheLayoutLine() throws {
        let error = try #require(throws: LayoutError.self) {
            try LayoutLoader.load(
                yaml: LayoutFixtures.layoutYAML(content: "  - paragraph: \"收入 {budget.income.totl} 万元\""), file: "test.yaml")
        }
        #expect(error.description.contains("test.yaml:11:"))
        #expect(error.description.contains("budget.income.totl"))
    }

    /// A brace with a combining mark after it is another character, not a brace.
    @Test func aBraceWithACombiningMarkIsText() throws {
        #expect(try Template("a{\u{301}b", location: nil).source == "a{\u{301}b")
        #expect(throws: LayoutError.self) { try Template("a{b", location: nil) }
    }

    @Test func malformedTemplatesFailWhenTheLayoutLoads() throws {
        for bad in [#""{year""#, #""year}""#, #""{year|bogus}""#, #""{}""#, #""{change(a)}""#] {
            #expect(throws: LayoutError.self, "\(bad)") {
                try LayoutLoader.load(yaml: LayoutFixtures.layoutYAML(content: "  - paragraph: \(bad)"), file: "t.yaml")
            }
        }
    }

    @Test func eachNumbersItemsAndPrefersTheDataLabel() throws {
        let text = try compose("""
              - each: duties.offices
                numbering: "（{n|chinese}）"
                paragraph: "{number}{title}"
                content:
                  - {each: items, numbering: "{n}、", paragraph: "{number}{item}"}
            """)
        #expect(text[0] == "（一）、办公室工作职责")  // the data's own label
        #expect(text[1] == "1、协助工会领导处理、协调机关日常工会事务；")
        #expect(text.contains("(二)、组织部工作职责"))
        #expect(text.filter { $0.hasPrefix("9、") }.count == 3)  // offices 一, 四 (10 items) and 六 have a ninth item
    }

    @Test func unknownFieldsInsideEachAndTablesAndUnknownPhrasesFailAtLoad() throws {
        let cases = [
            "  - {each: duties.offices, paragraph: \"{titel}\"}",
            "  - {each: duties.ofices, paragraph: \"{title}\"}",
            "  - {paragraph: \"{nope(budget.expenditure.total, previous_budget.expenditure.total)}\"}",
            "  - {paragraph: \"{department}\"}",
        ]
        for content in cases {
            #expect(throws: LayoutError.self, "\(content)") {
                try LayoutLoader.load(yaml: LayoutFixtures.layoutYAML(content: content), file: "t.yaml")
            }
        }
        // Fields of the element in scope, and n, number and item, are known.
        _ = try LayoutLoader.load(
            yaml: LayoutFixtures.layoutYAML(content: "  - {each: duties.offices, numbering: \"{n}\", paragraph: \"{number}{title}{label}\", content: [{each: items, paragraph: \"{item}\"}]}"),
            file: "t.yaml")
    }

    @Test func dataTextIsNeverInterpreted() throws {
        var yaml = try String(contentsOfFile: LayoutFixtures.samplePath, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "我部门无其他需要说明的事项。", with: "<b>&amp;{year}{{x}}</b>")
        let disclosure = try DisclosureLoader.load(yaml: yaml, file: "literal.yaml")
        let layout = try LayoutLoader.load(yaml: LayoutFixtures.layoutYAML(content: #"  - paragraph: "{other_matters}""#), file: "t.yaml")
        let text = LayoutFixtures.paragraphs(try DocumentComposer(layout: layout).compose(disclosure))
        #expect(text == ["<b>&amp;{year}{{x}}</b>"])
    }
}
