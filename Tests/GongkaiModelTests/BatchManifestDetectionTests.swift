import Foundation
import GongkaiModel
import Testing

/// `BatchManifest.isManifest` tells manifests from department files by looking at lines one by one; it answers
/// as splitting and trimming the whole file does.
@Suite("Telling manifests from department files")
struct BatchManifestDetectionTests {
    /// The whole-file reading `isManifest` must agree with.
    static func referenceIsManifest(_ path: String) -> Bool {
        if path.lowercased().hasSuffix(".csv") { return true }
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n")
        let content = lines.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("---") }
        if content?.hasPrefix("{") == true {
            return (try? NodeReader.parse(yaml: text, file: path))?.has("departments") == true
        }
        return lines.contains { $0.hasPrefix("departments:") || $0.hasPrefix("\"departments\":") }
    }

    static let cases: [(String, [UInt8])] = {
        func text(_ string: String) -> [UInt8] { Array(string.utf8) }
        return [
            ("manifest", text("departments:\n  - input: a.yaml\n")),
            ("commented manifest", text("# 部门清单\n\n---\ndepartments:\n  - input: a.yaml\n")),
            ("quoted key", text("\"departments\":\n  - input: a.yaml\n")),
            ("key later", text("# x\nother: 1\ndepartments:\n  - input: a.yaml\n")),
            ("indented key", text("root:\n  departments:\n    - input: a.yaml\n")),
            ("department file", text("department:\n  code: \"001\"\n  name: \"测试\"\nyear: 2024\n")),
            ("word in a value", text("a: departments:\nb: \"departments\"\n")),
            ("crlf manifest", text("departments:\r\n  - input: a.yaml\r\n")),
            ("crlf after comment", text("# 清单\r\ndepartments:\r\n  - input: a.yaml\r\n")),
            ("cr before lf only once", text("x: 1\r\r\ndepartments:\n")),
            ("lf lf", text("x: 1\n\ndepartments:\n")),
            ("combining mark after colon", text("departments:\u{301}\n")),
            ("combining mark after key", text("departments\u{301}:\n")),
            ("bom", [0xEF, 0xBB, 0xBF] + text("departments:\n")),
            ("bom then lf", [0xEF, 0xBB, 0xBF, 0x0A] + text("departments:\n")),
            ("bad utf8 before", [0xE4, 0xB8, 0x0A] + text("departments:\n")),
            ("bad utf8 inside", text("depart") + [0xFF] + text("ments:\n")),
            ("ideographic space", text("\u{3000}departments:\n")),
            ("tab", text("\tdepartments:\n")),
            ("no final newline", text("x: 1\ndepartments:")),
            ("only the word", text("departments")),
            ("prefix only", text("department")),
            ("empty", []),
            ("blank lines", text("\n\n\n")),
            ("comments only", text("# a\n# b\n")),
            ("flow manifest", text("{departments: [{input: a.yaml}]}\n")),
            ("flow quoted manifest", text("# c\n{\"departments\": [{input: a.yaml}]}\n")),
            ("flow department", text("{department: {code: \"1\"}, year: 2024}\n")),
            ("flow broken", text("{departments: [\n")),
            ("indented flow", text("  {departments: []}\n")),
            ("document marker", text("---\ndepartments: []\n")),
            ("document marker with flow", text("--- {departments: []}\n")),
        ]
    }()

    @Test func answersAsTheWholeFileReadingDoes() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-manifest-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (index, (name, bytes)) in Self.cases.enumerated() {
            let path = directory.appendingPathComponent("\(index).yaml").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(BatchManifest.isManifest(path) == Self.referenceIsManifest(path), "\(name)")
        }
    }

    @Test func knownAnswers() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-manifest-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func isManifest(_ text: String) throws -> Bool {
            let path = directory.appendingPathComponent("\(UUID().uuidString).yaml").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return BatchManifest.isManifest(path)
        }
        #expect(try isManifest("# 清单\ndepartments:\n  - input: a.yaml\n"))
        #expect(try isManifest("{departments: [{input: a.yaml}]}"))
        #expect(try !isManifest("department:\n  code: \"001\"\nyear: 2024\n"))
        #expect(try !isManifest("root:\n  departments: []\n"))
        #expect(BatchManifest.isManifest("/no/such/list.CSV"))
        #expect(!BatchManifest.isManifest(directory.appendingPathComponent("absent.yaml").path))
        #expect(!BatchManifest.isManifest(Fixture.samplePath))
    }
}
