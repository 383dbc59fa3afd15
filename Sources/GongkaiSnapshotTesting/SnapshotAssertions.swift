import Foundation
import Gongkai
import Testing

/// Snapshot assertions for Swift tests: a typeset document's pages against reference PNGs in
/// `__Snapshots__/<test file>/<name>/` beside the test file.
///
/// References are written only when the environment variable `GONGKAI_RECORD_SNAPSHOTS` is `1` (or when
/// they are missing); a test that records always fails, so that nothing is recorded unnoticed.
///
/// ```swift
/// @Test func matrixPages() throws {
///     let typeset = try renderer.typeset(disclosure, layout: layout)
///     try expectSnapshots(of: typeset, named: "matrix", renderer: renderer)
/// }
/// ```
public func expectSnapshots(
    of document: TypesetDocument, named name: String, renderer: DisclosureRenderer, dpi: Double = 30,
    tolerance: SnapshotTolerance = SnapshotTolerance(), filePath: String = #filePath,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let testFile = URL(fileURLWithPath: filePath)
    let directory = testFile.deletingLastPathComponent().appendingPathComponent("__Snapshots__")
        .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent).appendingPathComponent(name).path
    let recording = ProcessInfo.processInfo.environment["GONGKAI_RECORD_SNAPSHOTS"] == "1"
    let exists = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("manifest.json"))
    if recording || !exists {
        try renderer.recordSnapshots(of: document, in: directory, dpi: dpi)
        Issue.record(
            "recorded \(document.pages.count) reference pages in \(directory); run again without GONGKAI_RECORD_SNAPSHOTS to verify",
            sourceLocation: sourceLocation)
        return
    }
    let verification = try renderer.verifySnapshots(of: document, in: directory, dpi: dpi, tolerance: tolerance)
    for line in verification.lines {
        Issue.record("snapshot \(name): \(line)", sourceLocation: sourceLocation)
    }
}
