import Foundation
import Gongkai
import GongkaiDocument

enum SnapshotFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    static let samplePath = path("Layouts/department-budget/samples/116-2023.yaml")

    static func renderer() throws -> DisclosureRenderer {
        try DisclosureRenderer(fontConfiguration: path("Fonts/fonts.conf"))
    }

    static func layout() throws -> Layout { try LayoutLoader.load(from: path("Layouts/department-budget")) }

    /// A small page (A6-ish) so that focused references stay tiny.
    static let smallPage = PageGeometry(width: 300, height: 220, marginTop: 20, marginBottom: 20, marginLeft: 20, marginRight: 20)

    static func document(_ blocks: [Block]) -> Document {
        Document(metadata: DocumentMetadata(title: "fixture", author: "Gongkai"), page: smallPage, header: nil, pageNumber: nil, blocks: blocks)
    }
}
