/// What verification found.
public struct SnapshotVerification: Sendable {
    /// A page that differs from its reference, in what it draws or in its pixels.
    public struct ChangedPage: Sendable {
        public var number: Int
        /// What the page draws differently from its reference, in drawing order.
        public var changes: [RecordChange] = []
        public var differingShare: Double
        /// Whether the pixels alone differ beyond the tolerance.
        public var pixelsDiffer: Bool
        public var diffPath: String?
        public var newPath: String?
        /// The page's record now (`changes/page-NNN-new.txt`), to compare with the reference's.
        public var newRecordPath: String?
    }

    /// There are no references to compare with (record them first).
    public var missingReferences: Bool
    /// Reference pages without a text record (`page-NNN.txt`), or with one of another format: recorded by
    /// an older version, which compared pixels only. They must be recorded again.
    public var pagesWithoutRecords: [Int] = []
    /// Fonts (or resolution) differ from those the references were made with: pixel differences are
    /// then expected and say nothing about the layout.
    public var fontDifferences: [String] = []
    public var pageCountChange: (old: Int, new: Int)?
    public var changedPages: [ChangedPage] = []

    /// The most changes listed per page in `lines`; the rest are counted.
    public static let changesListedPerPage = 10

    public var passed: Bool {
        !missingReferences && pagesWithoutRecords.isEmpty && fontDifferences.isEmpty && pageCountChange == nil
            && changedPages.isEmpty
    }

    /// One line per finding, for people: each changed page with its diff image, then what it draws
    /// differently (`page 3, line at x=90.00, y=412.50: "…不低于3次…" → "…不低于8次…"`).
    public var lines: [String] {
        if missingReferences { return ["no references: record them first"] }
        var lines: [String] = []
        if !pagesWithoutRecords.isEmpty {
            let pages = pagesWithoutRecords.count == 1 ? "page \(pagesWithoutRecords[0])" : "\(pagesWithoutRecords.count) pages"
            lines.append(
                "no text record of what \(pages) draw\(pagesWithoutRecords.count == 1 ? "s" : "") (page-NNN.txt): the references "
                    + "were recorded by an older version, which compared pixels only; re-record them "
                    + "(gongkai snapshot record, or GONGKAI_RECORD_SNAPSHOTS=1 for Swift tests)")
        }
        lines += fontDifferences.map { "font mismatch: \($0)" }
        if let change = pageCountChange { lines.append("page count changed: \(change.old) → \(change.new)") }
        for page in changedPages {
            var what: [String] = []
            if !page.changes.isEmpty { what.append("\(page.changes.count) drawn item\(page.changes.count == 1 ? "" : "s") changed") }
            what.append(String(format: "%.3f%% of pixels differ", page.differingShare * 100))
            var line = "page \(page.number) changed: " + what.joined(separator: ", ")
            if let diff = page.diffPath { line += "; diff \(diff)" }
            if let new = page.newPath { line += "; new \(new)" }
            lines.append(line)
            for change in page.changes.prefix(Self.changesListedPerPage) { lines.append("page \(page.number), \(change.description)") }
            if page.changes.count > Self.changesListedPerPage {
                var rest = "page \(page.number): \(page.changes.count - Self.changesListedPerPage) more changes"
                if let record = page.newRecordPath { rest += "; compare \(record) with the reference's" }
                lines.append(rest)
            }
        }
        return lines
    }
}
