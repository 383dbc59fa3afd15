import Foundation
import Gongkai
import GongkaiSnapshot
import Testing

/// The snapshot machinery itself: it passes on unchanged output and names exactly what changed.
@Suite(.serialized) struct SnapshotVerificationTests {
    func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-snap-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func sample(replacing old: String? = nil, with new: String = "") throws -> Disclosure {
        var yaml = try String(contentsOfFile: SnapshotFixtures.samplePath, encoding: .utf8)
        if let old {
            #expect(yaml.contains(old))
            yaml = yaml.replacingOccurrences(of: old, with: new)
        }
        return try DisclosureLoader.load(yaml: yaml, file: "sample.yaml")
    }

    @Test func oneChangedCharacterNamesExactlyItsPage() throws {
        let renderer = try SnapshotFixtures.renderer()
        let layout = try SnapshotFixtures.layout()
        let directory = try temporaryDirectory()
        let original = try renderer.typeset(sample(), layout: layout)
        try renderer.recordSnapshots(of: original, in: directory, dpi: 20)
        #expect(try renderer.verifySnapshots(of: original, in: directory, dpi: 20).passed)

        // 其他 → 其它 in the last section: only its page changes.
        let changed = try renderer.typeset(sample(replacing: "我部门无其他需要说明的事项。", with: "我部门无其它需要说明的事项。"), layout: layout)
        let verification = try renderer.verifySnapshots(of: changed, in: directory, dpi: 20)
        #expect(!verification.passed)
        let lastSection = try #require(original.pages.first { $0.text.contains("我部门无其他需要说明的事项") })
        #expect(verification.changedPages.map(\.number) == [lastSection.number])
        let page = try #require(verification.changedPages.first)
        #expect(FileManager.default.fileExists(atPath: try #require(page.diffPath)))
        #expect(FileManager.default.fileExists(atPath: try #require(page.newPath)))
        #expect(verification.fontDifferences.isEmpty)
    }

    @Test func aChangedPageCountIsReported() throws {
        let renderer = try SnapshotFixtures.renderer()
        let layout = try SnapshotFixtures.layout()
        let directory = try temporaryDirectory()
        let original = try renderer.typeset(sample(), layout: layout)
        try renderer.recordSnapshots(of: original, in: directory, dpi: 10)
        var shorter = original
        shorter.pages.removeLast()
        let verification = try renderer.verifySnapshots(of: shorter, in: directory, dpi: 10)
        #expect(verification.pageCountChange?.old == original.pages.count)
        #expect(verification.pageCountChange?.new == original.pages.count - 1)
    }

    @Test func aFontChangeIsReportedAsSuch() throws {
        let renderer = try SnapshotFixtures.renderer()
        let layout = try SnapshotFixtures.layout()
        let directory = try temporaryDirectory()
        let document = try renderer.typeset(sample(), layout: layout)
        try renderer.recordSnapshots(of: document, in: directory, dpi: 10)
        let manifest = (directory as NSString).appendingPathComponent("manifest.json")
        var text = try String(contentsOfFile: manifest, encoding: .utf8)
        let checksum = try #require(text.firstRange(of: /"sha256" : "[0-9a-f]+"/))
        text.replaceSubrange(checksum, with: #""sha256" : "0000""#)
        try text.write(toFile: manifest, atomically: true, encoding: .utf8)
        let verification = try renderer.verifySnapshots(of: document, in: directory, dpi: 10)
        #expect(verification.fontDifferences.count == 1)
        #expect(verification.lines.first?.hasPrefix("font mismatch:") == true)
        #expect(verification.changedPages.isEmpty)
    }

    @Test func renderingTwiceGivesIdenticalImages() throws {
        let renderer = try SnapshotFixtures.renderer()
        let document = try renderer.typeset(sample(), layout: SnapshotFixtures.layout())
        let other = try SnapshotFixtures.renderer()
        for page in document.pages.prefix(3) {
            #expect(try renderer.rasterize(page, dpi: 30) == other.rasterize(page, dpi: 30))
        }
    }

    @Test func toleranceIgnoresNoiseButNotChange() {
        let white = RasterImage(width: 10, height: 10, pixels: Array(repeating: 0xFFFFFF, count: 100))
        var noisy = white
        noisy.pixels[5] = 0xF0F0F0  // 15 levels: anti-aliasing noise
        var changed = white
        changed.pixels[5] = 0x000000
        let tolerance = SnapshotTolerance(perPixel: 24, maximumDifferingShare: 0)
        #expect(ImageComparison(reference: white, candidate: noisy, tolerance: tolerance).passes(tolerance))
        #expect(!ImageComparison(reference: white, candidate: changed, tolerance: tolerance).passes(tolerance))
        let lenient = SnapshotTolerance(perPixel: 24, maximumDifferingShare: 0.02)
        #expect(ImageComparison(reference: white, candidate: changed, tolerance: lenient).passes(lenient))
        let diff = ImageComparison.diffImage(reference: white, candidate: changed, tolerance: tolerance)
        #expect(diff.pixels[5] != diff.pixels[6])
    }
}
