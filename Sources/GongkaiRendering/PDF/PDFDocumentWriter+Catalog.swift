import GongkaiDocument
import GongkaiPDF
import GongkaiTypesetting

/// What a document's catalog, outline and information dictionary say, from its pages' few numbers.
extension PDFDocumentWriter {
    /// [page /XYZ left top null]: the page at the position, the reader's zoom kept.
    static func destination(page: Int, top: Double?) -> PDFValue {
        .array([.reference(page), .name("XYZ"), .token("0"), top.map(PDFSyntax.number) ?? .token("null"), .token("null")])
    }

    /// What a tagged document's catalog says besides its pages, structure and outline: that it is tagged,
    /// its language, page labels matching the printed numbers, and that readers show its title. (Cairo's
    /// PDFs get the same entries added.)
    static func catalogAdditions(_ document: TypesetDocument, frontMatterPages: Int) -> [PDFEntry] {
        catalogAdditions(
            language: document.metadata.language, firstNumber: document.pages.dropFirst(frontMatterPages).first?.number ?? 1,
            frontMatterPages: frontMatterPages)
    }

    /// The same for a document whose first page after `frontMatterPages` is numbered `firstNumber`.
    static func catalogAdditions(language: String, firstNumber: Int, frontMatterPages: Int) -> [PDFEntry] {
        var nums: [PDFValue] = []
        if frontMatterPages > 0 { nums += [.token("0"), .dictionary(["/S": .name("r")])] }
        nums += [PDFSyntax.integer(frontMatterPages), .dictionary(["/S": .name("D"), "/St": PDFSyntax.integer(firstNumber)])]
        return [
            PDFEntry("/MarkInfo", .dictionary(["/Marked": .token("true")])),
            PDFEntry("/Lang", PDFSyntax.textString(language)),
            PDFEntry("/PageLabels", .dictionary(["/Nums": .array(nums)])),
            PDFEntry("/ViewerPreferences", .dictionary(["/DisplayDocTitle": .token("true")])),
        ]
    }

    static func information(_ metadata: DocumentMetadata, creationDate: String) -> PDFValue {
        var entries: [PDFEntry] = []
        let date = PDFSyntax.date(creationDate)
        for (key, value) in [
            ("/Title", metadata.title), ("/Author", metadata.author), ("/Subject", metadata.subject),
            ("/Keywords", metadata.keywords.joined(separator: ", ")), ("/Creator", "Gongkai"), ("/Producer", "Gongkai"),
            ("/CreationDate", date), ("/ModDate", date),
        ] where !value.isEmpty {
            entries.append(PDFEntry(key, PDFSyntax.textString(value)))
        }
        return .dictionary(entries)
    }

    /// The outline (bookmarks): each heading under the nearest earlier one of a higher level, closed.
    /// - Parameter outlines: each page's height and the headings that start on it.
    static func outline(
        _ outlines: [(height: Double, entries: [OutlineEntry])], pages: [Int], into objects: inout PDFObjectList
    ) -> Int? {
        struct Item {
            var title: String
            var destination: PDFValue
            var parent: Int?
            var children: [Int] = []
        }
        var items: [Item] = []
        var roots: [Int] = []
        var open: [(level: Int, item: Int)] = []
        for (index, page) in outlines.enumerated() {
            for entry in page.entries {
                while let last = open.last, last.level >= entry.level { open.removeLast() }
                let item = items.count
                items.append(
                    Item(
                        title: entry.title, destination: destination(page: pages[index], top: page.height - entry.y),
                        parent: open.last?.item))
                if let parent = open.last?.item { items[parent].children.append(item) } else { roots.append(item) }
                open.append((entry.level, item))
            }
        }
        guard !roots.isEmpty else { return nil }
        let root = objects.reserve()
        let numbers = items.map { _ in objects.reserve() }
        for (index, item) in items.enumerated() {
            let siblings = item.parent.map { items[$0].children } ?? roots
            let position = siblings.firstIndex(of: index) ?? 0
            var entries: [PDFEntry] = [
                PDFEntry("/Title", PDFSyntax.textString(item.title)),
                PDFEntry("/Parent", .reference(item.parent.map { numbers[$0] } ?? root)),
                PDFEntry("/Dest", item.destination),
            ]
            if position > 0 { entries.append(PDFEntry("/Prev", .reference(numbers[siblings[position - 1]]))) }
            if position + 1 < siblings.count {
                entries.append(PDFEntry("/Next", .reference(numbers[siblings[position + 1]])))
            }
            if let first = item.children.first, let last = item.children.last {
                entries.append(PDFEntry("/First", .reference(numbers[first])))
                entries.append(PDFEntry("/Last", .reference(numbers[last])))
                // Closed: a negative count of the children shown when it is opened.
                entries.append(PDFEntry("/Count", PDFSyntax.integer(-item.children.count)))
            }
            objects.set(numbers[index], .dictionary(entries))
        }
        objects.set(
            root,
            .dictionary([
                "/Type": .name("Outlines"), "/First": .reference(numbers[roots[0]]),
                "/Last": .reference(numbers[roots[roots.count - 1]]), "/Count": PDFSyntax.integer(roots.count),
            ]))
        return root
    }
}
