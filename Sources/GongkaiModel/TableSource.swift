import Foundation
import GongkaiImport
import GongkaiMessages

/// A table the department file takes from an export of the budget system instead of writing it out:
///
/// ```yaml
/// matrix: {from: "matrix.xlsx", sheet: "绩效目标"}
/// rows: {from: "assets.csv", encoding: GB18030, labels: {价值: "价值（金额单位：万元）"}}
/// ```
///
/// `from` is relative to the department file; an .xlsx sheet is found by name (the first sheet if none is
/// given) and the table in it by its header labels, never by cell addresses. `labels` maps the labels
/// Gongkai looks for to the ones the file prints, where they differ.
struct TableSource {
    let reader: NodeReader

    /// A table written out as a list (each element read by `written`), or taken from an export (its rows,
    /// found by `labels`, mapped by `imported`); a mapping error names the field and line.
    static func read<Element>(
        _ node: NodeReader, labels: [String], imported: ([TableRow], String) throws -> [Element],
        written: (NodeReader) throws -> Element
    ) throws -> [Element] {
        guard isSource(node) else { return try node.elements().map(written) }
        let rows = try TableSource(reader: node).rows(labels: labels)
        do {
            return try imported(rows, node.file)
        } catch let error as DataError {
            throw node.error(.invalidValue, error.text.map { text, _ in "\(error.fieldPath): \(text)" })
        }
    }

    /// Whether the node is a `{from: …}` mapping rather than the table written out.
    static func isSource(_ reader: NodeReader) -> Bool {
        reader.has("from")
    }

    /// The table's body rows, label → cell text, with cells merged down a column filled in, and their places.
    /// - Parameter extraKeys: keys the caller reads itself from the same mapping (e.g. `source`).
    /// - Parameter optional: labels read where the file has them (see `TableLocator.locate`); not renamed.
    func rows(labels wanted: [String], optional: [String] = [], extraKeys: [String] = []) throws -> [TableRow] {
        _ = try reader.mapping(allowing: ["from", "sheet", "encoding", "labels"] + extraKeys)
        let from = try reader.text("from")
        let directory = URL(fileURLWithPath: reader.file).deletingLastPathComponent()
        let url = from.hasPrefix("/") ? URL(fileURLWithPath: from) : directory.appendingPathComponent(from)
        let roots = [directory.path] + (reader.sourceMap.dataRoot.map { [$0] } ?? [])
        guard ConfinedPath.isInside(url.path, anyOf: roots) else {
            throw try reader.required("from").error(
                .invalidValue,
                ModelMessages.exportOutsideFolder(from))
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw try reader.required("from").error(.invalidValue, ModelMessages.exportIsFolder(from))
        }
        var renamed: [String: String] = [:]
        if let labels = try reader.optional("labels") {
            guard labels.node.isMapping else { throw labels.error(.wrongType, ModelMessages.expectedLabels) }
            for key in labels.node.keys {
                guard let name = labels.name(of: key) else { continue }
                renamed[name] = try labels.text(name)
            }
        }
        let fileLabels = wanted.map { renamed[$0] ?? $0 }
        do {
            let locator: TableLocator
            switch url.pathExtension.lowercased() {
            case "csv", "txt":
                var encoding: TextEncoding?
                if let name = try reader.optionalText("encoding") {
                    guard let known = TextEncoding.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() || (name.lowercased() == "gbk" && $0 == .gb18030) }) else {
                        throw try reader.required("encoding").error(.invalidValue, ModelMessages.expectedEncoding)
                    }
                    encoding = known
                }
                locator = TableLocator(table: try CSVTable(contentsOf: url, encoding: encoding))
            case "xlsx":
                let workbook = try reader.sourceMap.workbooks[url.path] ?? XLSXWorkbook(contentsOf: url)
                reader.sourceMap.workbooks[url.path] = workbook
                let sheetName = try reader.optionalText("sheet") ?? workbook.sheetNames.first ?? ""
                locator = TableLocator(sheet: try workbook.sheet(named: sheetName))
            default:
                throw try reader.required("from").error(.invalidValue, ModelMessages.expectedExport(from))
            }
            let table = try locator.locate(fileLabels, optional: optional, fillingMergedBodyCells: true)
            let source = try reader.required("from")
            let rows = table.rows(named: Array(zip(wanted, fileLabels)) + optional.map { ($0, $0) })
            if rows.count > InputLimits.standard.tableRows {
                throw source.error(
                    .invalidValue, ModelMessages.tooManyRows(from, rows.count, limit: InputLimits.standard.tableRows))
            }
            // Each cell's text is looked over as a field's text is (characters no font draws), and recorded, in
            // column order (the same for every row of the table), so that findings come in the same order every run.
            let columns = rows.first?.columns ?? [:]
            let names = Set(wanted + optional).sorted { (columns[$0] ?? .max, $0) < (columns[$1] ?? .max, $1) }
            return rows.map { row in
                var row = row
                for name in names {
                    guard let text = row.cells[name] else { continue }
                    row.cells[name] = source.hygienic(text, cell: ExportCell(row: row.place, column: row.columns[name], label: name))
                }
                return row
            }
        } catch let error as ImportError {
            throw try reader.required("from").error(.invalidValue, error.text)
        }
    }
}
