import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads one worksheet part (`xl/worksheets/sheetN.xml`) into its non-empty cells and merged ranges.
///
/// Cell values are kept as the text stored in the file: a number is the exact text of `<v>` (never
/// through `Double`, which would turn 273.87 into 273.87000000000001 or drop trailing zeros). A formula is
/// read as the value Excel cached with it; a formula without one is an error, never a blank.
///
/// The cells go straight into rows as they are read, so memory follows the table, not the XML.
final class SheetXMLParser: OOXMLPartDelegate {
    /// The rows read so far, `rows[row][column]`, 0-based: each as long as its last non-empty cell, and
    /// rows without any non-empty cell empty.
    private(set) var rows: [[String]] = []
    /// The `<mergeCell ref>` ranges, in document order.
    private(set) var mergedRanges: [CellRange] = []
    /// The highest row and column that hold a non-empty value, or -1 when there is none.
    private(set) var lastRow = -1
    private(set) var lastColumn = -1

    private let sharedStrings: [String]
    /// The workbook and the sheet's name, for errors that name a cell.
    private let file: String
    private let sheet: String
    // Where we are: rows and cells may omit `r`, in which case they follow the previous one.
    private var row = -1
    private var column = -1
    private var cellType = "n"
    private var valueText = ""
    private var inlineText = ""
    private var inValue = false
    private var inText = false
    private var inInlineString = false
    private var phoneticDepth = 0
    // Whether the cell has a formula (<f>) and a cached value (<v>, even an empty one).
    private var hasFormula = false
    private var hasValue = false

    init(sharedStrings: [String], file: String, sheet: String) {
        self.sharedStrings = sharedStrings
        self.file = file
        self.sheet = sheet
    }

    override func start(_ name: Substring, attributes: [String: String]) {
        switch name {
        case "row":
            if let reference = attributes["r"] {
                guard let number = Int(reference), number >= 1, number <= CellRange.maximumRows else {
                    return fail("row number “\(reference)” is not valid")
                }
                row = number - 1
            } else {
                guard row + 1 < CellRange.maximumRows else { return fail("more rows than a sheet can have") }
                row += 1
            }
            column = -1
        case "c":
            if let reference = attributes["r"] {
                guard let position = CellRange.cellPosition(reference[...]) else {
                    return fail("cell reference “\(reference)” is not valid")
                }
                row = position.row
                column = position.column
            } else {
                guard column + 1 < CellRange.maximumColumns else { return fail("more cells than a row can have") }
                row = max(row, 0)
                column += 1
            }
            cellType = attributes["t"] ?? "n"
            valueText = ""
            inlineText = ""
            hasFormula = false
            hasValue = false
        case "v":
            inValue = true
            hasValue = true
        case "f":
            hasFormula = true
        case "is":
            inInlineString = true
        case "rPh":
            phoneticDepth += 1
        case "t":
            inText = inInlineString && phoneticDepth == 0
        case "mergeCell":
            guard let reference = attributes["ref"], let range = CellRange(reference: reference) else {
                return fail("a <mergeCell> has no valid ref")
            }
            mergedRanges.append(range)
        default:
            break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "c":
            finishCell()
        case "v":
            inValue = false
        case "is":
            inInlineString = false
        case "rPh":
            phoneticDepth -= 1
        case "t":
            inText = false
        default:
            break
        }
    }

    override func text(_ string: String) {
        if inValue {
            valueText += string
        } else if inText {
            inlineText += string
        }
    }

    /// The A1-style address of the current cell, e.g. `B7`.
    private var address: String { "\(CellRange.columnName(column))\(row + 1)" }

    /// Stores the cell just closed, resolving its text by its type `t`.
    private func finishCell() {
        // A formula saved without its result (written by a program that does not calculate): reading it as
        // blank would make it 0. A string formula's empty <v></v> is a result, "" (e.g. IF(…, "", …)).
        if hasFormula && cellType != "inlineStr" && (!hasValue || (valueText.isEmpty && cellType != "str")) {
            return stop(with: .uncomputedFormula(file: file, sheet: sheet, cell: address))
        }
        let text: String
        switch cellType {
        case "s":
            // A shared-string index: the text lives in xl/sharedStrings.xml.
            guard !valueText.isEmpty else { return }
            guard let index = Int(valueText.trimmingCharacters(in: .whitespacesAndNewlines)),
                sharedStrings.indices.contains(index)
            else {
                return fail("cell \(address): shared string index “\(valueText)” does not exist")
            }
            text = sharedStrings[index]
        case "inlineStr":
            text = OOXMLText.unescape(inlineText)
        case "str":
            // A formula's cached string result.
            text = OOXMLText.unescape(valueText)
        case "b":
            text = valueText == "1" ? "TRUE" : valueText == "0" ? "FALSE" : valueText
        default:
            // "n" (numbers, also dates as serial numbers), "e" (#DIV/0!), "d" (ISO dates): the text as stored.
            text = valueText
        }
        guard !text.isEmpty else { return }
        // A <row> opened inside a <c> (nesting XMLParser can let through) leaves the cell without a column.
        guard row >= 0, column >= 0 else { return fail("a cell lies outside any row or column (a <row> inside a <c>?)") }
        if rows.count <= row {
            rows.append(contentsOf: repeatElement([], count: row + 1 - rows.count))
        }
        if rows[row].count <= column {
            rows[row].append(contentsOf: repeatElement("", count: column + 1 - rows[row].count))
        }
        rows[row][column] = text
        lastRow = max(lastRow, row)
        lastColumn = max(lastColumn, column)
    }
}
