import Foundation
import GongkaiDocument
import GongkaiLayout
import GongkaiModel

enum LayoutFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let layoutPath = root.appendingPathComponent("Layouts/department-budget").path
    static let samplePath = root.appendingPathComponent("Layouts/department-budget/samples/116-2023.yaml").path

    static func sample() throws -> Disclosure { try DisclosureLoader.load(contentsOf: samplePath) }
    static func layout() throws -> Layout { try LayoutLoader.load(from: layoutPath) }

    /// A minimal layout around the given `content:` lines (each already indented by two spaces).
    static func layoutYAML(content: String, phrases: String = "") -> String {
        """
        name: test
        page: {size_mm: [210, 297], margins_mm: {top: 37, bottom: 35, left: 28, right: 26}}
        fonts:
          serif: {families: [Noto Serif CJK SC]}
        styles:
          body: {font: serif, size: 16, line_height: 28}
          heading1: {extends: body, keep_with_next: true}
        metadata: {title: "{department.name}", subject: "s"}
        \(phrases)
        content:
        \(content)
        """
    }

    /// The text of every paragraph of a composed document, in order.
    static func paragraphs(_ document: Document) -> [String] {
        document.blocks.compactMap { if case .paragraph(let p) = $0 { p.plainText } else { nil } }
    }
}
