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

@Suite struct MissingGlyphCommandTests {
    /// `check` sets the document page by page, keeping no page: the characters it finds are those of
    /// setting it whole.
    @Test func charactersFoundPageByPageAreThoseOfTheWholeDocument() throws {
        let directory = try Support.temporaryDirectory()
        let input = try Support.sampleVariant(with: "我部门无其他需要说明的事项𪚥。", in: directory, name: "rare.yaml")
        let disclosure = try DisclosureLoader.load(contentsOf: input)
        let layout = try LayoutLoader.load(from: Support.layout)
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        let streamed = try renderer.missingCharacters(of: disclosure, layout: layout)
        _ = try renderer.typeset(disclosure, layout: layout)
        #expect(streamed == renderer.missingInDocument)
        #expect(streamed == ["𪚥"])
    }

    @Test func checkAndRenderReportACharacterNoFontDrawsWithFieldAndLine() throws {
        let directory = try Support.temporaryDirectory()
        let input = try Support.sampleVariant(with: "我部门无其他需要说明的事项𪚥。", in: directory, name: "rare.yaml")
        let line = try #require(try String(contentsOfFile: input, encoding: .utf8).components(separatedBy: "\n")
            .firstIndex { $0.contains("𪚥") }) + 1
        let check = try Support.run(Support.gongkai, ["check", input, "--layout", Support.layout, "--fonts", Support.fonts])
        #expect(check.stdout.contains("rare.yaml:\(line):") && check.stdout.contains("other_matters") && check.stdout.contains("U+2A6A5"),
                "\(check.stdout)")
        let pdf = (directory as NSString).appendingPathComponent("rare.pdf")
        let strict = try Support.run(
            Support.gongkai, ["render", input, "-o", pdf, "--strict", "--layout", Support.layout, "--fonts", Support.fonts])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("rare.yaml:\(line):") && strict.stderr.contains("[missing-glyph]"), "\(strict.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }
}
