import Foundation
import Gongkai
import Testing

/// Messages a user can act on: what is wrong, with which file, in plain words (no Foundation error dumps),
/// each said once.
@Suite struct ErrorMessageTests {
    @Test func pngFolderThatIsAFile() throws {
        let directory = try Support.temporaryDirectory()
        let file = (directory as NSString).appendingPathComponent("pages")
        try Data().write(to: URL(fileURLWithPath: file))
        let pdf = (directory as NSString).appendingPathComponent("out.pdf")
        let result = try Support.run(Support.gongkai, ["render", Support.sample, "-o", pdf, "--png", file, "--layout", Support.layout])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: cannot write \(file): it is a file, and a folder is needed for PNG pages"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func aMissingExportNamesItsFieldAndFile() throws {
        let directory = try Support.temporaryDirectory()
        let yaml = try String(contentsOfFile: Support.sample, encoding: .utf8)
        let lines = yaml.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("  rows:") })
        let end = try #require(lines[(start + 1)...].firstIndex { $0.hasPrefix("glossary:") })
        let edited = (lines[..<start] + ["  rows: {from: \"missing.csv\"}"] + lines[end...]).joined(separator: "\n")
        let path = (directory as NSString).appendingPathComponent("dept.yaml")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Support.run(Support.gongkai, ["check", path, "--layout", Support.layout])
        #expect(result.status == 1)
        #expect(result.stdout.contains("dept.yaml:\(start + 1):") && result.stdout.contains("assets.rows.from"), "\(result.stdout)")
        #expect(result.stdout.contains("missing.csv"), "\(result.stdout)")
    }

    @Test func aBatchNamesAFailedFileOnce() throws {
        let directory = try Support.temporaryDirectory()
        let inputs = (directory as NSString).appendingPathComponent("in")
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        let broken = (inputs as NSString).appendingPathComponent("broken.yaml")
        try "year: [".write(toFile: broken, atomically: true, encoding: .utf8)
        let result = try Support.run(
            Support.gongkai, ["batch", inputs, "-o", (directory as NSString).appendingPathComponent("out"), "--layout", Support.layout])
        #expect(result.status == 1)
        let lines = result.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("error:") }
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first.map { $0.components(separatedBy: "broken.yaml").count - 1 } == 1, "\(lines)")
    }
}
