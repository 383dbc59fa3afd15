import GongkaiMessages
import GongkaiModel

/// A document's classified lines arranged as trees, built on first use and shared by its standard tables.
final class ClassifiedData {
    let disclosure: Disclosure
    let library: CodeListLibrary?
    let layoutFile: String
    private var trees: [Classification: ClassifiedTree] = [:]

    init(disclosure: Disclosure, library: CodeListLibrary?, layoutFile: String) {
        self.disclosure = disclosure
        self.library = library
        self.layoutFile = layoutFile
    }

    /// The code lists of the document's year.
    /// - Throws: `LayoutError` when the layout has none, or none for the year.
    func lists(for table: TableDefinition) throws -> CodeLists {
        guard let library else {
            throw LayoutError(
                file: layoutFile, location: table.location,
                text: LayoutCheckMessages.inTable(table.name, LayoutCheckMessages.needsCodeLists))
        }
        guard let lists = library.lists(for: disclosure.codeListYear) else {
            throw LayoutError(
                file: layoutFile, location: table.location,
                text: LayoutCheckMessages.inTable(table.name, library.missingListsText(for: disclosure.codeListYear)))
        }
        return lists
    }

    /// The tree of one classification's lines (empty when the department gives none).
    /// - Throws: `DataError` for a line whose code is unknown; `LayoutError` when code lists are missing.
    func tree(_ classification: Classification, for table: TableDefinition) throws -> ClassifiedTree {
        if let tree = trees[classification] { return tree }
        let lines = disclosure.budgetTables?.lines(classification) ?? []
        let codes = lines.isEmpty ? nil : try lists(for: table).list(classification)
        let tree = try ClassifiedTree(classification, lines: lines, codes: codes, file: disclosure.sourceFile)
        trees[classification] = tree
        return tree
    }
}
