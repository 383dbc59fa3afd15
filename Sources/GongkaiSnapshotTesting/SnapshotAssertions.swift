import Foundation
import Gongkai
import GongkaiSnapshot
import Testing

/// Snapshot assertions for Swift tests: a typeset document's pages against references in
/// `__Snapshots__/<test file>/<name>/` beside the test file — a record of what each page draws
/// (`page-NNN.txt`: every text run's characters, position and font, every rule) and its image
/// (`page-NNN.png`).
///
/// Any changed run fails, named with its old and new text and where it is; pixels are compared too, with
/// `tolerance` for anti-aliasing noise. Each finding is recorded as an issue at the call site, with the
/// diff image of its page. References without text records (recorded by an older version) fail with a
/// request to record them again.
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
