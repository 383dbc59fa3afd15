import Foundation
import GongkaiImport
import GongkaiModel

/// The public tables found in a budget system's workbook, or in a folder of its CSV exports: each by its title
/// and header labels, whatever the sheets' names and order.
public struct PublicTables: Sendable {
    /// Where a table was found: a sheet of the workbook, or a CSV file of the folder.
    public struct Place: Hashable, Sendable {
        /// The workbook or CSV file.
        public var file: String
        /// The sheet's name, for a workbook.
        public var sheet: String?
    }

    /// A table found: where, and its grid.
    public struct Found: Sendable {
        public var place: Place
        public var locator: TableLocator
        /// The rows above the header (title, unit, 编制单位 lines).
        public var heading: [String]
    }

    /// The workbook or folder the tables were read from.
    public var source: String
    public var found: [PublicTable: Found]

    /// Finds the tables in the .xlsx workbook or folder of .csv files at `path`.
    /// - Throws: `NewDepartmentError.tableNotFound` naming the first required table missing (by its title) and
    ///   what was looked for, or `ImportError` for a file that cannot be read.
    public init(at path: String) throws {
        source = path
        var grids: [(Place, TableLocator)] = []
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw ImportError.fileMissing(file: path) }
        if isFolder.boolValue {
            let files = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
            for file in files {
                let full = (path as NSString).appendingPathComponent(file)
                grids.append((Place(file: full, sheet: nil), TableLocator(table: try CSVTable(contentsOf: URL(fileURLWithPath: full)))))
            }
        } else {
            let workbook = try XLSXWorkbook(contentsOf: URL(fileURLWithPath: path))
            for name in workbook.sheetNames {
                grids.append((Place(file: path, sheet: name), TableLocator(sheet: try workbook.sheet(named: name))))
            }
        }
        found = [:]
        for table in PublicTable.allCases {
            var closest: (place: Place, missing: [String])?
            for (place, locator) in grids {
                guard let titleRow = Self.titleRow(of: table, in: locator) else { continue }
                do {
                    let located = try locator.locate(table.labels)
                    guard located.headerRows.lowerBound > titleRow else { continue }
                    let heading = locator.rows[..<located.headerRows.lowerBound].flatMap { $0 }.filter { !$0.isEmpty }
                    found[table] = Found(place: place, locator: locator, heading: heading)
                    break
                } catch ImportError.headerLabelsNotFound(_, let missing) {
                    if closest == nil { closest = (place, missing) }
                }
            }
            if found[table] == nil, table.isRequired {
                throw NewDepartmentError.tableNotFound(
                    table: table.title, source: path, titleWords: table.titleWords, labels: table.labels,
                    titledButMissing: closest.map { ($0.place.sheet ?? $0.place.file, $0.missing) })
            }
        }
    }

    /// The first row (among the first ten) whose text holds the table's title words; nil if none does.
    static func titleRow(of table: PublicTable, in locator: TableLocator) -> Int? {
        let words = TableLocator.normalized(table.titleWords)
        return locator.rows.prefix(10).firstIndex { row in
            row.contains { cell in
                let text = TableLocator.normalized(cell)
                // 一般公共预算支出表 is not 一般公共预算基本支出表: the words must appear as they are written.
                return text.contains(words)
            }
        }
    }
}
