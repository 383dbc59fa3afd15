import Foundation
import GongkaiModel
import Testing

/// Text is taken literally: markup, entities and placeholders are kept as written.
@Suite("Literal text")
struct LiteralTextTests {
    @Test func markupEntityAndPlaceholderInANameAreKept() throws {
        let yaml = try Fixture.minimal(
            replacing: "  name: \"测试部门\"\nyear", with: "  name: \"<b>&amp;{x}\"\nyear")
        let department = try Fixture.load(yaml).department
        #expect(department.name == "<b>&amp;{x}")
        #expect(department.shortName == "<b>&amp;{x}")
    }

    @Test func unquotedMarkupIsKeptToo() throws {
        let yaml = try Fixture.minimal(replacing: #"title: "办公室工作职责""#, with: "title: <b>&amp;{x}")
        #expect(try Fixture.load(yaml).duties.offices.first?.title == "<b>&amp;{x}")
    }

    @Test func literalTextInListsAndGlossary() throws {
        let yaml = try Fixture.minimal(replacing: #"- "第一项职责""#, with: #"- "{year}年 <i>%d</i> &lt;""#)
            .replacingOccurrences(of: #"definition: "解释。""#, with: #"definition: "a\\b {{x}} ${y}""#)
        let disclosure = try Fixture.load(yaml)
        #expect(disclosure.duties.offices.first?.items == ["{year}年 <i>%d</i> &lt;"])
        #expect(disclosure.glossary.first?.definition == #"a\b {{x}} ${y}"#)
    }

    @Test func numberLikeTextIsKeptAsWritten() throws {
        let yaml = try Fixture.minimal(replacing: #"code: "001""#, with: "code: 0116")
            .replacingOccurrences(of: #"as_of: "2023年12月31日""#, with: "as_of: 2023.10")
        let disclosure = try Fixture.load(yaml)
        #expect(disclosure.department.code == "0116")
        #expect(disclosure.assets.asOf == "2023.10")
    }
}
