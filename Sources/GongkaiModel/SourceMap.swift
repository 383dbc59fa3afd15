import GongkaiImport

/// Where each field of a file was read from, filled in as the file is read; and the workbooks its
/// tables come from, opened once however many tables the file takes from one workbook.
package final class SourceMap {
    package var locations = SourceLocations.Builder()
    package var workbooks: [String: XLSXWorkbook] = [:]
    /// What reading found in the text itself (characters left out, see `TextHygiene`), reported with the
    /// figures' findings.
    package var findings: [Finding] = []
    /// A folder besides the file's own that its exports may be read from (`--data-root`).
    package var dataRoot: String?
    /// Every text read, with its field, in reading order.
    package var texts = FieldTexts.Builder()
    /// The locations and texts once the file is read.
    package private(set) lazy var finished: (locations: SourceLocations, texts: FieldTexts) = {
        let (locations, numbers) = self.locations.build()
        return (locations, texts.build(locations: locations, numbers: numbers))
    }()

    package init() {}

    /// Room for the locations of a file like `yaml`, about one a line, so that the map is not copied as it grows.
    init(capacityFor yaml: String) {
        var lines = 0
        _ = yaml.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte == UInt8(ascii: "\n") { lines += 1 }
        }
        locations.reserveCapacity(lines)
    }

    /// Room for the locations of a file of `nodes` values (a tree's count: a field is read from at most one
    /// node, an alias aside), found without going through the text again.
    init(nodes: Int) {
        locations.reserveCapacity(nodes)
    }
}
