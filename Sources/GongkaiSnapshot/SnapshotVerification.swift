import GongkaiMessages

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
    public var fontDifferences: [LocalizedText] = []
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
    public var lines: [String] { lines(in: .english) }

    /// The same lines in `language` (from `SnapshotMessages`).
    public func lines(in language: Language) -> [String] {
        if missingReferences { return [SnapshotMessages.noReferences.text(in: language)] }
        var lines: [LocalizedText] = []
        if !pagesWithoutRecords.isEmpty { lines.append(SnapshotMessages.noRecords(pagesWithoutRecords)) }
        lines += fontDifferences.map(SnapshotMessages.fontMismatch)
        if let change = pageCountChange { lines.append(SnapshotMessages.pageCount(change.old, change.new)) }
        for page in changedPages {
            lines.append(
                SnapshotMessages.pageChanged(
                    page.number, items: page.changes.count, share: page.differingShare, diff: page.diffPath, new: page.newPath))
            for change in page.changes.prefix(Self.changesListedPerPage) { lines.append(SnapshotMessages.onPage(page.number, change.text)) }
            if page.changes.count > Self.changesListedPerPage {
                lines.append(
                    SnapshotMessages.moreChanges(page.number, page.changes.count - Self.changesListedPerPage, record: page.newRecordPath))
            }
        }
        return lines.map { $0.text(in: language) }
    }
}
