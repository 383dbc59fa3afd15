import Foundation
import GongkaiDocument
import GongkaiLayout
import GongkaiModel
import Testing

/// A department read once with its layout serves both the layout's checks and its document, with the same
/// results as each working from the department alone.
@Suite struct LayoutDataTests {
    @Test func checksAndDocumentFromOneReadingAreThoseOfTwo() throws {
        let layout = try LayoutFixtures.layout()
        let disclosure = try LayoutFixtures.sample()
        let data = LayoutData(disclosure, layout: layout)
        let findings = layout.findings(in: data)
        #expect(findings == layout.findings(for: disclosure))
        // Composed after the checks (which built its template value and tables' trees) and again.
        let document = try DocumentComposer(layout: layout).compose(data)
        #expect(document == (try DocumentComposer(layout: layout).compose(disclosure)))
        #expect(document == (try DocumentComposer(layout: layout).compose(data)))
        // What is let go of (while a composed document is set) is made again when asked for.
        data.letGoOfDerived()
        #expect(document == (try DocumentComposer(layout: layout).compose(data)))
        #expect(!document.blocks.isEmpty)
    }

    /// A template value that cannot be made is a finding for the checks and an error for the document,
    /// each time either asks.
    @Test func aDataErrorIsReportedToBoth() throws {
        let yaml = LayoutFixtures.layoutYAML(content: #"  - paragraph: "{fields.total}""#) + """

            fields:
              total: {type: amount, label: 合计}
            """
        let layout = try LayoutLoader.load(yaml: yaml, file: "t.yaml")
        let sample = try String(contentsOfFile: LayoutFixtures.samplePath, encoding: .utf8) + "\nfields:\n  total: 二七三\n"
        let data = LayoutData(try DisclosureLoader.load(yaml: sample, file: "dept.yaml"), layout: layout)
        #expect(layout.findings(in: data).contains { $0.fieldPath == "fields.total" && $0.severity == .error })
        #expect(throws: DataError.self) { try DocumentComposer(layout: layout).compose(data) }
        #expect(throws: DataError.self) { try DocumentComposer(layout: layout).compose(data) }
    }
}
