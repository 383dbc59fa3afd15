import Foundation
import Testing

/// Runs the built `gongkai` binary as a user would.
@Suite(.serialized) struct CommandLineTests {
    @Test func renderWritesThePDFAndPNGPages() throws {
        let directory = try Support.temporaryDirectory()
        let pdf = (directory as NSString).appendingPathComponent("out.pdf")
        let png = (directory as NSString).appendingPathComponent("png")
        let result = try Support.run(Support.gongkai, ["render", Support.sample, "-o", pdf, "--png", png, "--dpi", "20"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("pages"))
        let pages = try FileManager.default.contentsOfDirectory(atPath: png).filter { $0.hasSuffix(".png") }
        let info = try Support.tool("pdfinfo", [pdf])
        let count = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last
        #expect(count.map(String.init) == String(pages.count))
        #expect(info.stdout.contains("Title:") && info.stdout.contains("承德高新技术产业开发区总工会"))
    }

    @Test func withoutOutputThePDFGoesBesideTheInputNamedByCodeAndYear() throws {
        let directory = try Support.temporaryDirectory()
        let input = (directory as NSString).appendingPathComponent("dept.yaml")
        try FileManager.default.copyItem(atPath: Support.sample, toPath: input)
        let result = try Support.run(Support.gongkai, ["render", input, "--layout", Support.layout, "--fonts", Support.fonts])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("116-2023.pdf")))
    }

    /// Renders `yaml` and expects failure with `expected` in the message, and no PDF left behind.
    func expectFailure(_ yaml: String?, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let directory = try Support.temporaryDirectory()
        let input = (directory as NSString).appendingPathComponent("bad.yaml")
        if let yaml { try yaml.write(toFile: input, atomically: true, encoding: .utf8) }
        let pdf = (directory as NSString).appendingPathComponent("bad.pdf")
        let result = try Support.run(
            Support.gongkai, ["render", input, "-o", pdf, "--layout", Support.layout, "--fonts", Support.fonts])
        #expect(result.status != 0, sourceLocation: sourceLocation)
        for text in expected {
            #expect(result.stderr.contains(text), "stderr lacks \(text): \(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(result.stderr.split(separator: "\n").count == 1, "one clear message: \(result.stderr)", sourceLocation: sourceLocation)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains(".pdf") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)", sourceLocation: sourceLocation)
    }

    func sample() throws -> String { try String(contentsOfFile: Support.sample, encoding: .utf8) }

    @Test func aMissingFileIsReported() throws {
        try expectFailure(nil, ["bad.yaml", "no such file"])
    }

    @Test func aSyntaxErrorNamesLineAndColumn() throws {
        var lines = try sample().components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("year:") })
        lines[index] = "year: [2023"
        try expectFailure(lines.joined(separator: "\n"), ["bad.yaml:", "YAML syntax error"])
    }

    @Test func aMissingFieldNamesItsPath() throws {
        let yaml = try sample().replacingOccurrences(of: "    general_budget: 273.87\n", with: "")
        try expectFailure(yaml, ["budget.income.general_budget", "missing"])
    }

    @Test func aMistypedFieldNamesItsPathAndLine() throws {
        let text = try sample()
        let yaml = text.replacingOccurrences(of: "    general_budget: 273.87", with: "    general_budget: many")
        let line = try #require(yaml.components(separatedBy: "\n").firstIndex { $0.contains("general_budget: many") }) + 1
        try expectFailure(yaml, ["bad.yaml:\(line):", "budget.income.general_budget", "\"many\""])
    }

    @Test func snapshotVerifyPassesThenNamesTheChangedPage() throws {
        let directory = try Support.temporaryDirectory()
        let references = (directory as NSString).appendingPathComponent("refs")
        let recorded = try Support.run(Support.gongkai, ["snapshot", "record", Support.sample, "--dir", references, "--dpi", "15"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let same = try Support.run(Support.gongkai, ["snapshot", "verify", Support.sample, "--dir", references, "--dpi", "15"])
        #expect(same.status == 0, "\(same.stdout)")

        let input = try Support.sampleVariant(with: "我部门无其它需要说明的事项。", in: directory, name: "changed.yaml")
        let changed = try Support.run(
            Support.gongkai, ["snapshot", "verify", input, "--dir", references, "--dpi", "15", "--layout", Support.layout])
        #expect(changed.status == 1)
        let lines = changed.stdout.split(separator: "\n")
        let pages = lines.filter { $0.hasPrefix("page ") && $0.contains(" changed:") }
        #expect(pages.count == 1, "\(changed.stdout)")
        #expect(pages.first?.contains("diff ") == true && pages.first?.contains("-diff.png") == true)
        // The changed words, quoted on their page.
        let runs = lines.filter { $0.hasPrefix("page ") && !$0.contains(" changed:") }
        #expect(runs.count == 1, "\(changed.stdout)")
        #expect(runs.first?.contains("无其他需要说明") == true && runs.first?.contains("无其它需要说明") == true, "\(changed.stdout)")
    }

    @Test func checkReportsTheSamplesMatrixMismatchAndPasses() throws {
        let result = try Support.run(Support.gongkai, ["check", Support.sample])
        #expect(result.status == 0, "warnings alone do not fail: \(result.stdout)")
        #expect(result.stdout.contains("116-2023.yaml:"))
        #expect(result.stdout.contains("performance.matrix") && result.stdout.contains("211.416") && result.stdout.contains("183.14"))
        #expect(result.stdout.contains("0 errors, 1 warning in 1 file"))
    }

    @Test func checkFailsOnErrorsAndSpeaksJSON() throws {
        let directory = try Support.temporaryDirectory()
        let bad = (directory as NSString).appendingPathComponent("bad.yaml")
        try sample().replacingOccurrences(of: "    general_budget: 273.87", with: "    general_budget: 270")
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let broken = (directory as NSString).appendingPathComponent("broken.yaml")
        try "year: [".write(toFile: broken, atomically: true, encoding: .utf8)
        let result = try Support.run(Support.gongkai, ["check", Support.sample, bad, broken, "--format", "json", "--layout", Support.layout])
        #expect(result.status == 1)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(reports.count == 3)
        // The stated total against its sources, and the text against the standard tables.
        #expect(reports.map { $0["errors"] as? Int } == [0, 2, 1])
        let rules = (reports[1]["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
        #expect(rules.contains("text-table"))
        let finding = try #require((reports[1]["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "income-total" })
        #expect(finding["field"] as? String == "budget.income.total")

        // render --strict refuses the file with an error; without --strict it renders and warns.
        let pdf = (directory as NSString).appendingPathComponent("bad.pdf")
        let strict = try Support.run(Support.gongkai, ["render", bad, "-o", pdf, "--strict", "--layout", Support.layout])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let lenient = try Support.run(Support.gongkai, ["render", bad, "-o", pdf, "--layout", Support.layout])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("[income-total]"))
        #expect(FileManager.default.fileExists(atPath: pdf))
    }

    @Test func aFailedRenderKeepsTheOldPDF() throws {
        let directory = try Support.temporaryDirectory()
        let pdf = (directory as NSString).appendingPathComponent("keep.pdf")
        try Data("old".utf8).write(to: URL(fileURLWithPath: pdf))
        let input = (directory as NSString).appendingPathComponent("bad.yaml")
        try "department: {code: x}\n".write(toFile: input, atomically: true, encoding: .utf8)
        let result = try Support.run(Support.gongkai, ["render", input, "-o", pdf, "--layout", Support.layout])
        #expect(result.status != 0)
        #expect(FileManager.default.contents(atPath: pdf) == Data("old".utf8))
    }

    /// An output folder that does not exist yet is made; one that cannot be made is an error in words.
    @Test func renderMakesTheOutputFolderOrSaysWhyItCannot() throws {
        let directory = try Support.temporaryDirectory()
        let nested = (directory as NSString).appendingPathComponent("new/folder/116.pdf")
        let made = try Support.run(Support.gongkai, ["render", Support.sample, "-o", nested])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: nested))

        let file = (directory as NSString).appendingPathComponent("a-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let blocked = try Support.run(Support.gongkai, ["render", Support.sample, "-o", file + "/116.pdf"])
        #expect(blocked.status != 0)
        #expect(blocked.stderr.contains("cannot write \(file)/116.pdf"), "\(blocked.stderr)")
        #expect(!blocked.stderr.contains("NSCocoaErrorDomain"), "\(blocked.stderr)")
    }
}
