import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads one worksheet part (`xl/worksheets/sheetN.xml`) into its non-empty cells and merged ranges.
///
/// Cell values are kept as the text stored in the file: a number is the exact text of `<v>` (never
/// through `Double`, which would turn 273.87 into 273.87000000000001 or drop trailing zeros).
final class SheetXMLParser: OOXMLPartDelegate {
    /// Non-empty cells: `cells[row][column]`, 0-based.
    private(set) var cells: [Int: [Int: String]] = [:]
    /// The `<mergeCell ref>` ranges, in document order.
    private(set) var mergedRanges: [CellRange] = []
    /// The highest row and column that hold a non-empty value, or -1 when there is none.
    private(set) var lastRow = -1
    private(set) var lastColumn = -1

    private let sharedStrings: [String]
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

    init(sharedStrings: [String]) {
        self.sharedStrings = sharedStrings
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
        case "v":
            inValue = true
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

    /// Stores the cell just closed, resolving its text by its type `t`.
    private func finishCell() {
        let text: String
        switch cellType {
        case "s":
            // A shared-string index: the text lives in xl/sharedStrings.xml.
            guard !valueText.isEmpty else { return }
            guard let index = Int(valueText.trimmingCharacters(in: .whitespacesAndNewlines)),
                sharedStrings.indices.contains(index)
            else {
                return fail("shared string index “\(valueText)” does not exist")
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
        cells[row, default: [:]][column] = text
        lastRow = max(lastRow, row)
        lastColumn = max(lastColumn, column)
    }
}
