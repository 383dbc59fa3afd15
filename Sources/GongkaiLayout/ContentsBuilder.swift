import Foundation
import GongkaiDocument
import GongkaiMessages
import GongkaiModel

/// `{contents: 2, styles: [toc_part, toc_item]}`: a table of contents (目录) of the headings that follow it,
/// down to a level, each with the number of the page it is on. The page numbers are known only once the
/// document is typeset: `DocumentComposer.typeset` (module Gongkai) typesets it a second time with them (the entries keep
/// their lines, the numbers sit in a column of fixed width, so the pages come out the same).
public struct ContentsElement: Sendable {
    /// The deepest heading level listed.
    public var levels: Int
    /// The entries' styles by level (the last serves deeper levels).
    public var styles: [String]
    /// Characters leading from an entry to its page number (……), if any.
    public var leader: String?
    public var location: SourceLocation?
}

extension DocumentComposer {
    /// The table's name, by which the composed document's placeholder is found.
    static let contentsName = "contents"

    /// The document's contents element, if its layout has one (at the top level of `content`).
    var contents: ContentsElement? {
        for element in layout.content { if case .contents(let contents) = element { return contents } }
        return nil
    }

    /// Replaces the contents placeholder by the table of the headings after it, with `pages` (one printed
    /// page number per entry) or blank numbers.
    func fillContents(_ blocks: inout [Block], pages: [Int]?) throws {
        guard let contents, let index = blocks.firstIndex(where: Self.isContents) else { return }
        let entries = Self.headings(in: blocks[(index + 1)...], levels: contents.levels)
        let styles = try contents.styles.map { name -> ParagraphStyle in
            guard let style = layout.styles[name] else {
                throw LayoutError(file: layout.file, location: contents.location, text: LayoutMessages.noStyle(name))
            }
            return style
        }
        guard let first = styles.first else { return }
        let numberWidth = 1.8 * first.text.size  // three digits
        let padding = 1.0
        var table = Table(
            name: Self.contentsName, caption: nil,
            columns: [TableColumn(width: .fraction(1)), TableColumn(width: .fixed(numberWidth), alignment: .right)],
            headerRows: [],
            bodyRows: entries.enumerated().map { row, entry in
                let number = pages.flatMap { $0.indices.contains(row) ? String($0[row]) : nil } ?? ""
                let style = styles[min(entry.level, styles.count) - 1]
                let indent = style.leftIndent + style.firstLineIndent
                let width = layout.page.contentWidth - numberWidth - 4 * padding - indent
                let title = entry.title + (contents.leader.map { Self.leader($0, after: entry.title, width: width, size: style.text.size) } ?? "")
                return [TableCell(title, indent: indent), TableCell(number, alignment: .right)]
            },
            style: TableStyle(body: first, header: first, caption: first, padding: padding, ruleWidth: 0, verticalAlignment: .top))
        table.style.continuationMark = ""
        for (row, entry) in entries.enumerated() {
            table.rowStyles[row] = styles[min(entry.level, styles.count) - 1]
        }
        blocks[index] = .table(table)
    }

    /// A leader that fills `width` after `title` to within about an em, never past it: the composer does
    /// not measure text, so the title's width is estimated on the safe side (an ideograph or full-width
    /// mark one em, a Latin letter or digit 0.6 em, a quarter em where Latin meets ideographs) and the
    /// leader stops a third of an em to an em and a third short. The page number's column takes the rest.
    static func leader(_ mark: String, after title: String, width: Double, size: Double) -> String {
        var ems = 0.0
        var previousIsLatin: Bool?
        for character in title {
            let isLatin = character.isASCII
            ems += isLatin ? 0.6 : 1
            if let previous = previousIsLatin, previous != isLatin, !character.isWhitespace { ems += 0.25 }
            previousIsLatin = isLatin
        }
        let count = Int((width / size - ems - 0.3).rounded(.down))
        return count > 1 ? String(repeating: mark, count: count) : ""
    }

    static func isContents(_ block: Block) -> Bool {
        if case .table(let table) = block { return table.name == contentsName }
        return false
    }

    private static func headings(in blocks: ArraySlice<Block>, levels: Int) -> [(level: Int, title: String)] {
        blocks.compactMap { block in
            guard case .paragraph(let paragraph) = block, case .heading(let level) = paragraph.role, level <= levels else { return nil }
            return (level, paragraph.plainText)
        }
    }

    /// The printed page numbers of the contents' entries in `document`, from the outline of its typeset
    /// pages (every heading's level and page, in order); nil when the document has no contents.
    public func contentsPages(of document: Document, outline: [(level: Int, page: Int)]) -> [Int]? {
        guard let contents, let index = document.blocks.firstIndex(where: Self.isContents) else { return nil }
        // The outline lists every heading in order: those before the contents are not its entries.
        let before = Self.headings(in: document.blocks[..<index], levels: contents.levels).count
        return Array(outline.filter { $0.level <= contents.levels }.map(\.page).dropFirst(before))
    }
}
