import Foundation
import GongkaiMessages
import GongkaiImport

/// A code of a classification's list for one year: 2012901 行政运行, level 3, parent 20129.
public struct CodeEntry: Hashable, Sendable {
    public var code: String
    public var name: String
    /// 1 for 类, 2 for 款, 3 for 项.
    public var level: Int
    /// The code of the level above; nil for a 类.
    public var parent: String?

    public init(code: String, name: String, level: Int, parent: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parent = parent
    }
}

/// One classification's code list for one budget year, read from a data file (the lists change every
/// year, so they are shipped as data, never compiled in).
///
/// The file is CSV with the header `code,name,level,parent` (UTF-8 or GBK): parents before children,
/// each parent one level up and with a code that begins its children's codes.
public struct CodeList: Hashable, Sendable {
    public var classification: Classification
    public var year: Int
    /// The codes in the file's order.
    public private(set) var entries: [CodeEntry] = []
    private var indexByCode: [String: Int] = [:]

    public init(classification: Classification, year: Int, entries: [CodeEntry]) {
        self.classification = classification
        self.year = year
        for entry in entries { add(entry) }
    }

    private mutating func add(_ entry: CodeEntry) {
        indexByCode[entry.code] = entries.count
        entries.append(entry)
    }

    public func entry(_ code: String) -> CodeEntry? { indexByCode[code].map { entries[$0] } }

    /// The 类 of the list, in order.
    public var topLevel: [CodeEntry] { entries.filter { $0.level == 1 } }

    /// Reads a code list file, checking every row; errors name the file and line.
    public init(contentsOf path: String, classification: Classification, year: Int) throws {
        let rows: [[String]]
        do {
            rows = try CodeListFile.rows(of: path)
        } catch let error as ImportError {
            throw DataError(.unreadable, file: path, location: nil, fieldPath: "", text: error.text)
        }
        self.init(classification: classification, year: year, entries: [])
        func fail(_ line: Int, _ text: LocalizedText) -> DataError {
            DataError(.invalidValue, file: path, location: SourceLocation(file: path, line: line, column: 1), fieldPath: "", text: text)
        }
        let header = rows.first?.map { $0.trimmingWhitespace } ?? []
        guard header == ["code", "name", "level", "parent"] else {
            throw fail(1, CodeListMessages.expectedHeader(found: header))
        }
        for (index, row) in rows.enumerated().dropFirst() {
            let line = index + 1
            let cells = row.map { $0.trimmingWhitespace }
            if cells.allSatisfy(\.isEmpty) { continue }
            guard cells.count == 4 else { throw fail(line, CodeListMessages.expectedFourFields(found: cells.count)) }
            let (code, name, levelText, parentText) = (cells[0], cells[1], cells[2], cells[3])
            guard let level = classification.level(of: code) else {
                throw fail(line, classification.notACodeText(code))
            }
            guard Int(levelText) == level else { throw fail(line, CodeListMessages.wrongLevel(code, level: level, given: levelText)) }
            guard !name.isEmpty else { throw fail(line, CodeListMessages.noName(code)) }
            let parent = parentText.isEmpty ? nil : parentText
            guard parent == classification.parent(of: code) else {
                throw fail(line, CodeListMessages.wrongParent(code, parent: classification.parent(of: code), found: parentText))
            }
            if let parent, entry(parent) == nil { throw fail(line, CodeListMessages.parentNotBefore(parent, of: code)) }
            guard entry(code) == nil else { throw fail(line, CodeListMessages.listedTwice(code)) }
            add(CodeEntry(code: code, name: name, level: level, parent: parent))
        }
    }
}

/// The code lists of one budget year: 支出功能分类 and 支出经济分类.
public struct CodeLists: Hashable, Sendable {
    public var year: Int
    public var function: CodeList
    public var economic: CodeList

    public init(year: Int, function: CodeList, economic: CodeList) {
        self.year = year
        self.function = function
        self.economic = economic
    }

    public func list(_ classification: Classification) -> CodeList {
        switch classification {
        case .function: function
        case .economic: economic
        }
    }
}

/// The code lists of every year in a folder: `<folder>/<year>/function.csv` and `economic.csv`.
/// Read once (they are small) and shared by every document of a batch.
public struct CodeListLibrary: Hashable, Sendable {
    public var directory: String
    public private(set) var years: [Int: CodeLists] = [:]

    public init(lists: [CodeLists], directory: String = "") {
        self.directory = directory
        for lists in lists { years[lists.year] = lists }
    }

    /// Reads every year's lists in `directory`.
    public init(directory: String) throws {
        self.directory = directory
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw DataError(.unreadable, file: directory, location: nil, fieldPath: "", text: CodeListMessages.cannotReadFolder)
        }
        for name in names.sorted() {
            guard let year = Int(name) else { continue }
            let folder = (directory as NSString).appendingPathComponent(name)
            years[year] = CodeLists(
                year: year,
                function: try CodeList(
                    contentsOf: (folder as NSString).appendingPathComponent("function.csv"), classification: .function, year: year),
                economic: try CodeList(
                    contentsOf: (folder as NSString).appendingPathComponent("economic.csv"), classification: .economic, year: year))
        }
    }

    /// The lists for `year`, or nil when none is shipped for it.
    public func lists(for year: Int) -> CodeLists? { years[year] }

    /// Says that `year` has no lists here, and which years have.
    public func missingListsMessage(for year: Int) -> String { missingListsText(for: year).english }

    /// That the code lists of `year` are missing, in each language.
    public func missingListsText(for year: Int) -> LocalizedText {
        TableFindingMessages.noCodeLists(year: year, directory: directory, known: years.keys.sorted())
    }
}
