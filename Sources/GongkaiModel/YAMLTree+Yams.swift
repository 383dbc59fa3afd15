import Yams

extension YAMLTree {
    /// The tree of a node Yams composed, with each scalar's tag as Yams resolved it: for the files read with
    /// tags, duplicate keys or anything else the event reader leaves to Yams.
    convenience init(_ node: Node) {
        var builder = NodeBuilder()
        let root = builder.add(node)
        self.init(
            entries: builder.entries, bytes: builder.bytes, children: builder.children, tagNames: builder.tagNames,
            root: root)
    }
}

/// A tree's arrays, filled from a Yams node.
private struct NodeBuilder {
    var entries: [YAMLTree.Entry] = []
    var bytes: [UInt8] = []
    var children: [Int32] = []
    var tagNames: [Tag.Name] = []
    var tags: [Tag.Name: Int32] = [:]
    /// Where the bytes of the long scalars added so far are, by their string's storage: Yams puts a copy of
    /// the anchored node in each alias's place, whose strings share that storage, so an anchored text is
    /// kept once however often it is repeated (copied each time, a small file of aliases to one long text
    /// would make gigabytes).
    var placed: [Stored: (start: Int32, count: Int32)] = [:]

    struct Stored: Hashable {
        var address: UInt
        var count: Int
    }

    mutating func add(_ node: Node) -> Int32 {
        let index = Int32(entries.count)
        let mark = node.mark
        var entry = YAMLTree.Entry(
            kind: .scalar, isPlain: false, line: Int32(mark?.line ?? 0), column: Int32(mark?.column ?? 0), start: 0,
            count: 0)
        entries.append(entry)
        var own: [Int32] = []
        switch node {
        case .scalar(let scalar):
            entry.isPlain = scalar.style == .plain
            (entry.start, entry.count) = place(scalar.string)
            let tag = Tag.Name(rawValue: node.tag.rawValue)
            if tag != .str {
                if let known = tags[tag] {
                    entry.tag = known
                } else {
                    entry.tag = Int32(tagNames.count)
                    tags[tag] = entry.tag
                    tagNames.append(tag)
                }
            }
        case .mapping(let mapping):
            entry.kind = .mapping
            entry.count = Int32(mapping.count)
            for (key, value) in mapping {
                own.append(add(key))
                own.append(add(value))
            }
        case .sequence(let sequence):
            entry.kind = .sequence
            entry.count = Int32(sequence.count)
            for element in sequence { own.append(add(element)) }
        case .alias:
            // Yams' parser puts the anchored node in an alias's place; an alias node is only ever built by hand.
            entry.start = Int32(bytes.count)
        }
        if entry.kind != .scalar {
            entry.start = Int32(children.count)
            children.append(contentsOf: own)
        }
        entries[Int(index)] = entry
        return index
    }

    /// The start and length of `text`'s bytes, added unless they are there already.
    private mutating func place(_ text: String) -> (start: Int32, count: Int32) {
        // Strings of up to 15 bytes are stored inline, with no storage to know them by.
        let stored = text.utf8.count > 15
            ? text.utf8.withContiguousStorageIfAvailable { Stored(address: UInt(bitPattern: $0.baseAddress), count: $0.count) } ?? nil
            : nil
        if let stored, let known = placed[stored] { return known }
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text.utf8)
        let here = (start: start, count: Int32(bytes.count) - start)
        if let stored { placed[stored] = here }
        return here
    }
}
