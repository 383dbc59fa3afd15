import Foundation
import GongkaiModel
import Testing

/// Characters from web forms and pasted files that no font draws: left out of the text, each a finding.
@Suite struct TextHygieneTests {
    @Test func nulIsAnErrorWithFieldAndLineAndIsLeftOut() throws {
        let yaml = try Fixture.minimal(replacing: "other_matters: \"无。\"", with: "other_matters: \"无\\0。\"")
        let disclosure = try Fixture.load(yaml)
        #expect(disclosure.otherMatters == "无。")
        let finding = try #require(DisclosureValidator.findings(for: disclosure).first { $0.rule == "control-character" })
        #expect(finding.severity == .error)
        #expect(finding.fieldPath == "other_matters")
        #expect(finding.location?.line == (try Fixture.line(of: "other_matters", in: yaml)))
        #expect(finding.message.contains("U+0000 (NUL) at character 2"))
    }

    @Test func otherControlsAndBidiOverridesAreWarnings() throws {
        let yaml = try Fixture.minimal(replacing: "name: \"测试部门\"\nyear", with: "name: \"测试\\u202E部\\e门\\r\"\nyear")
        let disclosure = try Fixture.load(yaml)
        #expect(disclosure.department.name == "测试部门")
        let findings = DisclosureValidator.findings(for: disclosure).filter { $0.fieldPath == "department.name" }
        #expect(findings.map(\.rule) == ["bidi-control", "control-character", "control-character"])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings[0].message.contains("U+202E (RIGHT-TO-LEFT OVERRIDE) at character 3"))
        #expect(findings[1].message.contains("U+001B (ESCAPE)"))
    }

    @Test func tabsNewlinesAndOrdinaryTextPassUntouched() {
        for text in ["第一行\n第二行\t表格", "“引号”、（括号）— 1,234.56%", "𠀀 rare ext-B", ""] {
            #expect(TextHygiene.problems(in: text).isEmpty, "\(text)")
        }
        #expect(TextHygiene.cleaned("a\u{0}b\u{85}c\u{2066}d\u{7F}") == "abcd")
    }

    /// The pass over a text's bytes finds exactly the characters `cleaned` leaves out, alone or among others.
    @Test func everyCharacterOfTheBasicPlaneIsFoundOrPassed() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "甲" + String(Character(scalar)) + "乙"
            let unwanted = TextHygiene.cleaned(text) != text
            #expect(TextHygiene.problems(in: text).isEmpty == !unwanted, "U+\(String(value, radix: 16))")
            #expect(TextHygiene.problems(in: String(Character(scalar))).isEmpty == !unwanted)
        }
    }
}
