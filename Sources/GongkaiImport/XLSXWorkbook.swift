import Foundation
import ZIPFoundation

/// An .xlsx workbook from the budget system: its sheet names, and each sheet's cells on demand.
///
/// Opening reads the workbook's index (sheet names, where each sheet's part is, the shared strings);
/// `sheet(named:)` reopens the archive and reads just that sheet, so the value holds no open file.
public struct XLSXWorkbook: Sendable {
    /// The workbook's path, used in error messages.
    public let file: String
    /// The sheet names in tab order (hidden sheets included).
    public let sheetNames: [String]

    private let url: URL
    /// Each sheet's part path inside the archive, parallel to `sheetNames`.
    private let sheetParts: [String?]
    private let sharedStrings: [String]

    /// A part larger than this is refused: a sheet of a million rows is about 100 MB of XML, and a zip bomb
    /// should not keep the reader busy for ever. (Parts are streamed, so the limit is not one of memory.)
    static let maximumPartSize: UInt64 = 256 * 1024 * 1024

    /// Opens the workbook at `url` and reads its index.
    ///
    /// - Throws: `ImportError.fileMissing`, `.notAZip`, `.notAnXLSX` or `.malformedPart`.
    public init(contentsOf url: URL) throws {
        let file = url.path
        let archive = try XLSXWorkbook.openArchive(url, file: file)

        // The workbook part is named by the package's root relationships; xl/workbook.xml is the usual place.
        var workbookPart = "xl/workbook.xml"
        let rootRels = RelationshipsParser()
        if try XLSXWorkbook.parse("_rels/.rels", in: archive, at: url, delegate: rootRels) {
            if let office = rootRels.relationships.first(where: { $0.kind == "officeDocument" && !$0.isExternal }) {
                workbookPart = XLSXWorkbook.resolve(office.target, relativeTo: "")
            }
        }
        let workbook = WorkbookParser()
        guard try XLSXWorkbook.parse(workbookPart, in: archive, at: url, delegate: workbook) else {
            throw ImportError.notAnXLSX(file: file, missingPart: workbookPart)
        }

        let folder = XLSXWorkbook.folder(of: workbookPart)
        let relsPart =
            (folder.isEmpty ? "" : folder + "/") + "_rels/" + XLSXWorkbook.fileName(of: workbookPart) + ".rels"
        let rels = RelationshipsParser()
        guard try XLSXWorkbook.parse(relsPart, in: archive, at: url, delegate: rels) else {
            throw ImportError.notAnXLSX(file: file, missingPart: relsPart)
        }
        let targets = Dictionary(
            rels.relationships.filter { !$0.isExternal }.map {
                ($0.id, XLSXWorkbook.resolve($0.target, relativeTo: folder))
            },
            uniquingKeysWith: { first, _ in first })

        // A workbook with only numbers and inline strings has no shared strings part at all.
        var strings: [String] = []
        let sharedPart =
            rels.relationships.first(where: { $0.kind == "sharedStrings" && !$0.isExternal })
            .map { XLSXWorkbook.resolve($0.target, relativeTo: folder) }
            ?? XLSXWorkbook.resolve("sharedStrings.xml", relativeTo: folder)
        let shared = SharedStringsParser()
        if try XLSXWorkbook.parse(sharedPart, in: archive, at: url, delegate: shared) {
            strings = shared.strings
        }

        self.file = file
        self.url = url
        self.sheetNames = workbook.sheets.map(\.name)
        self.sheetParts = workbook.sheets.map { targets[$0.relationshipID] }
        self.sharedStrings = strings
    }

    /// Reads the sheet called `name`.
    ///
    /// The name is matched exactly first, then ignoring whitespace, then as the only sheet whose name
    /// contains it (so `收支总表` finds a tab named `01收支总表` or `表1 收支总表`, but not when two tabs match).
    ///
    /// - Throws: `ImportError.sheetNotFound` listing the sheets that exist, or an error reading the part.
    public func sheet(named name: String) throws -> Sheet {
        guard let index = sheetIndex(named: name) else {
            throw ImportError.sheetNotFound(file: file, sheet: name, available: sheetNames)
        }
        let sheetName = sheetNames[index]
        guard let part = sheetParts[index] else {
            throw ImportError.malformedPart(
                file: file, part: "xl/workbook.xml", reason: "sheet “\(sheetName)” refers to no part")
        }
        let archive = try XLSXWorkbook.openArchive(url, file: file)
        let parser = SheetXMLParser(sharedStrings: sharedStrings, file: file, sheet: sheetName)
        guard try XLSXWorkbook.parse(part, in: archive, at: url, delegate: parser) else {
            throw ImportError.malformedPart(
                file: file, part: part, reason: "the part of sheet “\(sheetName)” is missing from the archive")
        }

        let rowCount = parser.lastRow + 1
        let columnCount = parser.lastColumn + 1
        // A stray value in a far corner (XFD1048576) would make a dense grid of billions of cells, and one at
        // XFD1220 a grid of 20 million that takes a minute to search for labels. Five million cells hold a
        // 200,000-row table of 25 columns.
        guard rowCount * columnCount <= 5_000_000 else {
            throw ImportError.malformedPart(
                file: file, part: part,
                reason: "sheet “\(sheetName)” spans \(rowCount) rows × \(columnCount) columns, too large to read "
                    + "(a value far from the table, such as in the last column, makes it so: delete it)")
        }
        // Merged ranges are filled cell by cell wherever a table is looked for. Ranges that do not overlap, as
        // Excel writes them, cover the grid at most once; more than that means overlapping ranges, whose fill
        // would take ranges × cells (a few KB of one range repeated: hours), so the part is refused.
        var mergedCells = 0
        for range in parser.mergedRanges where range.firstRow < rowCount && range.firstColumn < columnCount {
            mergedCells +=
                (min(range.lastRow, rowCount - 1) - range.firstRow + 1)
                * (min(range.lastColumn, columnCount - 1) - range.firstColumn + 1)
            guard mergedCells <= rowCount * columnCount else {
                throw ImportError.malformedPart(
                    file: file, part: part, reason: "sheet “\(sheetName)” has merged ranges that overlap (\(range))")
            }
        }
        return Sheet(file: file, name: sheetName, rows: parser.rows, mergedRanges: parser.mergedRanges)
    }

    private func sheetIndex(named name: String) -> Int? {
        if let exact = sheetNames.firstIndex(of: name) { return exact }
        let wanted = TableLocator.normalized(name)
        guard !wanted.isEmpty else { return nil }
        let normalized = sheetNames.map(TableLocator.normalized)
        if let loose = normalized.firstIndex(of: wanted) { return loose }
        let containing = normalized.indices.filter { normalized[$0].contains(wanted) }
        return containing.count == 1 ? containing.first : nil
    }

    // MARK: - The zip package

    private static func openArchive(_ url: URL, file: String) throws -> Archive {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw ImportError.fileMissing(file: file)
        }
        guard !isDirectory.boolValue else {
            throw ImportError.unreadableFile(file: file, reason: "it is a directory")
        }
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ImportError.unreadableFile(file: file, reason: "permission denied")
        }
        do {
            return try Archive(url: url, accessMode: .read)
        } catch {
            throw ImportError.notAZip(file: file)
        }
    }

    /// Parses the part at `path` with `delegate`, streaming it from the archive at `url`; false if the
    /// archive has no such part.
    private static func parse(
        _ path: String, in archive: Archive, at url: URL, delegate: some OOXMLPartDelegate
    ) throws -> Bool {
        let file = url.path
        // Part names are case-insensitive in OPC; exact match is the norm, the scan covers odd writers.
        guard
            let entry = archive[path]
                ?? archive.first(where: { $0.path.lowercased() == path.lowercased() && $0.type == .file })
        else { return false }
        guard entry.uncompressedSize <= maximumPartSize else {
            throw ImportError.malformedPart(file: file, part: path, reason: "larger than \(maximumPartSize) bytes")
        }
        let stream = ZIPEntryStream(archive: url, path: entry.path, limit: maximumPartSize)
        try OOXMLPart.parse(stream, part: path, file: file, delegate: delegate)
        return true
    }

    /// A relationship target as a path inside the archive: relative to `folder` unless it starts with `/`.
    static func resolve(_ target: String, relativeTo folder: String) -> String {
        let joined = target.hasPrefix("/") ? target : folder + "/" + target
        var components: [Substring] = []
        for component in joined.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    private static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
