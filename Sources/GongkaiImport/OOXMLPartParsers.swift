import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs XMLParser over one part of a workbook, turning a parse failure into `ImportError.malformedPart`.
enum OOXMLPart {
    /// Parses `data` with `delegate`; `part` and `file` name the place in errors.
    static func parse(_ data: Data, part: String, file: String, delegate: some OOXMLPartDelegate) throws {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let succeeded = parser.parse()
        if let failure = delegate.failure {
            throw ImportError.malformedPart(file: file, part: part, reason: failure)
        }
        if !succeeded {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed XML"
            throw ImportError.malformedPart(file: file, part: part, reason: "line \(parser.lineNumber): \(reason)")
        }
    }
}

/// A delegate that can report a problem it found in well-formed XML (a bad reference, a missing attribute).
class OOXMLPartDelegate: NSObject, XMLParserDelegate {
    /// What is wrong, once the delegate has stopped the parser.
    private(set) var failure: String?

    /// Records `reason` and stops parsing.
    func fail(_ parser: XMLParser, _ reason: String) {
        if failure == nil { failure = "line \(parser.lineNumber): \(reason)" }
        parser.abortParsing()
    }

    /// Attributes by local name, so that `r:id` is found as `id` whatever the prefix.
    static func localAttributes(_ attributes: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in attributes where !name.hasPrefix("xmlns") {
            result[String(OOXMLText.localName(name))] = value
        }
        return result
    }
}

/// One `<Relationship>` of a `.rels` part.
struct OOXMLRelationship: Hashable, Sendable {
    /// The relationship id, e.g. `rId1`.
    var id: String
    /// The relationship type URI; only its last path component matters to us (`worksheet`, `sharedStrings`).
    var type: String
    /// The target as written, relative to the source part's folder unless it starts with `/`.
    var target: String
    /// Whether the target lies outside the package (a hyperlink); such targets are never parts.
    var isExternal: Bool

    /// The last component of the type URI, e.g. `worksheet`.
    var kind: Substring { type.split(separator: "/").last ?? "" }
}

/// Reads a `.rels` part into its relationships.
final class RelationshipsParser: OOXMLPartDelegate {
    private(set) var relationships: [OOXMLRelationship] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        guard OOXMLText.localName(elementName) == "Relationship" else { return }
        let attributes = Self.localAttributes(attributes)
        guard let id = attributes["Id"], let target = attributes["Target"] else { return }
        relationships.append(
            OOXMLRelationship(
                id: id, type: attributes["Type"] ?? "", target: target,
                isExternal: attributes["TargetMode"] == "External"))
    }
}

/// Reads `xl/workbook.xml` into its sheets, in tab order.
final class WorkbookParser: OOXMLPartDelegate {
    /// Each sheet's name and the relationship id of its part.
    private(set) var sheets: [(name: String, relationshipID: String)] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        guard OOXMLText.localName(elementName) == "sheet" else { return }
        let attributes = Self.localAttributes(attributes)
        guard let name = attributes["name"], let id = attributes["id"] else {
            fail(parser, "a <sheet> lacks its name or r:id")
            return
        }
        sheets.append((name, id))
    }
}

/// Reads `xl/sharedStrings.xml`: one string per `<si>`, the concatenation of its `<t>` runs.
final class SharedStringsParser: OOXMLPartDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    // Phonetic guides (<rPh>, e.g. furigana) also hold <t> elements that are not part of the cell's text.
    private var phoneticDepth = 0

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch OOXMLText.localName(elementName) {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch OOXMLText.localName(elementName) {
        case "si": strings.append(OOXMLText.unescape(current))
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    // A cell holding only spaces is still text; some XMLParser versions report it as ignorable whitespace.
    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if inText { current += whitespaceString }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if inText { current += String(decoding: CDATABlock, as: UTF8.self) }
    }
}
