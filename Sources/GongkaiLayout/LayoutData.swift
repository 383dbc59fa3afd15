import GongkaiModel

/// A department's data as one layout reads it: the template value of the layout's declared fields and the
/// classified trees of its standard tables, worked out once and shared by the layout's checks
/// (`Layout.findings(in:)`) and its document (`DocumentComposer.compose(_:contentsPages:)`), which would
/// otherwise each build them.
///
/// Not Sendable: one department's work, on one thread.
public final class LayoutData {
    public let disclosure: Disclosure
    public let layout: Layout
    private(set) var classified: ClassifiedData
    private var value: Result<TemplateValue, any Error>?

    public init(_ disclosure: Disclosure, layout: Layout) {
        self.disclosure = disclosure
        self.layout = layout
        classified = ClassifiedData(disclosure: disclosure, library: layout.codeLists, layoutFile: layout.file)
    }

    /// Lets go of the template value and trees made so far (made again if asked for): once a document is
    /// composed they are not needed while it is set, and a long table's are as large as its document tree.
    public func letGoOfDerived() {
        value = nil
        classified = ClassifiedData(disclosure: disclosure, library: layout.codeLists, layoutFile: layout.file)
    }

    /// The template value of the layout's declared fields, made on first use.
    /// - Throws: the `DataError` (or `LayoutError`) making it gave, each time it is asked for.
    func templateValue() throws -> TemplateValue {
        if let value { return try value.get() }
        let made = Result { try disclosure.templateValue(declaring: layout.fields) }
        value = made
        return try made.get()
    }
}
