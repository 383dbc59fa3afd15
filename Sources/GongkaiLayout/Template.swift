import Foundation
import GongkaiMessages
import GongkaiModel

/// Text from a layout with placeholders: `{path}`, `{path|format}` and `{phrase(current, previous)}`.
/// `{{` and `}}` stand for literal braces. Values are inserted as plain text and never parsed again,
/// so data that looks like a placeholder or markup is printed as it is.
///
/// Formats: none (amounts as the layout's `numbers.text` says), `table` (as `numbers.table` says),
/// `plain` (as the data gave it: 273.87), `fixed2` (two decimals: 26.03), `chinese` (一, 二, 十二).
public struct Template: Hashable, Sendable {
    enum Segment: Hashable, Sendable {
        case literal(String)
        case value(path: [Substring], format: String?)
        case phrase(name: String, current: [Substring], previous: [Substring])
    }

    /// The template's text as written in the layout.
    public let source: String
    /// Where it was written.
    public let location: SourceLocation?
    let segments: [Segment]

    public init(_ source: String, location: SourceLocation?, file: String = "layout") throws {
        self.source = source
        self.location = location
        func fail(_ what: LocalizedText) -> LayoutError {
            LayoutError(file: file, location: location, text: TemplateMessages.inTemplate(what, source))
        }
        segments = try Self.scannedSegments(source, fail: fail)
    }

    static func parse(_ expression: String, fail: (LocalizedText) -> LayoutError) throws -> Segment {
        let trimmed = expression.trimmingWhitespace
        if let segment = try asciiSegment(trimmed, expression: expression, fail: fail) { return segment }
        func path(_ text: Substring) throws -> [Substring] {
            let parts = String(text).trimmingWhitespace.split(separator: ".", omittingEmptySubsequences: false)
            guard !parts.isEmpty,
                parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } })
            else { throw fail(TemplateMessages.malformedPlaceholder(expression)) }
            return parts
        }
        if let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") {
            let name = String(trimmed[..<open]).trimmingWhitespace
            let arguments = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
                .split(separator: ",")
            guard !name.isEmpty, arguments.count == 2 else {
                throw fail(TemplateMessages.phraseTakesTwoFields(expression))
            }
            return .phrase(name: name, current: try path(arguments[0]), previous: try path(arguments[1]))
        }
        let pieces = trimmed.split(separator: "|", maxSplits: 1)
        guard let first = pieces.first else { throw fail(TemplateMessages.emptyPlaceholder) }
        let format = pieces.count > 1 ? String(pieces[1]).trimmingWhitespace : nil
        if let format, !["plain", "fixed2", "chinese", "table"].contains(format) {
            throw fail(TemplateMessages.unknownFormat(format))
        }
        return .value(path: try path(first), format: format)
    }
}

/// Values visible to a template: innermost scope first (the element of an `each`), then the model.
struct TemplateScope {
    var frames: [TemplateValue]

    func lookup(_ path: [Substring]) -> TemplateValue? {
        for frame in frames.reversed() {
            if let value = frame.value(at: path) { return value }
        }
        return nil
    }

    func pushing(_ frame: TemplateValue) -> TemplateScope {
        TemplateScope(frames: frames + [frame])
    }
}
