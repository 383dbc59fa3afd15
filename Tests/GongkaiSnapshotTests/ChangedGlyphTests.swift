import Foundation
import Gongkai
import GongkaiDocument
import Testing

/// Changes too small for the pixel tolerance — one digit, one punctuation mark on an A4 page — are still
/// caught at the default settings, through the text each page draws, and named in the failure.
@Suite(.serialized) struct ChangedGlyphTests {
    static let original = "工会经费主要用于开展职工文体活动、劳动竞赛和困难职工帮扶；全年不低于3次，覆盖全体在职职工。"

    /// One paragraph of body text on an A4 page, the size of a disclosure's pages.
    func typeset(_ text: String, with renderer: DisclosureRenderer) throws -> TypesetDocument {
        let layout = try SnapshotFixtures.layout()
        let body = try #require(layout.styles["body"])
        let document = Document(
            metadata: DocumentMetadata(title: "fixture", author: "Gongkai"), page: layout.page, header: nil, pageNumber: nil,
            blocks: [.paragraph(Paragraph(text, style: body))])
        return try renderer.typeset(document)
    }

    func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-glyphs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Records the original paragraph and verifies `old` → `new` in it at the default resolution and
    /// tolerance; returns the failure's lines.
    func verifyChange(_ old: String, _ new: String) throws -> (passed: Bool, message: String) {
        let renderer = try SnapshotFixtures.renderer()
        let directory = try temporaryDirectory()
        try renderer.recordSnapshots(of: typeset(Self.original, with: renderer), in: directory, dpi: 30)
        #expect(Self.original.contains(old))
        let changed = try typeset(Self.original.replacingOccurrences(of: old, with: new), with: renderer)
        let verification = try renderer.verifySnapshots(of: changed, in: directory, dpi: 30)
        return (verification.passed, verification.lines.joined(separator: "\n"))
    }

    @Test func aChangedDigitIsCaughtAndNamed() throws {
        let (passed, message) = try verifyChange("不低于3次", "不低于8次")
        #expect(!passed)
        #expect(message.contains("不低于3次") && message.contains("不低于8次"), "\(message)")
        #expect(message.contains("page 1"), "\(message)")
    }

    @Test func anEnumerationCommaChangedToACommaIsCaughtAndNamed() throws {
        let (passed, message) = try verifyChange("活动、劳动", "活动，劳动")
        #expect(!passed)
        #expect(message.contains("活动、劳动") && message.contains("活动，劳动"), "\(message)")
    }

    @Test func aSemicolonChangedToAColonIsCaughtAndNamed() throws {
        let (passed, message) = try verifyChange("帮扶；全年", "帮扶：全年")
        #expect(!passed)
        #expect(message.contains("帮扶；全年") && message.contains("帮扶：全年"), "\(message)")
    }

    @Test func theUnchangedParagraphPasses() throws {
        let (passed, message) = try verifyChange("不低于3次", "不低于3次")
        #expect(passed, "\(message)")
    }

    /// Reference pixels shifted by less than the per-pixel threshold (anti-aliasing differences between
    /// machines) over far more than the share of pixels that may differ: still the same page.
    @Test func antiAliasingNoiseAlonePasses() throws {
        let renderer = try SnapshotFixtures.renderer()
        let directory = try temporaryDirectory()
        let document = try typeset(Self.original, with: renderer)
        try renderer.recordSnapshots(of: document, in: directory, dpi: 30)
        let path = (directory as NSString).appendingPathComponent("page-001.png")
        var image = try RasterImage(contentsOfPNG: path)
        var touched = 0
        for index in stride(from: 0, to: image.pixels.count, by: 7) {
            let pixel = image.pixels[index]
            let channel = Int(pixel & 0xFF)
            let shifted = UInt32(channel > 128 ? channel - 15 : channel + 15)
            image.pixels[index] = shifted << 16 | shifted << 8 | shifted
            touched += 1
        }
        #expect(Double(touched) / Double(image.pixels.count) > 100 * SnapshotTolerance().maximumDifferingShare)
        try image.writePNG(to: path)
        let verification = try renderer.verifySnapshots(of: document, in: directory, dpi: 30)
        #expect(verification.passed, "\(verification.lines)")
    }

    /// References recorded before pages had text records fail with a request to re-record them, rather
    /// than passing on pixels alone.
    @Test func referencesWithoutTextRecordsAskToBeRecordedAgain() throws {
        let renderer = try SnapshotFixtures.renderer()
        let directory = try temporaryDirectory()
        let document = try typeset(Self.original, with: renderer)
        try renderer.recordSnapshots(of: document, in: directory, dpi: 30)
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where !name.hasSuffix(".png") && name != "manifest.json" {
            try FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
        let verification = try renderer.verifySnapshots(of: document, in: directory, dpi: 30)
        #expect(!verification.passed)
        #expect(verification.lines.contains { $0.contains("re-record") }, "\(verification.lines)")
    }
}
