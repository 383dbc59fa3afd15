import Foundation
import GongkaiMessages

// Decoding of the optional details (DisclosureDetails.swift); names follow docs/data-format.md.

extension TripSplit {
    /// The split from `trips`, or nil when none of its four counts is given (a count left out of a split
    /// that is given is 0).
    init?(_ trips: NodeReader) throws {
        let keys = ["own_groups", "own_people", "joined_groups", "joined_people"]
        let given = try keys.map { try trips.optional($0) != nil }
        guard given.contains(true) else { return nil }
        let counts = try keys.enumerated().map { index, key in given[index] ? try trips.count(key) : 0 }
        self.init(ownGroups: counts[0], ownPeople: counts[1], joinedGroups: counts[2], joinedPeople: counts[3])
    }
}

extension CustomTable {
    init(_ r: NodeReader) throws {
        _ = try r.mapping(allowing: ["section", "title", "header", "rows", "notes"])
        section = try r.text("section")
        title = try r.text("title")
        header = try r.list("header").map { try $0.elements().map { try $0.text() } }
        rows = try r.optionalList("rows").map { try $0.elements().map { try Self.cell($0) } }
        notes = try r.optionalList("notes").map { try $0.text() }
        guard !header.isEmpty, header.allSatisfy({ !$0.isEmpty }) else {
            throw r.error(.invalidValue, ModelMessages.tableNeedsHeader, path: r.path + ".header")
        }
    }

    /// A cell: text as written; a blank cell is empty.
    private static func cell(_ node: NodeReader) throws -> String {
        if case .scalar(let scalar) = node.node, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
            return ""
        }
        return try node.text()
    }
}

extension Disclosure {
    /// `table_notes`: a note per table, by the table's name in the layout.
    static func tableNotes(_ node: NodeReader?) throws -> [String: String] {
        guard let node else { return [:] }
        guard let mapping = node.node.mapping else {
            throw node.error(.wrongType, ModelMessages.expectedTableNotes)
        }
        var notes: [String: String] = [:]
        for key in mapping.keys {
            guard let name = key.string else { throw node.error(.wrongType, ModelMessages.tableNamesMustBeText) }
            notes[name] = try node.text(name)
        }
        return notes
    }
}
