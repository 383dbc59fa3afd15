import Foundation
import GongkaiRendering

/// A page to record or verify: its image and the record of what it draws.
public struct SnapshotPage: Sendable {
    public var image: RasterImage
    public var record: PageRecord

    public init(image: RasterImage, record: PageRecord) {
        self.image = image
        self.record = record
    }
}

/// A folder of reference pages: `manifest.json`, and for each page `page-001.png` and `page-001.txt`
/// (its `PageRecord`), … Verification writes what changed into `changes/` beside them.
public struct SnapshotStore: Sendable {
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    static func pageName(_ number: Int) -> String { String(format: "page-%03d.png", number) }

    private func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    private func changesPath(_ name: String) -> String { (changesDirectory as NSString).appendingPathComponent(name) }

    /// Replaces the references with `pages` (and a manifest of the fonts they were drawn with).
    public func record(_ pages: [SnapshotPage], dpi: Double, fontFiles: [String]) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for name in (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        where name.hasPrefix("page-") && (name.hasSuffix(".png") || name.hasSuffix(".txt")) {
            try manager.removeItem(atPath: path(name))
        }
        try? manager.removeItem(atPath: changesDirectory)
        for (index, page) in pages.enumerated() {
            try page.image.writePNG(to: path(Self.pageName(index + 1)))
            try page.record.contents.write(toFile: path(PageRecord.fileName(index + 1)), atomically: true, encoding: .utf8)
        }
        try SnapshotManifest(dpi: dpi, pages: pages.count, fontFiles: fontFiles).write(to: directory)
    }

    /// Where verification writes diff images and new renderings.
    public var changesDirectory: String { (directory as NSString).appendingPathComponent("changes") }

    /// The reference record of page `number`; nil when there is none of this format.
    func referenceRecord(_ number: Int) -> PageRecord? {
        guard let contents = try? String(contentsOfFile: path(PageRecord.fileName(number)), encoding: .utf8) else { return nil }
        return PageRecord(contents: contents)
    }

    /// Compares `pages` with the references: first what each page draws, with its reference's record (any
    /// changed text, position or font is a change), then its pixels, with `tolerance` (for anti-aliasing
    /// noise). For every changed page writes `changes/page-NNN-diff.png`, `changes/page-NNN-new.png` and
    /// `changes/page-NNN-new.txt`.
    public func verify(
        _ pages: [SnapshotPage], dpi: Double, fontFiles: [String], tolerance: SnapshotTolerance
    ) throws -> SnapshotVerification {
        guard let reference = try SnapshotManifest.read(from: directory) else {
            return SnapshotVerification(missingReferences: true)
        }
        var result = SnapshotVerification(missingReferences: false)
        let current = try SnapshotManifest(dpi: dpi, pages: pages.count, fontFiles: fontFiles)
        result.fontDifferences = reference.fontDifferences(to: current)
        if reference.dpi != dpi { result.fontDifferences.append(SnapshotMessages.dpi(reference: reference.dpi, now: dpi)) }
        if reference.pages != pages.count { result.pageCountChange = (reference.pages, pages.count) }
        let manager = FileManager.default
        try? manager.removeItem(atPath: changesDirectory)
        for number in stride(from: 1, through: max(reference.pages, pages.count), by: 1) {
            let new = number <= pages.count ? pages[number - 1] : nil
            var changes: [RecordChange] = []
            if number <= reference.pages {
                if let record = referenceRecord(number) {
                    if let new { changes = record.changes(to: new.record) }
                } else {
                    result.pagesWithoutRecords.append(number)
                }
            }
            let old = number <= reference.pages ? try? RasterImage(contentsOfPNG: path(Self.pageName(number))) : nil
            let comparison = old.flatMap { old in new.map { ImageComparison(reference: old, candidate: $0.image, tolerance: tolerance) } }
            let pixelsDiffer = !(comparison?.passes(tolerance) ?? false)
            if changes.isEmpty && !pixelsDiffer { continue }
            try manager.createDirectory(atPath: changesDirectory, withIntermediateDirectories: true)
            var change = SnapshotVerification.ChangedPage(
                number: number, changes: changes, differingShare: comparison?.differingShare ?? 1, pixelsDiffer: pixelsDiffer)
            if let new {
                let image = changesPath(String(format: "page-%03d-new.png", number))
                try new.image.writePNG(to: image)
                change.newPath = image
                let record = changesPath(String(format: "page-%03d-new.txt", number))
                try new.record.contents.write(toFile: record, atomically: true, encoding: .utf8)
                change.newRecordPath = record
            }
            if let old, let new {
                let diff = changesPath(String(format: "page-%03d-diff.png", number))
                try ImageComparison.diffImage(reference: old, candidate: new.image, tolerance: tolerance).writePNG(to: diff)
                change.diffPath = diff
            }
            result.changedPages.append(change)
        }
        return result
    }
}
