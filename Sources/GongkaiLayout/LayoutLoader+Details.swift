import Foundation
import GongkaiMessages
import GongkaiModel

/// `when`: content printed only when a field of the data is given — not left out, not empty text, not an
/// empty list — and `otherwise` content when it is not.
public struct WhenElement: Sendable {
    public var path: [Substring]
    public var location: SourceLocation?
    public var content: [ContentElement]
    public var otherwise: [ContentElement]
}

extension LayoutReader {
    /// The keys a content element may have.
    static let elementKeys = [
        "paragraph", "heading", "level", "style", "each", "numbering", "content", "hanging", "table", "page_break",
        "when", "otherwise", "custom_tables", "like", "contents", "styles", "leader",
    ]

    /// A `when` element (`{when: operating_costs.previous_amount, content: [...], otherwise: [...]}`) or a
    /// `custom_tables` anchor (`{custom_tables: "九", like: organization}`: the department's tables of that
    /// section, in the styles of the layout's table `organization`); nil for any other element.
    func readDetailElement(_ r: NodeReader) throws -> ContentElement? {
        if let when = try r.optional("when") {
            return .when(
                WhenElement(
                    path: try Template.path(try when.text(), in: when, file: root.file), location: when.location(),
                    content: try r.list("content").map { try readElement($0) },
                    otherwise: try r.optionalList("otherwise").map { try readElement($0) }))
        }
        if let contents = try r.optional("contents") {
            let styles = try r.texts("styles")
            for (index, name) in styles.enumerated() where self.styles[name] == nil {
                throw try r.list("styles")[index].error(.invalidValue, LayoutMessages.noStyle(name))
            }
            guard !styles.isEmpty else { throw try r.required("styles").error(.invalidValue, LayoutMessages.nameAStyle) }
            return .contents(ContentsElement(
                levels: try contents.integer(), styles: styles, leader: try r.optionalText("leader"), location: contents.location()))
        }
        if let section = try r.optional("custom_tables") {
            return .customTables(section: try section.text(), like: try r.text("like"), location: section.location())
        }
        return nil
    }
}

extension TemplateValue {
    /// Whether a `when` prints its content for this value: given, and not empty text or an empty list.
    var isGiven: Bool {
        switch self {
        case .absent: false
        case .text(let text): !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .list(let list): !list.isEmpty
        case .amount, .integer, .record: true
        }
    }
}
