import Foundation

/// The rows of a CSV file (RFC 4180), as text: one table of the budget system saved by Excel as CSV.
///
/// Rows keep their length as written, so they may be ragged; cells are never trimmed or parsed, because
/// amounts such as "16,745.59" or "-" are interpreted by the model's own parser.
public struct CSVTable: Hashable, Sendable {
    /// The file the table was read from (or the name given for in-memory data), used in error messages.
    public var file: String
    /// The rows, each a list of cell texts.
    public var rows: [[String]]
    /// For each row, the 1-based line of the file on which it starts (a quoted field may span lines, so
    /// row and line numbers part after such a field): what an editor shows, and what messages name.
    public var lineNumbers: [Int]
    /// The encoding the bytes were decoded from.
    public var encoding: TextEncoding

    /// Reads the CSV file at `url`, detecting UTF-8 or GB18030 unless `encoding` is given.
    ///
    /// - Throws: `ImportError.fileMissing`, `.unreadableFile`, `.undecodableText` or `.unterminatedQuote`.
    public init(contentsOf url: URL, encoding: TextEncoding? = nil) throws {
        let file = url.path
        guard FileManager.default.fileExists(atPath: file) else { throw ImportError.fileMissing(file: file) }
        // The same bound as a workbook's part: a file that size is no department's table.
        if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int,
            UInt64(size) > XLSXWorkbook.maximumPartSize
        {
            throw ImportError.unreadableFile(file: file, reason: "it is larger than \(XLSXWorkbook.maximumPartSize) bytes")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportError.unreadableFile(file: file, reason: error.localizedDescription)
        }
        try self.init(data: data, file: file, encoding: encoding)
    }

    /// Parses CSV bytes, detecting UTF-8 or GB18030 unless `encoding` is given.
    ///
    /// - Parameter file: the name to use in error messages.
    public init(data: Data, file: String, encoding: TextEncoding? = nil) throws {
        let resolved = encoding ?? TextDecoding.detectEncoding(of: data)
        let text = try TextDecoding.decode(data, as: resolved, file: file)
        let records = try CSVTable.records(text, file: file)
        self.init(file: file, rows: records.rows, lineNumbers: records.lineNumbers, encoding: resolved)
    }

    /// A table from rows already in memory; without `lineNumbers` (one per row), row n is taken to be on line n.
    public init(file: String, rows: [[String]], lineNumbers: [Int]? = nil, encoding: TextEncoding = .utf8) {
        self.file = file
        self.rows = rows
        self.lineNumbers =
            lineNumbers.flatMap { $0.count == rows.count ? $0 : nil } ?? rows.indices.map { $0 + 1 }
        self.encoding = encoding
    }

    /// Splits CSV text into rows of fields (RFC 4180).
    ///
    /// Fields are separated by commas and records by CRLF, LF or a lone CR. A field in double quotes may
    /// hold commas, line breaks and doubled quotes (`""` for `"`). Outside that grammar we are lenient as
    /// Excel is: a quote inside an unquoted field is kept as text, as is text after a closing quote. A final
    /// line break does not start an empty row; a blank line in the middle is a row with one empty field.
    ///
    /// - Throws: `ImportError.unterminatedQuote` with the line on which the unclosed quote opened.
    public static func parse(_ text: String, file: String) throws -> [[String]] {
        try records(text, file: file).rows
    }

    /// The rows of CSV text as `parse` splits them, with the line on which each starts.
    static func records(_ text: String, file: String) throws -> (rows: [[String]], lineNumbers: [Int]) {
        var rows: [[String]] = []
        var lineNumbers: [Int] = []
        // The line on which the current record started.
        var recordLine = 1
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        // Just saw a quote while in quotes: either the closing quote or the first half of `""`.
        var quotePending = false
        var fieldIsQuoted = false
        var line = 1
        var quoteLine = 1
        var previousWasCR = false
        // True once anything (even an empty field before a comma) belongs to the current record.
        var recordStarted = false

        func endField() {
            row.append(String(field))
            field = String.UnicodeScalarView()
            fieldIsQuoted = false
        }
        func endRecord() {
            endField()
            rows.append(row)
            lineNumbers.append(recordLine)
            row = []
            recordStarted = false
        }

        for scalar in text.unicodeScalars {
            let isLF = scalar == "\n"
            defer { previousWasCR = scalar == "\r" }
            if quotePending {
                quotePending = false
                if scalar == "\"" {
                    field.append("\"")
                    continue
                }
                inQuotes = false
            }
            if inQuotes {
                if scalar == "\"" {
                    quotePending = true
                } else {
                    field.append(scalar)
                    // Count CRLF once: the LF of a CRLF does not start another line.
                    if scalar == "\r" || (isLF && !previousWasCR) { line += 1 }
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
                recordStarted = true
            case "\r":
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                if previousWasCR { continue }
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !fieldIsQuoted:
                inQuotes = true
                fieldIsQuoted = true
                quoteLine = line
                recordStarted = true
            default:
                field.append(scalar)
                recordStarted = true
            }
        }
        if inQuotes && !quotePending {
            throw ImportError.unterminatedQuote(file: file, line: quoteLine)
        }
        if recordStarted || !field.isEmpty || !row.isEmpty {
            endRecord()
        }
        return (rows, lineNumbers)
    }
}
