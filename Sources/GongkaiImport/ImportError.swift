/// Why a budget-system export could not be read: each case names the file and what is wrong with it.
///
/// `file` is the path as given by the caller; for problems inside a workbook it is followed by the sheet
/// (e.g. `预算.xlsx › 收支总表`), so that a message points at the place a person would open.
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No file exists at the path.
    case fileMissing(file: String)
    /// The file exists but could not be read (permissions, a directory, an I/O error).
    case unreadableFile(file: String, reason: String)
    /// The file is not a zip archive, so it cannot be an .xlsx (often a legacy .xls or a renamed CSV).
    case notAZip(file: String)
    /// The zip archive lacks a part every workbook has, such as `xl/workbook.xml`.
    case notAnXLSX(file: String, missingPart: String)
    /// A part of the workbook is not well-formed XML or refers to something that does not exist.
    case malformedPart(file: String, part: String, reason: String)
    /// No sheet has the requested name; `available` lists the sheets the workbook has.
    case sheetNotFound(file: String, sheet: String, available: [String])
    /// No row (or pair of rows) holds all the requested column labels; `missing` lists those never found together.
    case headerLabelsNotFound(file: String, missing: [String])
    /// No cell below the header holds the requested row label.
    case rowLabelNotFound(file: String, label: String)
    /// A quoted CSV field is never closed; `line` is the 1-based line where its opening quote is.
    case unterminatedQuote(file: String, line: Int)
    /// The bytes are not valid text in `encoding`; `byteOffset` is where decoding stopped.
    case undecodableText(file: String, encoding: String, byteOffset: Int)
    /// A cell of `sheet` holds a formula saved without its computed value (`cell` as in Excel, e.g. `C7`):
    /// the workbook was written by a program that does not calculate, and must be opened and saved in one that does.
    case uncomputedFormula(file: String, sheet: String, cell: String)

    /// A one-line message for the person who supplied the file: where, then what is wrong.
    public var description: String {
        switch self {
        case .fileMissing(let file):
            return "\(file): no such file"
        case .unreadableFile(let file, let reason):
            return "\(file): cannot be read: \(reason)"
        case .notAZip(let file):
            return "\(file): not an .xlsx workbook (not a zip archive; a legacy .xls must be saved as .xlsx first)"
        case .notAnXLSX(let file, let missingPart):
            return "\(file): not an .xlsx workbook (the zip archive has no \(missingPart))"
        case .malformedPart(let file, let part, let reason):
            return "\(file): \(part) is malformed: \(reason)"
        case .sheetNotFound(let file, let sheet, let available):
            let list = available.isEmpty ? "none" : available.map { "“\($0)”" }.joined(separator: ", ")
            return "\(file): no sheet named “\(sheet)”; the sheets are: \(list)"
        case .headerLabelsNotFound(let file, let missing):
            let list = missing.map { "“\($0)”" }.joined(separator: ", ")
            return "\(file): no header row has the column labels \(list)"
        case .rowLabelNotFound(let file, let label):
            return "\(file): no row labelled “\(label)” below the header"
        case .unterminatedQuote(let file, let line):
            return "\(file):\(line): quoted field is never closed (a \" opened on this line has no closing \")"
        case .undecodableText(let file, let encoding, let byteOffset):
            return "\(file): not valid \(encoding) text (at byte \(byteOffset))"
        case .uncomputedFormula(let file, let sheet, let cell):
            return "\(file): sheet “\(sheet)”, cell \(cell): the formula has no computed value in the file; "
                + "open the workbook in Excel or WPS and save it, so that its values are computed"
        }
    }
}
