import Foundation
import Gongkai
import Testing

/// What one department can do to a batch: nothing to the others.
@Suite(.serialized) struct BatchIsolationTests {
    /// A stand-in worker that answers like `gongkai batch-worker`, except that it aborts on an input whose
    /// path says "crash" and hangs on one that says "hang": the batch must carry on past both.
    static let fakeWorker = """
        while IFS= read -r line; do
          case "$line" in
            *crash*) exec python3 -c 'import os, sys; sys.stderr.write("Pango:ERROR:itemize.c: assertion failed\\n"); os.abort()' ;;
            *hang*) exec sleep 30 ;;
          esac
          input=$(printf '%s' "$line" | sed 's/.*"input":"\\([^"]*\\)".*/\\1/')
          printf '{"input":"%s","status":"rendered","pages":1,"warnings":[],"errors":[],"milliseconds":1}\\n' "$input"
        done
        """

    @Test func aCrashOrHangFailsOneDepartmentAndTheOthersRender() throws {
        let directory = try Support.temporaryDirectory()
        let inputs = ["a.yaml", "crash.yaml", "b.yaml", "hang.yaml", "c.yaml"].map { (directory as NSString).appendingPathComponent($0) }
        let batch = BatchRenderer(
            outputDirectory: (directory as NSString).appendingPathComponent("out"), fontConfiguration: Support.fonts, jobs: 2,
            isolation: .processes(executable: "/bin/sh", arguments: ["-c", Self.fakeWorker]), timeout: 2)
        let results = try batch.render(inputs.map { BatchJob(input: $0, layout: Support.layout) })
        #expect(results.map(\.input) == inputs)
        #expect(results.map(\.status) == [.rendered, .failed, .rendered, .failed, .rendered])
        // Said in the language of the locale the tests run in, as to the person who runs the batch.
        let chinese = Language.current == .chinese
        let crash = try #require(results[1].errors.first)
        #expect(crash.contains(chinese ? "崩溃" : "crashed") && crash.contains(chinese ? "信号 6" : "signal 6") && crash.contains("assertion failed"), "\(crash)")
        let hang = try #require(results[3].errors.first)
        #expect(hang.contains(chinese ? "超过 2 秒" : "longer than 2 s"), "\(hang)")
    }

    /// The real command: a department whose text holds a NUL (which Pango aborts on) renders, with an error
    /// finding that names field and line, and the batch around it renders too.
    @Test func aNulCharacterIsAFindingNotACrash() throws {
        let directory = try Support.temporaryDirectory()
        let inputs = (directory as NSString).appendingPathComponent("in")
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        let nul = try Support.sampleVariant(with: "我部门\\0无其他需要说明的事项。", in: inputs, name: "nul.yaml")
        _ = try Support.sampleVariant(with: "我部门无其他需要说明的事项。", in: inputs, name: "plain.yaml")

        let check = try Support.run(Support.gongkai, ["check", nul, "--layout", Support.layout])
        #expect(check.status == 1)
        #expect(check.stdout.contains("nul.yaml:") && check.stdout.contains("other_matters") && check.stdout.contains("U+0000"),
                "\(check.stdout)")

        let output = (directory as NSString).appendingPathComponent("out")
        let batch = try Support.run(Support.gongkai, ["batch", inputs, "-o", output, "--layout", Support.layout])
        #expect(batch.status == 0, "\(batch.stderr)")
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.count == 2)
    }

    /// The same department in two years, and twice in one year, gets a file each, named before rendering;
    /// the report never names one path twice.
    @Test func outputNamesNeverCollide() throws {
        let directory = try Support.temporaryDirectory()
        let inputs = (directory as NSString).appendingPathComponent("in")
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        for name in ["a.yaml", "b.yaml"] { _ = try Support.sampleVariant(with: Support.otherMatters, in: inputs, name: name) }
        _ = try Support.sampleVariant(replacing: "\nyear: 2023", with: "\nyear: 2024", in: inputs, name: "c.yaml")
        let output = (directory as NSString).appendingPathComponent("out")
        // A temporary file left by a batch that was killed (its process is gone) is cleaned up.
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let abandoned = (output as NSString).appendingPathComponent(".x.pdf.999999999.12345.tmp")
        try Data("partial".utf8).write(to: URL(fileURLWithPath: abandoned))

        let batch = try Support.run(Support.gongkai, ["batch", inputs, "-o", output, "--layout", Support.layout])
        #expect(batch.status == 0, "\(batch.stderr)")
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs == [
            "116-承德高新技术产业开发区总工会-2023-2.pdf", "116-承德高新技术产业开发区总工会-2023.pdf",
            "116-承德高新技术产业开发区总工会-2024.pdf",
        ])
        let report = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: (output as NSString).appendingPathComponent("report.json")))) as? [String: Any]
        let outputs = try #require(report?["documents"] as? [[String: Any]]).compactMap { $0["output"] as? String }
        #expect(outputs.count == 3 && Set(outputs).count == 3)
        #expect(!FileManager.default.fileExists(atPath: abandoned))
    }

    @Test func numberedNamesDoNotMeetGivenOnes() {
        #expect(OutputName.unique(["a", "a-2", "a"]) == ["a", "a-2", "a-3"])
    }
}
