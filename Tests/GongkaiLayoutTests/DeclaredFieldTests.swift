import Foundation
import GongkaiDocument
import GongkaiLayout
import GongkaiModel
import Testing

/// A layout's own fields (`fields:`): declared in the layout, given in the data's `fields:`, typed when the
/// two meet, read by templates as `fields.<key>`.
@Suite struct DeclaredFieldTests {
    static let declarations = """
        fields:
          opening: {type: amount, label: 年初结转和结余}
          note: {type: text, label: 说明, optional: true}
          plan:
            type: record
            label: 年初预算
            fields:
              total: {type: amount, label: 合计}
          items:
            type: list
            label: 明细
            items: {type: record, fields: {name: {type: text, label: 名称}, amount: {type: amount, label: 金额}}}
        """

    static func layout(_ content: String) throws -> Layout {
        try LayoutLoader.load(yaml: LayoutFixtures.layoutYAML(content: content) + "\n" + declarations, file: "declared.yaml")
    }

    /// The sample with a `fields:` section of its own.
    static func sample(_ fields: String) throws -> Disclosure {
        let yaml = try String(contentsOfFile: LayoutFixtures.samplePath, encoding: .utf8) + "\nfields:\n" + fields
        return try DisclosureLoader.load(yaml: yaml, file: "dept.yaml")
    }

    static let given = """
          opening: "1,235.50"
          plan: {total: 20}
          items:
            - {name: 甲, amount: 1.5}
            - {name: 乙, amount: 2}
        """

    @Test func templatesReadTheDeclaredFieldsTyped() throws {
        let layout = try Self.layout("""
              - paragraph: "结转{fields.opening}万元，预算{fields.plan.total}万元。"
              - {each: fields.items, paragraph: "{name}{amount}"}
              - {when: fields.note, content: [{paragraph: "说明：{fields.note}"}]}
            """)
        let document = try DocumentComposer(layout: layout).compose(Self.sample(Self.given))
        #expect(LayoutFixtures.paragraphs(document) == ["结转1235.50万元，预算20.00万元。", "甲1.50", "乙2.00"])
    }

    @Test func aFieldTheLayoutDoesNotDeclareIsAnErrorWithItsLine() throws {
        let layout = try Self.layout(#"  - paragraph: "{fields.opening}""#)
        let disclosure = try Self.sample(Self.given + "\n  closing: 3")
        let error = try #require(throws: DataError.self) { try DocumentComposer(layout: layout).compose(disclosure) }
        #expect(error.kind == .unknownField)
        #expect(error.fieldPath == "fields.closing")
        #expect(error.location?.line ?? 0 > 400)
        #expect(error.message.contains("opening, note, plan, items"))
    }

    @Test func aWrongTypeNamesTheFieldAndItsLabel() throws {
        let layout = try Self.layout(#"  - paragraph: "{fields.opening}""#)
        let disclosure = try Self.sample(Self.given.replacingOccurrences(of: "amount: 2}", with: "amount: 两万}"))
        let error = try #require(throws: DataError.self) { try DocumentComposer(layout: layout).compose(disclosure) }
        #expect(error.kind == .wrongType)
        #expect(error.fieldPath == "fields.items[1].amount")
        #expect(error.message.contains("金额"))
        #expect(error.location != nil)
    }

    @Test func aMissingRequiredFieldIsAnErrorAndAMissingOptionalOneIsAbsent() throws {
        let layout = try Self.layout(#"  - paragraph: "{fields.opening}{fields.note}""#)
        let error = try #require(throws: DataError.self) {
            try DocumentComposer(layout: layout).compose(Self.sample("  opening: 1\n  items: []"))
        }
        #expect(error.kind == .missingField)
        #expect(error.fieldPath == "fields.plan")
    }

    @Test func aLayoutWithoutDeclaredFieldsRefusesDataThatGivesSome() throws {
        let layout = try LayoutLoader.load(yaml: LayoutFixtures.layoutYAML(content: #"  - paragraph: "x""#), file: "plain.yaml")
        let error = try #require(throws: DataError.self) { try DocumentComposer(layout: layout).compose(Self.sample("  opening: 1")) }
        #expect(error.fieldPath == "fields.opening")
    }

    @Test func aTemplateNamingAnUndeclaredFieldIsALayoutError() throws {
        let error = try #require(throws: LayoutError.self) { try Self.layout(#"  - paragraph: "{fields.closing}""#) }
        #expect(error.message.contains("fields.closing"))
        #expect(error.location != nil)
    }

    @Test func aDeclarationOfUnknownTypeIsALayoutErrorWithItsLine() throws {
        let yaml = LayoutFixtures.layoutYAML(content: #"  - paragraph: "x""#) + "\nfields:\n  x: {type: money}"
        let error = try #require(throws: DataError.self) { try LayoutLoader.load(yaml: yaml, file: "bad.yaml") }
        #expect(error.message.contains("amount, text, integer, list or record"))
        #expect(error.location?.line ?? 0 > 1)
    }
}
