import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs XMLParser over one part of a workbook, turning a parse failure into `ImportError.malformedPart`.
enum OOXMLPart {
    /// Parses the part streamed by `stream` with `delegate`; `part` and `file` name the place in errors.
    ///
    /// The part is read in chunks (see `ZIPEntryStream`), so a part of any size parses in little memory.
    /// - Throws: the error the delegate stopped with, or `ImportError.malformedPart`.
    static func parse(_ stream: ZIPEntryStream, part: String, file: String, delegate: some OOXMLPartDelegate) throws {
        let parser = XMLParser(stream: stream)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        delegate.currentParser = parser
        let succeeded = parser.parse()
        // The inflating thread is stopped and waited for before anything is reported.
        if let failure = stream.finish() {
            let reason = failure is UTF8Check.Invalid ? "\(failure)" : "cannot be extracted (\(failure))"
            throw ImportError.malformedPart(file: file, part: part, reason: reason)
        }
        if let error = delegate.stopError {
            throw error
        }
        if let failure = delegate.failure {
            throw ImportError.malformedPart(file: file, part: part, reason: failure)
        }
        if !succeeded {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed XML"
            throw ImportError.malformedPart(file: file, part: part, reason: "line \(parser.lineNumber): \(reason)")
        }
        // swift-corelibs-foundation's XMLParser reports success for a truncated document, so check the
        // element structure ourselves: a part cut short (a damaged download) must not read as a short table.
        if !delegate.sawElement || delegate.openElements != 0 {
            throw ImportError.malformedPart(
                file: file, part: part, reason: "the XML ends before its elements are closed (truncated?)")
        }
    }
}

/// The base of the part readers: receives XMLParser's events and hands its subclasses local names.
///
/// Subclasses override `start`, `end` and `text` rather than the XMLParserDelegate methods: outside
/// Objective-C, a protocol method a subclass adds is not seen through the base class's conformance.
class OOXMLPartDelegate: NSObject, XMLParserDelegate {
    /// What is wrong, once the delegate has stopped the parser.
    private(set) var failure: String?
    /// The error to report as it is, once the delegate has stopped the parser with `stop(with:)`.
    private(set) var stopError: ImportError?
    /// Whether the delegate has stopped the parser, by `fail` or `stop(with:)`: later events are ignored.
    private var isStopped: Bool { failure != nil || stopError != nil }
    /// The parser the delegate serves, set once by `OOXMLPart.parse` (not on every event: a weak store per
    /// element cost 7% of a large sheet's reading).
    weak var currentParser: XMLParser?
    /// How many elements are open, and whether there was any: to detect truncated parts.
    private(set) var openElements = 0
    private(set) var sawElement = false

    /// An element opened; `name` is its local name and `attributes` are keyed by local name (`r:id` → `id`).
    func start(_ name: Substring, attributes: [String: String]) {}

    /// An element closed.
    func end(_ name: Substring) {}

    /// Character data, whether reported as text, ignorable whitespace or CDATA.
    func text(_ string: String) {}

    /// Records `reason` with the current line and stops parsing.
    final func fail(_ reason: String) {
        guard !isStopped else { return }
        failure = "line \(currentParser?.lineNumber ?? 0): \(reason)"
        currentParser?.abortParsing()
    }

    /// Stops parsing with `error`, which is reported as it is (a problem of the content, not of the XML).
    final func stop(with error: ImportError) {
        guard !isStopped else { return }
        stopError = error
        currentParser?.abortParsing()
    }

    final func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        openElements += 1
        sawElement = true
        guard !isStopped else { return }
        var local: [String: String] = [:]
        for (name, value) in attributes where !name.hasPrefix("xmlns") {
            local[String(OOXMLText.localName(name))] = value
        }
        start(OOXMLText.localName(elementName), attributes: local)
    }

    final func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        openElements -= 1
        guard !isStopped else { return }
        end(OOXMLText.localName(elementName))
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !isStopped else { return }
        text(string)
    }

    // A cell holding only spaces is still text; some XMLParser versions report it as ignorable whitespace.
    final func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        guard !isStopped else { return }
        text(whitespaceString)
    }

    final func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) {
        guard !isStopped else { return }
        text(String(decoding: cdataBlock, as: UTF8.self))
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

    override func start(_ name: Substring, attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
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

    override func start(_ name: Substring, attributes: [String: String]) {
        guard name == "sheet" else { return }
        guard let sheetName = attributes["name"], let id = attributes["id"] else {
            return fail("a <sheet> lacks its name or r:id")
        }
        sheets.append((sheetName, id))
    }
}

/// Reads `xl/sharedStrings.xml`: one string per `<si>`, the concatenation of its `<t>` runs.
final class SharedStringsParser: OOXMLPartDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    // Phonetic guides (<rPh>, e.g. furigana) also hold <t> elements that are not part of the cell's text.
    private var phoneticDepth = 0

    override func start(_ name: Substring, attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "si": strings.append(OOXMLText.unescape(current))
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { current += string }
    }
}
