import GongkaiMessages

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

    /// A one-line message for the person who supplied the file, in English: where, then what is wrong.
    public var description: String { text.english }

    /// The message in each language (from `ImportMessages`).
    public var text: LocalizedText { ImportMessages.text(of: self) }
}
