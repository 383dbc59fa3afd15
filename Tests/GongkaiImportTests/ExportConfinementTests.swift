import Foundation
import GongkaiImport
import GongkaiModel
import Testing

/// A department file reads exports from its own folder and below, or from a folder given as --data-root;
/// nothing else on the machine, however it is named.
@Suite struct ExportConfinementTests {
    static let csv = "项　目,数量,价值\n资产总额,——,26.03\n4、其他固定资产,,26.03\n"

    /// The sample in `folder/dept/dept.yaml`, its asset rows from `from`.
    static func department(in folder: TemporaryFolder, from: String) throws -> String {
        let directory = folder.url.appendingPathComponent("dept")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var yaml = try String(contentsOfFile: DepartmentImportTests.samplePath, encoding: .utf8)
        yaml = try DepartmentImportTests.replacing(yaml, block: "  rows:", until: "glossary:", with: "  rows: {from: \"\(from)\"}")
        let path = directory.appendingPathComponent("dept.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func pathsOutsideTheFolderAreRefusedWithTheField() throws {
        let folder = try TemporaryFolder()
        try Self.csv.write(to: folder.url.appendingPathComponent("secret.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("link.csv").path, withDestinationPath: "/etc/passwd")
        for from in ["../secret.csv", folder.url.appendingPathComponent("secret.csv").path, "sub/../../secret.csv", "/etc/passwd"] {
            let path = try Self.department(in: folder, from: from)
            let error = try #require(throws: DataError.self) { try DisclosureLoader.load(contentsOf: path) }
            #expect(error.fieldPath == "assets.rows.from", "\(from)")
            #expect(error.location?.line != nil)
            #expect(error.message.contains("outside the department file's folder"), "\(from): \(error.message)")
            #expect(!error.message.contains("资产总额") && !error.message.contains("root:"), "the file's content is not shown")
        }
        // A symbolic link inside the folder that points outside it is judged by where it points.
        let inside = folder.url.appendingPathComponent("dept/link.csv").path
        try FileManager.default.createSymbolicLink(atPath: inside, withDestinationPath: "/etc/passwd")
        let linked = try Self.department(in: folder, from: "link.csv")
        #expect(throws: DataError.self) { try DisclosureLoader.load(contentsOf: linked) }
    }

    @Test func aDataRootWidensItAndTheFolderItselfIsAllowed() throws {
        let folder = try TemporaryFolder()
        try Self.csv.write(to: folder.url.appendingPathComponent("shared.csv"), atomically: true, encoding: .utf8)
        let path = try Self.department(in: folder, from: "../shared.csv")
        let rows = try DisclosureLoader.load(contentsOf: path, dataRoot: folder.url.path).assets.rows
        #expect(rows.map(\.item) == ["资产总额", "4、其他固定资产"])

        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("dept/exports"), withIntermediateDirectories: true)
        try Self.csv.write(to: folder.url.appendingPathComponent("dept/exports/assets.csv"), atomically: true, encoding: .utf8)
        let below = try Self.department(in: folder, from: "exports/assets.csv")
        #expect(try DisclosureLoader.load(contentsOf: below).assets.rows.count == 2)
    }
}
