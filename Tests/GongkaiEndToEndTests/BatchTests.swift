import Foundation
import Gongkai
import Testing

@Suite(.serialized) struct BatchTests {
    @Test func generatedDepartmentsAndOneBrokenFile() throws {
        let directory = try Support.temporaryDirectory()
        let inputs = (directory as NSString).appendingPathComponent("in")
        let output = (directory as NSString).appendingPathComponent("out")
        let generate = try Support.run(Support.gongkai, ["sample-data", "--count", "20", "--seed", "3", "-o", inputs])
        #expect(generate.status == 0)
        try "year: [".write(toFile: (inputs as NSString).appendingPathComponent("999-broken.yaml"), atomically: true, encoding: .utf8)
        // An existing output is replaced by a complete new one.
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)

        let result = try Support.run(Support.gongkai, ["batch", inputs, "-o", output, "--jobs", "2", "--layout", Support.layout])
        #expect(result.status == 1, "a failed department fails the batch")
        #expect(result.stderr.contains("999-broken.yaml"))
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.count == 20)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).allSatisfy { !$0.hasSuffix(".tmp") })
        for pdf in pdfs {
            let data = try #require(FileManager.default.contents(atPath: (output as NSString).appendingPathComponent(pdf)))
            #expect(data.prefix(5) == Data("%PDF-".utf8), "\(pdf) is not a whole PDF")
        }
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: (output as NSString).appendingPathComponent("report.json")))) as? [String: Any])
        #expect(report["total"] as? Int == 21)
        #expect(report["rendered"] as? Int == 20)
        #expect(report["failed"] as? Int == 1)
        let documents = try #require(report["documents"] as? [[String: Any]])
        let broken = try #require(documents.first { ($0["input"] as? String)?.hasSuffix("999-broken.yaml") == true })
        #expect(broken["status"] as? String == "failed")
        #expect((broken["errors"] as? [String])?.first.map { $0.contains("999-broken.yaml:") && $0.contains("YAML syntax error") } == true)
        let rendered = documents.filter { $0["status"] as? String == "rendered" }
        #expect(rendered.allSatisfy { ($0["pages"] as? Int ?? 0) > 0 && $0["milliseconds"] != nil && $0["output"] != nil })
    }

    @Test func everyInputIsInExactlyOneShard() {
        let jobs = (0..<23).map { BatchJob(input: "/data/dept-\($0).yaml") }.shuffled()
        for count in [1, 2, 3, 7] {
            let shards = (1...count).map { shard(jobs, index: $0, of: count) }
            let all = shards.flatMap { $0.map(\.input) }
            #expect(all.count == jobs.count)
            #expect(Set(all) == Set(jobs.map(\.input)))
            // Deterministic whatever the order the inputs came in.
            #expect(shard(jobs.reversed(), index: 1, of: count) == shards[0])
        }
    }

    @Test func outputNamesCannotEscapeTheFolder() {
        for hostile in ["../../etc/passwd", "a/b\\c", "..", "./.hidden", "x\u{0}y\u{7}z", "-rf", "名称:*?\"<>|"] {
            let name = OutputName.sanitized(hostile)
            #expect(!name.contains("/") && !name.contains("\\") && !name.contains(".."), "\(hostile) → \(name)")
            #expect(!name.hasPrefix(".") && !name.hasPrefix("-") && !name.isEmpty)
            #expect(!name.unicodeScalars.contains { $0.properties.generalCategory == .control })
        }
        #expect(OutputName.sanitized("116-承德高新技术产业开发区总工会") == "116-承德高新技术产业开发区总工会")
        #expect(OutputName.sanitized(String(repeating: "很长的部门名称", count: 40)).utf8.count <= 180)
        #expect(OutputName.unique(["a", "b", "a", "a"]) == ["a", "b", "a-2", "a-3"])
    }

    @Test func generatedDepartmentsAreDeterministicAndValid() throws {
        let first = SampleDepartments.generate(count: 12, seed: 9)
        #expect(first.map(\.yaml) == SampleDepartments.generate(count: 12, seed: 9).map(\.yaml))
        #expect(first.map(\.yaml) != SampleDepartments.generate(count: 12, seed: 10).map(\.yaml))
        let codeLists = try LayoutLoader.load(from: Support.layout).codeLists
        for (file, yaml) in first {
            let disclosure = try DisclosureLoader.load(yaml: yaml, file: file)
            // Valid including the standard tables' lines: codes known, tables agreeing with the text.
            #expect(disclosure.budgetTables?.function.isEmpty == false)
            let findings = DisclosureValidator.findings(for: disclosure, codeLists: codeLists)
            #expect(findings.filter { $0.severity == .error }.isEmpty, "\(file): \(findings)")
            #expect(!findings.contains { $0.fieldPath == "budget_tables" }, "\(file): \(findings)")
        }
    }
}
