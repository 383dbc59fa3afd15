import GongkaiMessages

import CLibYAML

/// The shape of a YAML text, measured from libyaml's events before Yams builds its tree: how deep its
/// lists and mappings go and how many values it holds with its aliases expanded. Yams resolves an alias by
/// repeating what its anchor marks and composes recursively, so a small file of nested aliases or brackets
/// would otherwise exhaust memory, time or the stack before any field is read.
enum YAMLShape {
    /// A limit the text goes past, and where.
    struct Excess: Error {
        var text: LocalizedText
        var line: Int
        var column: Int
    }

    /// Measures `yaml`; throws at the first limit passed. Syntax errors are left for Yams to report.
    static func check(_ yaml: String, limits: InputLimits) throws {
        var measure = Measure(limits: limits)
        try events(of: yaml) { event in
            try measure.take(event)
            return true
        }
    }

    /// Calls `body` with libyaml's events of `yaml`, in order, until it returns false, the stream ends or
    /// the text stops parsing (libyaml's one place in the project: the choke point for its C calls).
    static func events(of yaml: String, _ body: (yaml_event_t) throws -> Bool) rethrows {
        var text = yaml
        try text.withUTF8 { try events(ofUTF8: $0, body) }
    }

    /// `events(of:)` over UTF-8 bytes, read in place and handed to libyaml a few kilobytes at a time: it
    /// decodes all the input it is given before its first event, so a reader that stops early (a batch
    /// reading each department's code, name and year) then decodes only the beginning of the file.
    static func events(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (yaml_event_t) throws -> Bool) rethrows {
        guard bytes.baseAddress != nil else { return }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        // UTF-8, not guessed from the first bytes (libyaml would take a UTF-16 byte order mark at its word).
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var input = ChunkedInput(bytes: bytes)
        try withUnsafeMutablePointer(to: &input) { input in
            yaml_parser_set_input(
                &parser,
                { data, buffer, size, sizeRead in
                    guard let data, let buffer, let sizeRead else { return 0 }
                    sizeRead.pointee = data.assumingMemoryBound(to: ChunkedInput.self).pointee.read(into: buffer, size: size)
                    return 1
                }, input)
            try parse(&parser, body)
        }
    }

    /// Input given to libyaml at most `chunk` bytes a call.
    private struct ChunkedInput {
        static let chunk = 4096
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        /// Copies the next bytes (at most `size`) into `buffer`; how many (0 at the end).
        mutating func read(into buffer: UnsafeMutablePointer<UInt8>, size: Int) -> Int {
            let count = min(size, Self.chunk, bytes.count - offset)
            if count > 0, let base = bytes.baseAddress { buffer.update(from: base + offset, count: count) }
            offset += count
            return count
        }
    }

    private static func parse(_ parser: inout yaml_parser_t, _ body: (yaml_event_t) throws -> Bool) rethrows {
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { return }
            guard try body(event) else { return }
        }
    }

    /// The text of a scalar event.
    static func scalarText(_ event: yaml_event_t) -> String {
        guard let value = event.data.scalar.value else { return "" }
        return String(decoding: UnsafeBufferPointer(start: value, count: Int(event.data.scalar.length)), as: UTF8.self)
    }

    /// Running counts over the events of one text.
    struct Measure {
        let limits: InputLimits
        /// The collections open at this point: each one's anchor and the count of values before it began.
        var open: [(anchor: String?, valuesBefore: Int)] = []
        /// Values each anchor marks, itself included.
        var anchored: [String: Int] = [:]
        var values = 0
        var aliased = 0

        init(limits: InputLimits) { self.limits = limits }

        mutating func take(_ event: yaml_event_t) throws {
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = event.type == YAML_SEQUENCE_START_EVENT
                    ? Self.text(event.data.sequence_start.anchor) : Self.text(event.data.mapping_start.anchor)
                open.append((anchor, values))
                values += 1
                if open.count > limits.depth {
                    throw Excess(
                        text: ModelMessages.nestedTooDeep(limits.depth), line: line,
                        column: column)
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return }
                if let anchor = closed.anchor { anchored[anchor] = values - closed.valuesBefore }
            case YAML_SCALAR_EVENT:
                values += 1
                if let anchor = Self.text(event.data.scalar.anchor) { anchored[anchor] = 1 }
            case YAML_ALIAS_EVENT:
                let repeated = Self.text(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
                values += repeated
                aliased += repeated
                if aliased > limits.aliasedValues {
                    throw Excess(
                        text: ModelMessages.tooManyAliased(limits.aliasedValues), line: line, column: column)
                }
            default:
                break
            }
            if values > limits.values {
                throw Excess(text: ModelMessages.tooManyValues(limits.values), line: line, column: column)
            }
        }

        private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
    }
}
