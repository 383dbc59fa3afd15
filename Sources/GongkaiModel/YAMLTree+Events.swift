import CLibYAML

extension YAMLTree {
    /// What reading a text from libyaml's events gave.
    enum EventReading {
        case tree(YAMLTree)
        /// No document (an empty file, or comments only).
        case empty
        /// A text the event reader leaves to Yams, whose tree and errors are the reference: one that stops
        /// parsing, holds more than one document or a tag, a key that is not a scalar, two keys of the same
        /// text, an alias to no anchor, or a byte order mark starting the text or a scalar.
        case unsupported
    }

    /// Reads `yaml` (with no tags, see `ScalarTyping.mayHaveTags`) into a tree of untyped scalars, as
    /// `Yams.compose` with `Resolver.basic` would, measuring its shape on the way as `YAMLShape.check` does.
    /// - Throws: `YAMLShape.Excess` at the first limit passed.
    static func read(events yaml: String, limits: InputLimits) throws -> EventReading {
        var text = yaml
        return try text.withUTF8 { try read(events: $0, limits: limits) }
    }

    /// `read(events:limits:)` for the bytes of a text, valid UTF-8.
    static func read(events buffer: UnsafeBufferPointer<UInt8>, limits: InputLimits) throws -> EventReading {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return .unsupported }
        // A byte order mark moves the first line's columns in `YAMLShape`'s events (which find the encoding
        // themselves) but not in Yams': the shape's messages would not be told alike.
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { return .unsupported }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .unsupported }
        defer { yaml_parser_delete(&parser) }
        // As Yams sets it up for its default encoding.
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, base, buffer.count)
        var builder = EventBuilder(limits: limits, size: buffer.count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return .unsupported }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            guard try builder.take(event) else { return .unsupported }
        }
        return builder.finish()
    }
}

/// The tree being built from one text's events, in arrays of its own (a class's would be checked for
/// exclusive access at every use).
private struct EventBuilder {
    var entries: [YAMLTree.Entry] = []
    var bytes: [UInt8] = []
    var children: [Int32] = []
    var measure: YAMLShape.Measure
    /// The nodes read and not yet given to their collection, innermost last.
    var pending: [Int32] = []
    /// The collections open at this point: each one's node, where its children start in `pending`, its anchor.
    var open: [(node: Int32, base: Int, anchor: String?)] = []
    var anchors: [String: Int32] = [:]
    var documents = 0

    init(limits: InputLimits, size: Int) {
        measure = YAMLShape.Measure(limits: limits)
        // About one node per 20 bytes, and a little less text than the file.
        entries.reserveCapacity(size / 20 + 16)
        bytes.reserveCapacity(size)
        children.reserveCapacity(size / 20 + 16)
    }

    /// Takes one event; false when the text is one to leave to Yams.
    mutating func take(_ event: yaml_event_t) throws -> Bool {
        try measure.take(event)
        let line = Int32(truncatingIfNeeded: event.start_mark.line + 1)
        let column = Int32(truncatingIfNeeded: event.start_mark.column + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            return documents == 1
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.tag == nil else { return false }
            let start = bytes.count
            if scalar.length > 0, let value = scalar.value {
                let text = UnsafeBufferPointer(start: value, count: Int(scalar.length))
                // Yams makes the text with Foundation, which would leave out a leading byte order mark.
                if text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF { return false }
                bytes.append(contentsOf: text)
            }
            let node = Int32(entries.count)
            entries.append(YAMLTree.Entry(
                kind: .scalar, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, line: line, column: column,
                start: Int32(start), count: Int32(bytes.count - start)))
            if let anchor = scalar.anchor { anchors[Self.text(anchor)] = node }
            pending.append(node)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isSequence = event.type == YAML_SEQUENCE_START_EVENT
            let tag = isSequence ? event.data.sequence_start.tag : event.data.mapping_start.tag
            guard tag == nil else { return false }
            let anchor = isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
            let node = Int32(entries.count)
            entries.append(YAMLTree.Entry(
                kind: isSequence ? .sequence : .mapping, isPlain: false, line: line, column: column, start: 0, count: 0))
            open.append((node, pending.count, anchor.map(Self.text)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let (node, base, anchor) = open.popLast() else { return false }
            let own = pending[base...]
            var entry = entries[Int(node)]
            if entry.kind == .mapping {
                guard hasDistinctScalarKeys(own) else { return false }
                entry.count = Int32(own.count / 2)
            } else {
                entry.count = Int32(own.count)
            }
            entry.start = Int32(children.count)
            entries[Int(node)] = entry
            children.append(contentsOf: own)
            pending.removeSubrange(base...)
            // Registered once complete, as Yams does: an alias inside the collection cannot name it.
            if let anchor { anchors[anchor] = node }
            pending.append(node)
        case YAML_ALIAS_EVENT:
            guard let name = event.data.alias.anchor, let node = anchors[Self.text(name)] else { return false }
            pending.append(node)
        default:
            break
        }
        return true
    }

    func finish() -> YAMLTree.EventReading {
        guard documents == 1 else { return documents == 0 ? .empty : .unsupported }
        guard pending.count == 1, open.isEmpty else { return .unsupported }
        return .tree(YAMLTree(entries: entries, bytes: bytes, children: children, root: pending[0]))
    }

    /// Whether a mapping's keys (`children` holds key, value, …) are all scalars, no two of the same text
    /// as Yams compares them (as `String`s).
    private func hasDistinctScalarKeys(_ children: ArraySlice<Int32>) -> Bool {
        var keys: [Range<Int>] = []
        keys.reserveCapacity(children.count / 2)
        var allASCII = true
        for position in stride(from: children.startIndex, to: children.endIndex, by: 2) {
            let entry = entries[Int(children[position])]
            guard entry.kind == .scalar else { return false }
            let range = Int(entry.start)..<Int(entry.start + entry.count)
            if allASCII, !bytes[range].allSatisfy({ $0 < 0x80 }) { allASCII = false }
            keys.append(range)
        }
        guard keys.count > 1 else { return true }
        if allASCII, keys.count <= 12 {
            // ASCII texts are equal as Strings exactly when their bytes are; a few keys are compared pairwise.
            for index in 1..<keys.count {
                for earlier in 0..<index where keys[earlier].count == keys[index].count {
                    if bytes[keys[earlier]].elementsEqual(bytes[keys[index]]) { return false }
                }
            }
        } else if allASCII {
            var seen = Set<ArraySlice<UInt8>>(minimumCapacity: keys.count)
            for key in keys where !seen.insert(bytes[key]).inserted { return false }
        } else {
            var seen = Set<String>(minimumCapacity: keys.count)
            for key in keys where !seen.insert(String(decoding: bytes[key], as: UTF8.self)).inserted { return false }
        }
        return true
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }
}
