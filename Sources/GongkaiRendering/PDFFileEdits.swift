/// What Cairo 1.16 cannot write, added to its finished PDF: the catalog's /Lang, /PageLabels and
/// /MarkInfo, and the table attributes (/RowSpan, /ColSpan) of structure elements.
extension PDFFile {
    var catalogNumber: Int? {
        guard case .reference(let number) = trailer["/Root"] else { return nil }
        return number
    }

    /// Adds (or replaces) entries of the document catalog, given as dictionary text ("/Lang (zh-CN) /MarkInfo << … >>").
    mutating func addToCatalog(_ entries: String) throws {
        var parser = PDFParser(Array("<< \(entries) >>".utf8))
        guard case .dictionary(let added) = try parser.value() else { throw parser.failure("not dictionary entries") }
        try addToCatalog(added)
    }

    /// Adds (or replaces) entries of the document catalog.
    mutating func addToCatalog(_ entries: [PDFEntry]) throws {
        guard let root = catalogNumber, var catalog = objects[root] else {
            throw PDFParser.Failure(description: "the PDF has no catalog")
        }
        for entry in entries { catalog.value.set(String(decoding: entry.key, as: UTF8.self), to: entry.value) }
        objects[root] = catalog
    }

    /// Gives the table cells of the structure tree (TH and TD, in tree order, which is the order they were
    /// tagged in) their row and column spans, where a span is more than one.
    mutating func setCellSpans(_ spans: [(rows: Int, columns: Int)]) {
        guard spans.contains(where: { $0.rows > 1 || $0.columns > 1 }), let root = catalogNumber,
            case .reference(let tree) = objects[root]?.value["/StructTreeRoot"]
        else { return }
        var cells: [Int] = []
        var visited: Set<Int> = []
        // Depth first, children in /K order; a cycle in a broken tree is walked once.
        func walk(_ number: Int) {
            guard visited.insert(number).inserted, let element = objects[number]?.value else { return }
            if let role = element["/S"]?.name, role == "TH" || role == "TD" { cells.append(number) }
            for child in Self.children(element) { walk(child) }
        }
        if let treeRoot = objects[tree]?.value {
            visited.insert(tree)
            for child in Self.children(treeRoot) { walk(child) }
        }
        for (number, span) in zip(cells, spans) where span.rows > 1 || span.columns > 1 {
            var attributes: [PDFEntry] = [PDFEntry(key: Array("/O".utf8), value: .token("/Table"))]
            if span.rows > 1 { attributes.append(PDFEntry(key: Array("/RowSpan".utf8), value: .token("\(span.rows)"))) }
            if span.columns > 1 { attributes.append(PDFEntry(key: Array("/ColSpan".utf8), value: .token("\(span.columns)"))) }
            objects[number]?.value.set("/A", to: .dictionary(attributes))
        }
    }

    /// The object numbers a structure element's /K refers to (its children), not those inside nested
    /// dictionaries (marked-content references name their page).
    static func children(_ element: PDFValue) -> [Int] {
        switch element["/K"] {
        case .reference(let number): return [number]
        case .array(let kids):
            return kids.compactMap { kid in
                guard case .reference(let number) = kid else { return nil }
                return number
            }
        default: return []
        }
    }
}
