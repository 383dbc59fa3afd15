/// Every text of a department file with its field, in the order read (`Disclosure.texts`): 24 bytes a text
/// besides the text itself.
///
/// A long table has a text for each of its cells, and a path for each (`performance.matrix[3].activities[7].name`)
/// would be longer than most texts: a text keeps instead its field's node in the file's `SourceLocations`,
/// which makes the path when a message needs it, and the number of its export cell, if it has one.
public struct FieldTexts: RandomAccessCollection, Hashable, Sendable {
    /// One text as read.
    struct Entry: Hashable, Sendable {
        var text: String
        /// The field's node in `locations`.
        var field: Int32
        /// The number of its cell in `cells`, or -1.
        var cell: Int32
    }

    private var entries: [Entry]
    private var cells: [ExportCell]
    /// The file's locations, whose nodes name the fields.
    private var locations: SourceLocations

    /// No texts.
    public init() {
        self.init(entries: [], cells: [], locations: SourceLocations())
    }

    init(entries: [Entry], cells: [ExportCell], locations: SourceLocations) {
        self.entries = entries
        self.cells = cells
        self.locations = locations
    }

    public var startIndex: Int { entries.startIndex }
    public var endIndex: Int { entries.endIndex }

    public subscript(position: Int) -> FieldText {
        let entry = entries[position]
        return FieldText(
            fieldPath: locations.path(of: entry.field), cell: entry.cell < 0 ? nil : cells[Int(entry.cell)], text: entry.text)
    }

    /// The text at `position` alone, without its field's path (made from the locations, so only for a message).
    func text(at position: Int) -> String { entries[position].text }

    /// The same texts of the same fields.
    public static func == (lhs: FieldTexts, rhs: FieldTexts) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}

extension FieldTexts {
    /// Texts recorded as a file is read (`NodeReader`), each with its field's node in a
    /// `SourceLocations.Builder`.
    package struct Builder {
        private var entries: [Entry] = []
        private var cells: [ExportCell] = []

        package init() {}

        package mutating func append(_ text: String, field: Int32, cell: ExportCell?) {
            var number: Int32 = -1
            if let cell {
                number = Int32(cells.count)
                cells.append(cell)
            }
            entries.append(Entry(text: text, field: field, cell: number))
        }

        /// The texts, their fields' nodes renumbered as `numbers` (the builder's node to the tree's) says,
        /// in an array of their own size.
        package func build(locations: SourceLocations, numbers: [Int32]) -> FieldTexts {
            let entries = [Entry](unsafeUninitializedCapacity: self.entries.count) { buffer, count in
                for (index, entry) in self.entries.enumerated() {
                    var renumbered = entry
                    renumbered.field = numbers[Int(entry.field)]
                    buffer.initializeElement(at: index, to: renumbered)
                }
                count = self.entries.count
            }
            return FieldTexts(entries: entries, cells: cells, locations: locations)
        }
    }
}
