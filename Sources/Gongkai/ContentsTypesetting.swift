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

    /// The document of `disclosure` as it is to be written page by page: with a table of contents, its
    /// entries' page numbers come from a first setting that keeps nothing of its pages but their outline
    /// entries, so that a streamed document is still set in the memory of a few pages.
    func composeForStreaming(_ data: LayoutData, typesetter: Typesetter) throws -> Document {
        let document = try compose(data)
        // What the data's template value and trees hold is in the document now: not kept while it is set.
        data.letGoOfDerived()
        // Without a contents element there is nothing to number.
        guard contentsPages(of: document, outline: []) != nil else { return document }
        var outline: [(level: Int, page: Int)] = []
        _ = try typesetter.typeset(document) { page in outline += page.outline.map { (level: $0.level, page: page.number) } }
        guard let pages = contentsPages(of: document, outline: outline) else { return document }
        defer { data.letGoOfDerived() }
        return try DocumentComposer(layout: layout).compose(data, contentsPages: pages)
    }
}
