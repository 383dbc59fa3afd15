import GongkaiMessages

/// One difference between what a page draws and what its reference drew: a text run or rule changed,
/// gone or new.
public struct RecordChange: Hashable, Sendable {
    /// The reference's line; nil for something new.
    public var old: RecordLine?
    /// The page's line now; nil for something gone.
    public var new: RecordLine?
    /// The text drawn just before and after the old line (up to the nearest rule), to quote a short
    /// run's change in its words: a narrow table cell draws 全年不低于3次 as 全年, 不低, 于3, 次.
    public var oldNeighbours = Neighbours()
    /// The same around the new line.
    public var newNeighbours = Neighbours()

    /// Text on either side of a line.
    public struct Neighbours: Hashable, Sendable {
        public var before = ""
        public var after = ""

        public init(before: String = "", after: String = "") {
            self.before = before
            self.after = after
        }
    }

    public init(old: RecordLine?, new: RecordLine?, oldNeighbours: Neighbours = Neighbours(), newNeighbours: Neighbours = Neighbours()) {
        self.old = old
        self.new = new
        self.oldNeighbours = oldNeighbours
        self.newNeighbours = newNeighbours
    }

    /// Where the change is, and what changed, for people: `line at x=90.00, y=412.50: "…不低于3次…" →
    /// "…不低于8次…"`. Changed text is quoted with a few characters either side, from the neighbouring
    /// lines when the run itself is short.
    public var description: String { text.english }

    /// The same in each language (from `SnapshotMessages`).
    public var text: LocalizedText {
        switch (old, new) {
        case let (old?, new?): describeChange(from: old, to: new)
        case let (old?, nil): SnapshotMessages.gone(Self.place(of: old), Self.summary(of: old))
        case let (nil, new?): SnapshotMessages.new(Self.place(of: new), Self.summary(of: new))
        case (nil, nil): SnapshotMessages.noChange
        }
    }

    /// Characters kept on each side of a changed stretch of text when quoting it.
    static let context = 6
    /// The longest text quoted whole.
    static let longestQuote = 30

    private func describeChange(from old: RecordLine, to new: RecordLine) -> LocalizedText {
        let place = Self.place(of: old)
        if let before = old.text, let after = new.text, before != after {
            let (a, b) = Self.excerpts(
                oldNeighbours.before + before + oldNeighbours.after, newNeighbours.before + after + newNeighbours.after)
            return SnapshotMessages.textChanged(place, from: Self.quote(a), to: Self.quote(b))
        }
        var differences: [LocalizedText] = []
        for field in old.fields {
            let now = new[field.name]
            guard now != field.value else { continue }
            if field.name == "at" {
                let both = field.value.count + (now ?? "").count < 60
                differences.append(
                    both ? SnapshotMessages.characterPositions(field.value, now ?? "") : SnapshotMessages.characterPositionsChanged)
            } else {
                differences.append(
                    SnapshotMessages.field(field.name, LocalizedText(verbatim: field.value), now.map { LocalizedText(verbatim: $0) } ?? SnapshotMessages.none))
            }
        }
        for field in new.fields where old[field.name] == nil {
            differences.append(SnapshotMessages.field(field.name, SnapshotMessages.none, LocalizedText(verbatim: field.value)))
        }
        if old.kind != new.kind { differences.insert(LocalizedText(verbatim: "\(old.kind) → \(new.kind)"), at: 0) }
        let subject = old.text.map { place + LocalizedText(verbatim: " \(Self.quote(Self.shortened($0)))") } ?? place
        return SnapshotMessages.changed(subject, differences)
    }

    /// Where a line's item is on its page.
    private static func place(of line: RecordLine) -> LocalizedText {
        switch line.kind {
        case "text": SnapshotMessages.textLine(x: line["x"] ?? "?", y: line["y"] ?? "?")
        case "rule":
            SnapshotMessages.rule("(\(line["x1"] ?? "?"), \(line["y1"] ?? "?"))", "(\(line["x2"] ?? "?"), \(line["y2"] ?? "?"))")
        case "page": SnapshotMessages.pageSize
        case "turned": SnapshotMessages.pageSetAcross
        default: LocalizedText(verbatim: line.kind)
        }
    }

    private static func summary(of line: RecordLine) -> LocalizedText {
        switch line.kind {
        case "text": LocalizedText(verbatim: quote(shortened(line.text ?? "")))
        case "rule": SnapshotMessages.ruleWidth(line["w"] ?? "?")
        case "page": LocalizedText(verbatim: "\(line["width"] ?? "?") × \(line["height"] ?? "?")")
        case "turned": SnapshotMessages.turned(line["turn"] ?? "?")
        default: LocalizedText(verbatim: line.formatted)
        }
    }

    private static func quote(_ text: String) -> String { "\"\(text)\"" }

    private static func shortened(_ text: String) -> String {
        text.count <= longestQuote ? text : String(text.prefix(longestQuote)) + "…"
    }

    /// The changed stretch of each text with `context` characters either side, elided with … where cut.
    static func excerpts(_ old: String, _ new: String) -> (String, String) {
        let a = Array(old)
        let b = Array(new)
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        func excerpt(_ characters: [Character]) -> String {
            let start = max(0, prefix - context)
            let end = min(characters.count, characters.count - suffix + context)
            return (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        }
        return (excerpt(a), excerpt(b))
    }
}

extension PageRecord {
    /// What changed from this record (the reference) to `new`: the lines of the two told apart by their
    /// longest common subsequence, then, within each stretch of differing lines, removed and added lines of
    /// the same kind paired in order as changed ones.
    public func changes(to new: PageRecord) -> [RecordChange] {
        let a = lines
        let b = new.lines
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let old = Array(a[prefix..<(a.count - suffix)])
        let now = Array(b[prefix..<(b.count - suffix)])
        if old.isEmpty && now.isEmpty { return [] }

        // lengths[i][j]: the longest common subsequence of old[i...] and now[j...].
        var lengths = [[Int32]](repeating: [Int32](repeating: 0, count: now.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: now.count - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == now[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var changes: [RecordChange] = []
        var removed: [Int] = []
        var added: [Int] = []
        func flush() {
            changes += Self.paired(removed, in: a, added, in: b)
            removed = []
            added = []
        }
        var i = 0
        var j = 0
        while i < old.count || j < now.count {
            if i < old.count, j < now.count, old[i] == now[j] {
                flush()
                i += 1
                j += 1
            } else if j < now.count, i == old.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                added.append(prefix + j)
                j += 1
            } else {
                removed.append(prefix + i)
                i += 1
            }
        }
        flush()
        return changes
    }

    /// Removed lines (indices into `old`) and added ones (into `new`) of one stretch: those of the same kind
    /// paired in order, the rest gone or new.
    private static func paired(_ removed: [Int], in old: [RecordLine], _ added: [Int], in new: [RecordLine]) -> [RecordChange] {
        var unmatched = added
        var changes: [RecordChange] = []
        for index in removed {
            let match = unmatched.firstIndex { new[$0].kind == old[index].kind }.map { unmatched.remove(at: $0) }
            changes.append(
                RecordChange(
                    old: old[index], new: match.map { new[$0] }, oldNeighbours: neighbours(of: index, in: old),
                    newNeighbours: match.map { neighbours(of: $0, in: new) } ?? .init()))
        }
        return changes + unmatched.map { RecordChange(old: nil, new: new[$0], newNeighbours: neighbours(of: $0, in: new)) }
    }

    /// Up to `RecordChange.context` characters of the text lines just before and after `lines[index]`, not
    /// reaching past a rule or page line (a table cell's border).
    static func neighbours(of index: Int, in lines: [RecordLine]) -> RecordChange.Neighbours {
        let wanted = RecordChange.context
        var before = ""
        var position = index - 1
        while position >= 0, before.count < wanted, let text = lines[position].text, lines[position].kind == "text" {
            before = text + before
            position -= 1
        }
        var after = ""
        position = index + 1
        while position < lines.count, after.count < wanted, let text = lines[position].text, lines[position].kind == "text" {
            after += text
            position += 1
        }
        return RecordChange.Neighbours(before: String(before.suffix(wanted)), after: String(after.prefix(wanted)))
    }
}
