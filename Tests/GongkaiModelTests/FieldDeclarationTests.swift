import Foundation
import GongkaiModel
import Testing

/// The field declarations are the one account of the data format: the template values a document gives have
/// the kinds its fields declare, every field given is one the schema has, and the labels come from them.
@Suite struct FieldDeclarationTests {
    static let samples = [
        "Layouts/department-budget/samples/116-2023.yaml", "Layouts/department-final-accounts/samples/128-2023.yaml",
        "Layouts/department-budget/samples/corpus/208-web-form-2023.yaml",
        "Layouts/department-budget/samples/corpus/224-complete-2023.yaml",
        "Layouts/department-budget/samples/corpus/301-bureau-2024.yaml",
        "Layouts/department-budget/samples/corpus/517009-tiny-unit-2024.yaml",
    ]

    @Test(arguments: samples) func aDocumentsValuesHaveTheDeclaredKinds(_ sample: String) throws {
        let path = Fixture.packageRoot.appendingPathComponent(sample).path
        let value = try DisclosureLoader.load(contentsOf: path).templateValue
        Self.expect(value, matches: Disclosure.templateSchema, at: "")
    }

    /// Every field of `value` is in `schema` with the same kind; an absent one may be anything.
    static func expect(_ value: TemplateValue, matches schema: TemplateValue, at path: String) {
        switch (value, schema) {
        case (.absent, _), (.text, .text), (.amount, .amount), (.integer, .integer):
            break
        case (.list(let elements), .list(let schemaElements)):
            guard let element = schemaElements.first else { return }
            for (index, item) in elements.enumerated() { expect(item, matches: element, at: "\(path)[\(index)]") }
        case (.record(let fields), .record(let schemaFields)):
            for (key, field) in fields {
                let fieldPath = path.isEmpty ? key : path + "." + key
                guard let declared = schemaFields[key] else {
                    // `table_notes` takes names the data chooses; its schema has one, `x`.
                    if let any = schemaFields["x"], schemaFields.count == 1 { expect(field, matches: any, at: fieldPath) } else {
                        Issue.record("\(fieldPath) is not declared")
                    }
                    continue
                }
                expect(field, matches: declared, at: fieldPath)
            }
        default:
            Issue.record("\(path): \(value) is not of the declared kind \(schema)")
        }
    }

    @Test func labelsComeFromTheDeclarations() {
        #expect(FieldLabels.label(of: "department.short_name") == "部门简称")
        #expect(FieldLabels.label(of: "previous_budget.income.total") == "上年收入合计")
        #expect(FieldLabels.label(of: "three_public.previous.vehicles.operation") == "上年公务用车运行维护费")
        #expect(FieldLabels.label(of: "budget_tables.economic[3].code") == "科目编码")
        // Computed fields are the layout's, not the data's: no label.
        #expect(FieldLabels.label(of: "three_public.current.total") == nil)
        #expect(FieldLabels.label(of: "previous_year") == nil)
    }

    @Test func computedFieldsAreDeclaredForTemplatesOnly() throws {
        let procurement = try #require(Disclosure.fieldInfos.first { $0.key == "procurement" })
        let share = try #require(procurement.children.first { $0.key == "goods_share" })
        #expect(share.role == .computed)
        #expect(!share.isData && share.isTemplate)
        let assets = try #require(Disclosure.fieldInfos.first { $0.key == "assets" })
        let none = try #require(assets.children.first { $0.key == "no_fixed_assets" })
        #expect(none.isData && !none.isTemplate)
    }

    @Test func anUnknownKeyIsRefusedWhereverTheDeclarationsAreRead() throws {
        let yaml = try String(contentsOfFile: Fixture.samplePath, encoding: .utf8)
            .replacingOccurrences(of: "  overview:", with: "  overveiw:")
        let error = try #require(throws: DataError.self) { try DisclosureLoader.load(yaml: yaml, file: "x.yaml") }
        #expect(error.fieldPath == "budget_notes.overveiw")
        #expect(error.kind == .unknownField)
    }
}
