import Foundation
import GongkaiDocument
import GongkaiTypesetting

/// What a page draws, as text: one line per text run and per rule, in drawing order, positions in points
/// from the page's top-left corner rounded to 0.01 pt. Stored beside each reference image as
/// `page-NNN.txt`, it catches what pixels at a tolerance cannot: one changed digit or punctuation mark.
///
/// ```
/// # gongkai page record 1
/// page width=595.28 height=841.89
/// text x=90.00 y=120.50 w=96.00 font="FangSong,Noto Serif CJK SC" size=16.00 weight=regular at="0.00 16.00*5" "全年不低于3次"
/// rule x1=90.00 y1=200.00 x2=505.28 y2=200.00 w=0.50
/// ```
///
/// A page set across (a wide table) records its turned content first, after a `turned` line with the turn
/// and the frame's size, in the frame's coordinates; then an `upright` line and the running header and
/// page number in the sheet's:
///
/// ```
/// page width=595.28 height=841.89
/// turned turn=counterclockwise width=841.89 height=595.28
/// text x=99.21 y=120.50 … "表二　2023年部门收入总表"
/// upright
/// text x=79.37 y=781.24 … "20"
/// ```
///
/// A text line gives the run's origin (the left end of its baseline), its width, its style (the font
/// chain as asked for, size, weight) and `at`, where each character is set: the first character's offset
/// from the origin, then the steps from one character to the next (`16.00*5`: five steps of 16 points).
/// Stored in points, not pixels, a record is the same at any resolution.
public struct PageRecord: Hashable, Sendable {
    /// The first line of every record; a record with another first line is of another format.
    public static let header = "# gongkai page record 1"

    /// The page's lines, without the header.
    public var lines: [RecordLine]

    public init(lines: [RecordLine]) {
        self.lines = lines
    }

    /// The record of what `page` draws.
    public init(_ page: Page) {
        var lines = [RecordLine(kind: "page", fields: [.init("width", Self.points(page.width)), .init("height", Self.points(page.height))])]
        if let frame = page.turned {
            lines.append(
                RecordLine(
                    kind: "turned",
                    fields: [
                        .init("turn", frame.turn.rawValue), .init("width", Self.points(frame.width)),
                        .init("height", Self.points(frame.height)),
                    ]))
            lines += frame.items.map(Self.line)
            lines.append(RecordLine(kind: "upright", fields: []))
        }
        lines += page.items.map(Self.line)
        self.lines = lines
    }

    static func line(_ item: PageItem) -> RecordLine {
        switch item {
        case .text(let run): line(run)
        case .rule(let rule): line(rule)
        }
    }

    /// The record as a file's contents, ending with a newline.
    public var contents: String {
        ([Self.header] + lines.map(\.formatted)).joined(separator: "\n") + "\n"
    }

    /// Reads a record's contents; nil when they are not a record of this format.
    public init?(contents: String) {
        var rows = contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" { rows.removeLast() }
        guard rows.first == Self.header else { return nil }
        var lines: [RecordLine] = []
        for row in rows.dropFirst() {
            guard let line = RecordLine(parsing: row) else { return nil }
            lines.append(line)
        }
        self.lines = lines
    }

    static func line(_ run: TextRun) -> RecordLine {
        RecordLine(
            kind: "text",
            fields: [
                .init("x", points(run.origin.x)), .init("y", points(run.origin.y)), .init("w", points(run.width)),
                .init("font", run.style.font.families.joined(separator: ",")), .init("size", points(run.style.size)),
                .init("weight", run.style.font.weight.rawValue), .init("at", characterPositions(run.offsets)),
            ],
            text: run.text)
    }

    static func line(_ rule: Rule) -> RecordLine {
        RecordLine(
            kind: "rule",
            fields: [
                .init("x1", points(rule.from.x)), .init("y1", points(rule.from.y)), .init("x2", points(rule.to.x)),
                .init("y2", points(rule.to.y)), .init("w", points(rule.width)),
            ])
    }

    /// The first offset, then the steps between consecutive ones, each rounded, repeated steps written once
    /// with a count (`0.00 16.00*5 8.00`).
    static func characterPositions(_ offsets: [Double]) -> String {
        guard let first = offsets.first else { return "" }
        let steps = zip(offsets.dropFirst(), offsets).map { hundredths($0 - $1) }
        var parts = [points(first)]
        var index = 0
        while index < steps.count {
            var count = 1
            while index + count < steps.count, steps[index + count] == steps[index] { count += 1 }
            parts.append(format(hundredths: steps[index]) + (count > 1 ? "*\(count)" : ""))
            index += count
        }
        return parts.joined(separator: " ")
    }

    /// A length in points with two decimals, never `-0.00`.
    static func points(_ value: Double) -> String { format(hundredths: hundredths(value)) }

    static func hundredths(_ value: Double) -> Int {
        value.isFinite ? Int((value * 100).rounded()) : 0
    }

    static func format(hundredths value: Int) -> String {
        let magnitude = value.magnitude
        let fraction = magnitude % 100
        return (value < 0 ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// The name of page `number`'s record in a reference folder.
    static func fileName(_ number: Int) -> String { String(format: "page-%03d.txt", number) }
}
