import Foundation
import GongkaiModel
import Testing

/// No file can make loading take unbounded time or memory: each limit is an error naming it and where.
@Suite struct InputLimitTests {
    /// Anchors that each repeat the one before ten times: 439 bytes that would expand to 10⁹ values.
    @Test func aliasExpansionIsBounded() throws {
        var lines = ["a0: &a0 [x, y, z, w, v, u, t, s, r, q]"]
        for level in 1...8 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        let error = try Fixture.error(loading: lines.joined(separator: "\n"))
        #expect(error.message.contains("aliases") && error.message.contains("100000"), "\(error.message)")
        #expect(error.location?.line == 5)
    }

    @Test func aFewAliasesStillLoad() throws {
        let yaml = try Fixture.minimal(replacing: "name: \"测试部门\"\nyear", with: "name: &name \"测试部门\"\n  short_name: *name\nyear")
        #expect(try Fixture.load(yaml).department.shortName == "测试部门")
    }

    @Test func nestingIsBounded() throws {
        let block = (0..<200).map { String(repeating: "  ", count: $0) + "-" }.joined(separator: "\n")
        let error = try Fixture.error(loading: "x:\n" + block)
        #expect(error.message.contains("nested more than 64 deep"), "\(error.message)")
        #expect(error.location?.line == 65, "the 65th list opens on line 65")

        let flow = try Fixture.error(loading: "x: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000))
        #expect(flow.location?.line == 1)
    }

    @Test func aTextFieldIsBounded() throws {
        let long = String(repeating: "长", count: 100_001)
        let yaml = try Fixture.minimal(replacing: "other_matters: \"无。\"", with: "other_matters: \"\(long)\"")
        let error = try Fixture.error(loading: yaml)
        #expect(error.fieldPath == "other_matters")
        #expect(error.message.contains("100001 characters") && error.message.contains("100000"), "\(error.message)")
    }

    @Test func unreadableFilesSayWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func message(_ path: String) throws -> String {
            try #require(throws: DataError.self) { try DisclosureLoader.load(contentsOf: path) }.message
        }
        #expect(try message(folder.path).contains("is a folder"))
        #expect(try message(folder.appendingPathComponent("none.yaml").path) == "no such file")

        let gbk = folder.appendingPathComponent("gbk.yaml")
        try Data([0x0A, 0xD6, 0xD0, 0xCE, 0xC4, 0x3A, 0x20, 0x31, 0x0A]).write(to: gbk)  // "\n中文: 1\n" in GBK
        let gbkMessage = try message(gbk.path)
        #expect(gbkMessage.contains("byte 2") && gbkMessage.contains("GBK") && gbkMessage.contains("save it as UTF-8"), "\(gbkMessage)")

        let cut = folder.appendingPathComponent("cut.yaml")
        try (Data("x: 中".utf8) + Data([0xE4, 0xB8])).write(to: cut)
        #expect(try message(cut.path).contains("cut short"))
    }
}

@Suite struct CountTests {
    @Test func aNegativeCountIsAnErrorNamingTheField() throws {
        let yaml = try Fixture.minimal(replacing: "people: 0", with: "people: -3")
        let error = try Fixture.error(loading: yaml)
        #expect(error.fieldPath == "three_public.trips.people")
        #expect(error.message.contains("cannot be negative"))
        #expect(error.location?.line == (try Fixture.line(of: "people: -3", in: yaml)))
    }
}

@Suite struct DepartmentIdentityTests {
    /// A fresh folder for one test's files, removed after `body`.
    func inFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("identity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// `yaml` written to `name` in `folder`: its identity is the code, name and year a full load gives.
    func expectIdentityAsLoaded(_ yaml: String, _ name: String, in folder: URL) throws {
        let path = folder.appendingPathComponent(name).path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let full = try DisclosureLoader.load(contentsOf: path)
        let identity = try #require(DisclosureLoader.identity(contentsOf: path))
        #expect([identity.code, identity.name, String(identity.year)] == [full.department.code, full.department.name, String(full.year)])
    }

    /// The batch names outputs from these three fields, read from the events alone: the same values as a
    /// full load gives, wherever in the file they stand.
    @Test func codeNameAndYearAsAFullLoadReadsThem() throws {
        try inFolder { folder in
            let moved = try Fixture.minimal(replacing: "year: 2024\n", with: "").replacingOccurrences(of: "other_matters:", with: "year: \"2024\"\nother_matters:")
            for (index, yaml) in [Fixture.minimal, moved, try String(contentsOfFile: Fixture.samplePath, encoding: .utf8)].enumerated() {
                try expectIdentityAsLoaded(yaml, "\(index).yaml", in: folder)
            }
            let broken = folder.appendingPathComponent("broken.yaml").path
            try "department: {code: \"1\"}\nyear: [".write(toFile: broken, atomically: true, encoding: .utf8)
            #expect(DisclosureLoader.identity(contentsOf: broken) == nil)
        }
    }

    /// libyaml is given the file a few kilobytes at a time: fields far into the file, behind characters that
    /// straddle the pieces, are read as a full load reads them; a file with bytes that are not UTF-8, even
    /// well after the fields, has none, and the load refuses it.
    @Test func fieldsFarIntoTheFileAndBadBytesAfterThem() throws {
        try inFolder { folder in
            try expectIdentityAsLoaded("# " + String(repeating: "部门预算", count: 3_000) + "\n" + Fixture.minimal, "far.yaml", in: folder)
            let bad = folder.appendingPathComponent("bad.yaml").path
            try (Data((Fixture.minimal + "\n# " + String(repeating: "说明", count: 3_000)).utf8) + Data([0xFF, 0x0A])).write(to: URL(fileURLWithPath: bad))
            // Such a file has no identity, so that it cannot take the name of a department that loads.
            #expect(DisclosureLoader.identity(contentsOf: bad) == nil)
            #expect(throws: DataError.self) { try DisclosureLoader.load(contentsOf: bad) }
        }
    }
}
