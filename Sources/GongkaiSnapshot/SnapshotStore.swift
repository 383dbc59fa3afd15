import Foundation
import GongkaiRendering

/// A folder of reference pages: `manifest.json` and `page-001.png`, `page-002.png`, … Verification
/// writes what changed into `changes/` beside them.
public struct SnapshotStore: Sendable {
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    static func pageName(_ number: Int) -> String { String(format: "page-%03d.png", number) }

    /// Replaces the references with `pages` (and a manifest of the fonts they were drawn with).
    public func record(_ pages: [RasterImage], dpi: Double, fontFiles: [String]) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for name in (try? manager.contentsOfDirectory(atPath: directory)) ?? [] where name.hasPrefix("page-") && name.hasSuffix(".png") {
            try manager.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
        try? manager.removeItem(atPath: changesDirectory)
        for (index, page) in pages.enumerated() {
            try page.writePNG(to: (directory as NSString).appendingPathComponent(Self.pageName(index + 1)))
        }
        try SnapshotManifest(dpi: dpi, pages: pages.count, fontFiles: fontFiles).write(to: directory)
    }

    /// Where verification writes diff images and new renderings.
    public var changesDirectory: String { (directory as NSString).appendingPathComponent("changes") }

    /// Compares `pages` with the references; for every changed page writes `changes/page-NNN-diff.png`
    /// and `changes/page-NNN-new.png`.
    public func verify(
        _ pages: [RasterImage], dpi: Double, fontFiles: [String], tolerance: SnapshotTolerance
    ) throws -> SnapshotVerification {
        guard let reference = try SnapshotManifest.read(from: directory) else {
            return SnapshotVerification(missingReferences: true)
        }
        var result = SnapshotVerification(missingReferences: false)
        let current = try SnapshotManifest(dpi: dpi, pages: pages.count, fontFiles: fontFiles)
        result.fontDifferences = reference.fontDifferences(to: current)
        if reference.dpi != dpi { result.fontDifferences.append("references are at \(reference.dpi) dpi, not \(dpi)") }
        if reference.pages != pages.count { result.pageCountChange = (reference.pages, pages.count) }
        let manager = FileManager.default
        try? manager.removeItem(atPath: changesDirectory)
        for number in stride(from: 1, through: max(reference.pages, pages.count), by: 1) {
            let referencePath = (directory as NSString).appendingPathComponent(Self.pageName(number))
            let old = number <= reference.pages ? try? RasterImage(contentsOfPNG: referencePath) : nil
            let new = number <= pages.count ? pages[number - 1] : nil
            let comparison = old.flatMap { old in new.map { ImageComparison(reference: old, candidate: $0, tolerance: tolerance) } }
            if let comparison, comparison.passes(tolerance) { continue }
            try manager.createDirectory(atPath: changesDirectory, withIntermediateDirectories: true)
            var change = SnapshotVerification.ChangedPage(number: number, differingShare: comparison?.differingShare ?? 1)
            if let new {
                change.newPath = (changesDirectory as NSString).appendingPathComponent(String(format: "page-%03d-new.png", number))
                try new.writePNG(to: change.newPath!)
            }
            if let old, let new {
                change.diffPath = (changesDirectory as NSString).appendingPathComponent(String(format: "page-%03d-diff.png", number))
                try ImageComparison.diffImage(reference: old, candidate: new, tolerance: tolerance).writePNG(to: change.diffPath!)
            }
            result.changedPages.append(change)
        }
        return result
    }
}

/// What verification found.
public struct SnapshotVerification: Sendable {
    public struct ChangedPage: Sendable {
        public var number: Int
        public var differingShare: Double
        public var diffPath: String?
        public var newPath: String?
    }

    /// There are no references to compare with (record them first).
    public var missingReferences: Bool
    /// Fonts (or resolution) differ from those the references were made with: pixel differences are
    /// then expected and say nothing about the layout.
    public var fontDifferences: [String] = []
    public var pageCountChange: (old: Int, new: Int)?
    public var changedPages: [ChangedPage] = []

    public var passed: Bool { !missingReferences && fontDifferences.isEmpty && pageCountChange == nil && changedPages.isEmpty }

    /// One line per finding, for people.
    public var lines: [String] {
        if missingReferences { return ["no references: record them first"] }
        var lines = fontDifferences.map { "font mismatch: \($0)" }
        if let change = pageCountChange { lines.append("page count changed: \(change.old) → \(change.new)") }
        for page in changedPages {
            var line = String(format: "page %d changed: %.3f%% of pixels differ", page.number, page.differingShare * 100)
            if let diff = page.diffPath { line += "; diff \(diff)" }
            if let new = page.newPath { line += "; new \(new)" }
            lines.append(line)
        }
        return lines
    }
}
