import Foundation
import GongkaiModel
import Testing

/// A character no font draws is a finding like any other: at each field whose text holds it, with its line.
@Suite struct MissingCharacterFindingTests {
    @Test func eachFieldHoldingTheCharacterIsNamedWithItsLine() throws {
        let yaml = try Fixture.minimal(replacing: "other_matters: \"无。\"", with: "other_matters: \"无𪚥。\"")
        let disclosure = try Fixture.load(yaml)
        let findings = disclosure.missingCharacterFindings(["𪚥", "㐀"])
        #expect(findings.count == 2)
        let field = try #require(findings.first)
        #expect(field.rule == "missing-glyph" && field.fieldPath == "other_matters")
        #expect(field.location?.line == (try Fixture.line(of: "other_matters", in: yaml)))
        #expect(field.message.contains("\"𪚥\" (U+2A6A5) at character 2"))
        // A character only the layout's own text holds has no field.
        #expect(findings[1].fieldPath == "" && findings[1].message.contains("U+3400"))
    }

    @Test func nothingMissingNoFindings() throws {
        #expect(try Fixture.load(Fixture.minimal).missingCharacterFindings([]).isEmpty)
    }
}
