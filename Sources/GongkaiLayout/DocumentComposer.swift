import Foundation
import GongkaiDocument
import GongkaiMessages
import GongkaiModel

/// Applies a layout to a department's data: fills the boilerplate, numbers the lists, builds the tables,
/// and returns the document tree for the typesetter.
public struct DocumentComposer {
    public let layout: Layout
    let renderer: TemplateRenderer
    /// Numbers the lists, so that the items of one `each` are tagged as one list.
    private let lists = Counter()

    public init(layout: Layout) {
        self.layout = layout
        self.renderer = TemplateRenderer(
            phrases: layout.phrases, file: layout.file, textNumbers: layout.textNumbers, tableNumbers: layout.tableNumbers)
    }

    /// The document for `disclosure`.
    /// - Throws: `LayoutError` when a template names a field the model does not have; `DataError` when a
    ///   standard table's line has a code the code lists do not know.
    /// - Parameter contentsPages: the printed page numbers of the contents' entries, if known (`typeset`).
    public func compose(_ disclosure: Disclosure, contentsPages: [Int]? = nil) throws -> Document {
        try compose(LayoutData(disclosure, layout: layout), contentsPages: contentsPages)
    }

    /// The document of `data`, read with this composer's layout (what its checks were worked out from).
    public func compose(_ data: LayoutData, contentsPages: [Int]? = nil) throws -> Document {
        let disclosure = data.disclosure
        let scope = TemplateScope(frames: [try data.templateValue()])
        let tables = TableBuilder(renderer: renderer, styles: layout.styles, classified: data.classified)
        var blocks = try compose(layout.content, in: scope, tables: tables)
        try fillContents(&blocks, pages: contentsPages)
        let header = try layout.runningHeader.map { template in
            RunningHeader(
                left: try renderer.render(template.left, in: scope), right: try renderer.render(template.right, in: scope),
                text: template.style, distanceAboveTypeArea: template.distanceAboveTypeArea,
                ruleWidth: template.ruleWidth, skipFirstPage: template.skipFirstPage, paragraphStyle: template.paragraphStyle)
        }
        let metadata = DocumentMetadata(
            title: try renderer.render(layout.metadata.title, in: scope), author: disclosure.department.name,
            subject: try renderer.render(layout.metadata.subject, in: scope),
            keywords: try layout.metadata.keywords.map { try renderer.render($0, in: scope) })
        return Document(
            metadata: metadata, page: layout.page, header: header, pageNumber: layout.pageNumber, blocks: blocks)
    }

    private func compose(_ elements: [ContentElement], in scope: TemplateScope, tables: TableBuilder) throws -> [Block] {
        var blocks: [Block] = []
        for element in elements {
            switch element {
            case .pageBreak:
                blocks.append(.pageBreak)
            case .contents:
                // A placeholder, filled once the headings after it are composed (`fillContents`).
                blocks.append(.table(Table(name: Self.contentsName, caption: nil, columns: [], headerRows: [], bodyRows: [], style: TableStyle(
                    body: try style("body"), header: try style("body"), caption: try style("body")))))
            case let .paragraph(template, styleName, role):
                let text = try renderer.render(template, in: scope)
                blocks.append(.paragraph(Paragraph(text, style: try style(styleName), role: role)))
            case .each(let each):
                blocks += try compose(each, in: scope, tables: tables)
            case let .table(name, location):
                guard let definition = layout.tables[name] else {
                    throw LayoutError(file: layout.file, location: location, text: LayoutMessages.noTable(name))
                }
                var table = try tables.blocks(for: definition, in: scope)
                // The department's note under this table (`table_notes`), if it gives one.
                if case .text(let note)? = scope.lookup(["table_notes", Substring(name)]), !note.isEmpty {
                    table.append(.paragraph(Paragraph(note, style: definition.noteStyle.flatMap { layout.styles[$0] } ?? definition.style.caption)))
                }
                // A landscape table gets pages of its own, set across the portrait sheet (GB/T 9704); the
                // upright pages resume after it.
                if definition.landscape {
                    blocks += [.pageSetup(layout.page.turned)] + table + [.pageSetup(layout.page)]
                } else {
                    blocks += (definition.newPage ? [.pageBreak] : []) + table
                }
            case .when(let when):
                let given = scope.lookup(when.path)?.isGiven ?? false
                blocks += try compose(given ? when.content : when.otherwise, in: scope, tables: tables)
            case let .customTables(section, like, location):
                guard let definition = layout.tables[like] else {
                    throw LayoutError(file: layout.file, location: location, text: LayoutMessages.noTable(like))
                }
                blocks += CustomTableBuilder(definition: definition, styles: layout.styles).blocks(section: section, in: scope)
            }
        }
        return blocks
    }

    private func compose(_ each: EachElement, in scope: TemplateScope, tables: TableBuilder) throws -> [Block] {
        guard let value = scope.lookup(each.path) else {
            throw LayoutError(
                file: layout.file, location: each.location,
                text: LayoutCheckMessages.eachUnknownField(each.path.joined(separator: ".")))
        }
        guard case .list(let elements) = value else {
            throw LayoutError(
                file: layout.file, location: each.location,
                text: LayoutCheckMessages.eachCannotWalk(each.path.joined(separator: ".")))
        }
        var blocks: [Block] = []
        // An `each` without a paragraph of its own (its content says everything) is no list.
        let role: ParagraphRole = each.role == .body && each.paragraph != nil ? .listItem(list: lists.next()) : each.role
        for (index, element) in elements.enumerated() {
            // The element's own fields, `n`, and `number`.
            var fields = element.elementFields(index: index)
            var inner = scope.pushing(.record(fields))
            var number = ""
            if case .text(let label)? = fields["label"] {
                number = label
            } else if let numbering = each.numbering {
                number = try renderer.render(numbering, in: inner)
            }
            fields["number"] = .text(number)
            inner = scope.pushing(.record(fields))
            if let template = each.paragraph {
                let paragraphStyle = try style(each.style)
                var paragraph = Paragraph(try renderer.render(template, in: inner), style: paragraphStyle, role: role)
                if each.hangingNumber { paragraph.hangingLabel = Span(number, style: paragraphStyle.text) }
                blocks.append(.paragraph(paragraph))
            }
            blocks += try compose(each.content, in: inner, tables: tables)
        }
        return blocks
    }

    private func style(_ name: String) throws -> ParagraphStyle {
        // Names were checked when the layout was read; a layout built in code may still lack one.
        guard let style = layout.styles[name] else {
            throw LayoutError(file: layout.file, location: nil, text: LayoutMessages.noStyle(name))
        }
        return style
    }
}

/// A counter shared by the copies of a composer.
private final class Counter: @unchecked Sendable {
    private var value = 0
    func next() -> Int {
        value += 1
        return value
    }
}
