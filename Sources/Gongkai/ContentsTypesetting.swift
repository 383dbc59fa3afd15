import GongkaiDocument
import GongkaiLayout
import GongkaiModel
import GongkaiTypesetting

extension DocumentComposer {
    /// Composes and typesets `disclosure`; a layout with a table of contents (`{contents: …}`) is typeset
    /// twice, the second time with its entries' page numbers from the first.
    public func typeset(_ disclosure: Disclosure, with typesetter: (Document) throws -> TypesetDocument) throws -> TypesetDocument {
        let document = try compose(disclosure)
        let typeset = try typesetter(document)
        let outline = typeset.pages.flatMap { page in page.outline.map { (level: $0.level, page: page.number) } }
        guard let pages = contentsPages(of: document, outline: outline) else { return typeset }
        return try typesetter(DocumentComposer(layout: layout).compose(disclosure, contentsPages: pages))
    }
}
