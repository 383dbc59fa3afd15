import Foundation
import GongkaiDocument
import GongkaiLayout
import GongkaiTypesetting

/// One PDF of many departments (汇编): a cover, a table of contents with page numbers, then every
/// department with page numbers running on, a bookmark per department with its sections below it.
/// The cover and contents are unnumbered (labelled i, ii, … in the PDF).
public struct Volume {
    /// The cover's title, e.g. "2024年部门预算信息公开汇编".
    public var title: String
    public var fontConfiguration: String

    public init(title: String, fontConfiguration: String) {
        self.title = title
        self.fontConfiguration = fontConfiguration
    }

    /// Typesets the departments in order and writes the volume to `path` (atomically).
    /// - Returns: each department's first printed page number, in order, for the contents.
    @discardableResult
    public func write(_ departments: [(disclosure: Disclosure, layout: Layout)], to path: String) throws -> [Int] {
        guard let first = departments.first else { throw BatchFailure("a volume needs at least one department") }
        let renderer = try DisclosureRenderer(fontConfiguration: fontConfiguration)
        let typesetter = Typesetter(measurer: renderer.pages.measurer)

        var body: [Page] = []
        var starts: [Int] = []
        for (disclosure, layout) in departments {
            let typeset = try DocumentComposer(layout: layout).typeset(disclosure) {
                try typesetter.typeset($0, firstPageNumber: body.count + 1)
            }
            starts.append(body.count + 1)
            var pages = typeset.pages
            // The department is a level-1 bookmark; its own headings nest below it.
            for index in pages.indices {
                pages[index].outline = pages[index].outline.map { OutlineEntry(level: $0.level + 1, title: $0.title, y: $0.y) }
            }
            pages[0].outline.insert(
                OutlineEntry(level: 1, title: "\(disclosure.department.code) \(disclosure.department.name)", y: 0), at: 0)
            body += pages
        }

        let layout = first.layout
        // The contents link each entry to its department's first page: the front matter's length is
        // known only once it is set, so set it twice.
        var front = try typesetter.typeset(frontMatter(departments.map(\.disclosure), starts: starts, layout: layout, offset: 0))
        front = try typesetter.typeset(
            frontMatter(departments.map(\.disclosure), starts: starts, layout: layout, offset: front.pages.count))
        let metadata = DocumentMetadata(title: title, author: "", subject: title, keywords: ["部门预算", "汇编"], language: "zh-CN")
        let volume = TypesetDocument(metadata: metadata, pages: front.pages + body, warnings: front.warnings)
        let date = DisclosureRenderer.defaultCreationDate(year: first.disclosure.year)
        try AtomicFile.write(to: path) { temporary in
            try renderer.pages.writePDF(volume, to: temporary, creationDate: date, frontMatterPages: front.pages.count)
        }
        return starts
    }

    /// The cover and the contents, in the first department's layout's styles, without page numbers.
    /// - Parameter offset: pages before the first department's page (cover and contents), for the links.
    private func frontMatter(_ disclosures: [Disclosure], starts: [Int], layout: Layout, offset: Int) -> Document {
        let body = layout.styles["body"] ?? ParagraphStyle(text: TextStyle(font: FontSpec(families: ["Noto Serif CJK SC"]), size: 16), lineHeight: 28)
        let titleStyle = layout.styles["title"] ?? body
        let cover = titleStyle
        var entry = body
        entry.firstLineIndent = 0
        entry.gridAdvance = nil
        entry.alignment = .left
        let rows = zip(disclosures, starts).map { disclosure, start in
            [
                TableCell("\(disclosure.department.code)  \(disclosure.department.name)", link: .page(offset + start)),
                TableCell(String(start), alignment: .right, link: .page(offset + start)),
            ]
        }
        var style = TableStyle(body: entry, header: entry, caption: entry, padding: 2, ruleWidth: 0, verticalAlignment: .top)
        style.continuationMark = ""
        let contents = Table(
            name: "contents", caption: nil,
            columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fixed(4 * body.text.size), alignment: .right)],
            headerRows: [], bodyRows: rows, style: style)
        return Document(
            metadata: DocumentMetadata(title: title, author: ""), page: layout.page, header: nil, pageNumber: nil,
            blocks: [
                .spacer(layout.page.contentHeight / 3), .paragraph(Paragraph(title, style: cover, role: .title)), .pageBreak,
                .paragraph(Paragraph("目　　录", style: titleStyle, role: .title)), .table(contents),
            ])
    }
}
