/// Where each field of a department file was written, by field path (`budget.income.total`,
/// `performance.matrix[2].name`): what messages name a field's line with.
///
/// A file has a location for every field, and a long table's paths differ only in their indices: kept as
/// strings, 100,000 matrix rows would keep half a million paths of some fifty bytes each. Kept instead as a
/// tree of path components, 16 bytes a field: its key (or index) in its parent, its line and column, and
/// where its children are. Children are numbered together, sorted by component, so that a path is found
/// by a binary search for each of its components.
public struct SourceLocations: Hashable, Sendable {
    /// The file every location is in.
    public private(set) var file: String
    /// The tree's nodes, the root (path "") first, each node's children next to each other.
    private var nodes: [Node]
    /// The field names the components stand for, and the number each stands for.
    private var keys: [String]
    private var keyNumbers: [String: Int32]
    /// How many fields have a location.
    public private(set) var count: Int

    /// One field: 16 bytes.
    struct Node: Hashable, Sendable {
        /// The field's component in its parent's path: a key's number in `keys` (0 and above), or
        /// `-1 - index` for a list's element.
        var component: Int32
        /// Line and column, 1-based; line 0 when the field has no location (a node only on the way).
        var line: Int32
        var column: Int32
        /// The field's first child's node; its children end where the next node's begin.
        var firstChild: Int32
    }

    /// No locations.
    public init() {
        self.init(file: "", nodes: [], keys: [])
    }

    init(file: String, nodes: [Node], keys: [String]) {
        self.file = file
        self.nodes = nodes
        self.keys = keys
        keyNumbers = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, Int32($0)) })
        count = nodes.reduce(0) { $0 + ($1.line > 0 ? 1 : 0) }
    }

    public var isEmpty: Bool { count == 0 }

    /// The location of the field at `path`, nil when the file has no such field.
    public subscript(path: String) -> SourceLocation? {
        guard !nodes.isEmpty, let node = find(Array(path.utf8)[...], under: 0, atRoot: true) else { return nil }
        let found = nodes[node]
        return found.line > 0 ? SourceLocation(file: file, line: Int(found.line), column: Int(found.column)) : nil
    }

    /// Every field with a location: its path and location, in the tree's order.
    public var entries: [(path: String, location: SourceLocation)] {
        nodes.indices.compactMap { node in
            let found = nodes[node]
            guard found.line > 0 else { return nil }
            return (path(of: Int32(node)), SourceLocation(file: file, line: Int(found.line), column: Int(found.column)))
        }
    }

    /// The path of `node`'s field, as `NodeReader` makes it.
    func path(of node: Int32) -> String {
        var components: [Int32] = []
        var current = Int(node)
        while current > 0, current < nodes.count {
            components.append(nodes[current].component)
            current = parent(of: current)
        }
        var path = ""
        for component in components.reversed() {
            if component < 0 {
                path += "[\(-1 - Int(component))]"
            } else {
                if !path.isEmpty { path += "." }
                path += keys[Int(component)]
            }
        }
        return path
    }

    /// The node whose children hold `node` (not the root): the last whose children begin at or before it.
    private func parent(of node: Int) -> Int {
        var low = 0
        var high = node - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(nodes[middle].firstChild) <= node { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private func children(of node: Int) -> Range<Int> {
        let start = Int(nodes[node].firstChild)
        let end = node + 1 < nodes.count ? Int(nodes[node + 1].firstChild) : nodes.count
        return start..<max(start, end)
    }

    /// The child of `node` whose component is `component`.
    private func child(of node: Int, _ component: Int32) -> Int? {
        var range = children(of: node)
        while !range.isEmpty {
            let middle = range.lowerBound + range.count / 2
            let value = nodes[middle].component
            if value == component { return middle }
            range = value < component ? (middle + 1)..<range.upperBound : range.lowerBound..<middle
        }
        return nil
    }

    /// The node at `path` below `node`. A key may hold `.` or `[` itself, so each place where one could
    /// end is tried, shortest first.
    private func find(_ path: ArraySlice<UInt8>, under node: Int, atRoot: Bool) -> Int? {
        guard let first = path.first else { return node }
        if first == UInt8(ascii: "["), let close = path.firstIndex(of: UInt8(ascii: "]")) {
            let digits = path[(path.startIndex + 1)..<close]
            if !digits.isEmpty, digits.count < 10, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                let index = Int32(String(decoding: digits, as: UTF8.self)), let element = child(of: node, -1 - index),
                let found = find(path[(close + 1)...], under: element, atRoot: false)
            {
                return found
            }
        }
        var start = path.startIndex
        if !atRoot {
            guard first == UInt8(ascii: ".") else { return nil }
            start += 1
        }
        var end = start
        while end <= path.endIndex {
            if end == path.endIndex || path[end] == UInt8(ascii: ".") || path[end] == UInt8(ascii: "[") {
                if let key = keyNumbers[String(decoding: path[start..<end], as: UTF8.self)], let field = child(of: node, key),
                    let found = find(path[end...], under: field, atRoot: false)
                {
                    return found
                }
            }
            end += 1
        }
        return nil
    }

    /// The same fields at the same places.
    public static func == (lhs: SourceLocations, rhs: SourceLocations) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.entries.allSatisfy { rhs[$0.path] == $0.location }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}
