import Foundation
import GongkaiImport
import Testing

@testable import GongkaiModel

/// Field locations are kept as a tree of path components and found by path as a dictionary of paths would
/// find them.
@Suite("Source locations")
struct SourceLocationsTests {
    /// A builder and the dictionary of paths the same fields make, filled together.
    struct Recorder {
        var builder = SourceLocations.Builder()
        var paths: [String: GongkaiModel.SourceLocation] = [:]
        var line = 0

        mutating func record(_ node: Int32, _ path: String) {
            line += 1
            builder.record(node, file: "f.yaml", line: line, column: path.count % 7 + 1)
            paths[path] = GongkaiModel.SourceLocation(file: "f.yaml", line: line, column: path.count % 7 + 1)
        }

        mutating func key(_ key: String, under parent: (Int32, String)) -> (Int32, String) {
            let node = builder.node(under: parent.0, key: key)
            let path = parent.1.isEmpty ? key : parent.1 + "." + key
            record(node, path)
            return (node, path)
        }

        mutating func element(_ index: Int, under parent: (Int32, String)) -> (Int32, String) {
            let node = builder.node(under: parent.0, index: index)
            let path = parent.1 + "[\(index)]"
            record(node, path)
            return (node, path)
        }
    }

    @Test func findsEveryFieldAsItsPathNamesIt() {
        var recorder = Recorder()
        let root = (SourceLocations.Builder.root, "")
        recorder.record(root.0, "")
        let matrix = recorder.key("matrix", under: recorder.key("performance", under: root))
        // Elements read out of order, keys sorted differently from their numbers, and a key read twice.
        for duty in [2, 0, 11, 1] {
            let element = recorder.element(duty, under: matrix)
            for name in ["name", "goal", "activities", "name"] {
                _ = recorder.key(name, under: element)
            }
            let activity = recorder.element(0, under: recorder.key("activities", under: element))
            _ = recorder.element(3, under: recorder.key("grades", under: activity))
        }
        // Keys the path's separators do not delimit.
        let fields = recorder.key("fields", under: root)
        _ = recorder.key("a.b", under: fields)
        _ = recorder.key("c[1]", under: recorder.key("a", under: fields))
        _ = recorder.key("x[", under: fields)
        let locations = recorder.builder.build().locations

        #expect(locations.count == recorder.paths.count)
        for (path, location) in recorder.paths {
            #expect(locations[path] == location, "\(path)")
        }
        #expect(Dictionary(locations.entries.map { ($0.path, $0.location) }, uniquingKeysWith: { $1 }) == recorder.paths)
        for missing in ["performance.matrix[3]", "performance.matrix[0].goal.x", "matrix", "performance.", "performance.matrix[", "[0]", "fields.a.c"] {
            #expect(locations[missing] == nil, "\(missing)")
        }
    }

    @Test func noFieldsFindNothing() {
        #expect(SourceLocations()["a"] == nil)
        #expect(SourceLocations().isEmpty)
        #expect(SourceLocations.Builder().build().locations[""] == nil)
    }

    @Test func theSampleHasALocationForEachField() throws {
        let yaml = try String(contentsOfFile: Fixture.samplePath, encoding: .utf8)
        let disclosure = try DisclosureLoader.load(yaml: yaml, file: Fixture.fileName)
        let locations = disclosure.sourceLocations
        #expect(locations.count > 500)
        for entry in locations.entries {
            #expect(locations[entry.path] == entry.location)
        }
        let name = try #require(locations["performance.matrix[0].activities[0].name"])
        let lines = yaml.components(separatedBy: "\n")
        #expect(lines[name.line - 1].contains("name:"))
        #expect(name.file == Fixture.fileName)
        // A path below a field's text finds the field.
        #expect(disclosure.location(ofField: "performance.matrix[0].activities[0].name.x[2]") == name)
    }

    @Test func textsNameTheirFieldsByPath() throws {
        let disclosure = try DisclosureLoader.load(contentsOf: Fixture.samplePath)
        let texts = Array(disclosure.texts)
        #expect(texts.count > 200)
        let activity = disclosure.performance.matrix[1].activities[0]
        let name = try #require(texts.first { $0.fieldPath == "performance.matrix[1].activities[0].name" })
        #expect(name.text == activity.name)
        #expect(name.cell == nil)
        let office = try #require(texts.first { $0.fieldPath == "duties.offices[0].items[1]" })
        #expect(office.text == disclosure.duties.offices[0].items[1])
        #expect(texts.first?.fieldPath == "department.code")
        // Every text's field has a location, and the same texts read again are equal.
        for text in texts { #expect(disclosure.location(ofField: text.fieldPath) != nil, "\(text.fieldPath)") }
        #expect(try DisclosureLoader.load(contentsOf: Fixture.samplePath).texts == disclosure.texts)
    }

    @Test func textsKeepTheirExportCells() {
        var builder = FieldTexts.Builder()
        var locations = SourceLocations.Builder()
        let table = locations.node(under: SourceLocations.Builder.root, key: "table")
        let cell = ExportCell(row: RowPlace(file: "a.csv", grid: .csv, number: 3), column: 1, label: "项目")
        builder.append("甲", field: table, cell: cell)
        builder.append("乙", field: SourceLocations.Builder.root, cell: nil)
        let (built, numbers) = locations.build()
        let texts = builder.build(locations: built, numbers: numbers)
        #expect(texts.map(\.fieldPath) == ["table", ""])
        #expect(texts.map(\.cell) == [cell, nil])
        #expect(texts.map(\.text) == ["甲", "乙"])
    }

    @Test func equalWhenTheSameFieldsAreAtTheSamePlaces() {
        func locations(_ order: [Int]) -> SourceLocations {
            var builder = SourceLocations.Builder()
            let list = builder.node(under: SourceLocations.Builder.root, key: "list")
            for index in order {
                builder.record(builder.node(under: list, index: index), file: "f.yaml", line: index + 1, column: 1)
            }
            return builder.build().locations
        }
        #expect(locations([0, 1, 2]) == locations([2, 0, 1]))
        #expect(locations([0, 1]) != locations([0, 1, 2]))
        #expect(locations([0, 1]).hashValue == locations([1, 0]).hashValue)
    }
}
