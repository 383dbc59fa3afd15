import Foundation
import Gongkai
import GongkaiTestSupport
import Testing

/// Paths and tools shared by the end-to-end tests.
enum Support {
    /// The package root, found from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static let sample = path("Layouts/department-budget/samples/116-2023.yaml")
    static let layout = path("Layouts/department-budget")
    static let fonts = path("Fonts/fonts.conf")
    static let seed = path("Tests/GongkaiEndToEndTests/Fixtures/seed-116-2023.txt")

    /// The `gongkai` binary built beside the test runner.
    static var gongkai: String {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("gongkai").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// The sample's "其他需要说明的事项" sentence, which tests replace to put text of their own in the document.
    static let otherMatters = "我部门无其他需要说明的事项。"

    /// Writes the sample with `old` replaced by `new` into `directory` as `name`, and returns its path.
    static func sampleVariant(replacing old: String = otherMatters, with new: String, in directory: String, name: String) throws -> String {
        let yaml = try String(contentsOfFile: sample, encoding: .utf8).replacingOccurrences(of: old, with: new)
        let path = (directory as NSString).appendingPathComponent(name)
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The sample rendered once for every test that only reads it (renders are byte-identical: see
    /// SampleRenderingTests); the PDF's path.
    static func samplePDF() throws -> String { try renderedSample.get() }
    private static let renderedSample = Result { try renderSample(named: "sample.pdf") }

    /// The sample rendered through the library into a fresh temporary folder; returns the PDF's path.
    static func renderSample(named name: String = "sample.pdf") throws -> String {
        let pdf = (try temporaryDirectory() as NSString).appendingPathComponent(name)
        let renderer = try DisclosureRenderer(fontConfiguration: fonts)
        _ = try renderer.render(DisclosureLoader.load(contentsOf: sample), layout: LayoutLoader.load(from: layout), to: pdf)
        return pdf
    }

    typealias Output = ProgramOutput

    /// Runs a program and collects its output; its messages are in English unless `environment` chooses
    /// another language (`LC_ALL`, `LC_MESSAGES`, `LANG`), whatever the locale the tests run in.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Output {
        let english = ["LC_ALL": "", "LC_MESSAGES": "C"]
        return try ProgramOutput.run(executable, arguments, environment: english.merging(environment ?? [:]) { $1 })
    }

    /// Runs a tool found on PATH.
    static func tool(_ name: String, _ arguments: [String]) throws -> Output {
        try ProgramOutput.tool(name, arguments)
    }
}
