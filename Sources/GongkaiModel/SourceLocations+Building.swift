extension SourceLocations {
    /// Locations recorded as a file is read (`NodeReader`): a node for each field, from its parent's node and
    /// its key or index, then made into the tree whose children are found by binary search (`build`).
    package struct Builder {
        /// The root's node: the field at path "".
        package static let root: Int32 = 0

        private var file = ""
        /// Each node's parent node (the root's is -1), component, line and column (0 when not recorded).
        private var parents: [Int32] = [-1]
        private var components: [Int32] = [0]
        private var lines: [Int32] = [0]
        private var columns: [Int32] = [0]
        private var keys: [String] = []
        private var keyNumbers: [String: Int32] = [:]
        /// Each node by its parent and component, so that a field read twice is one node. Only while reading.
        private var known: [UInt64: Int32] = [:]

        package init() {}

        /// Room for about `count` fields.
        package mutating func reserveCapacity(_ count: Int) {
            parents.reserveCapacity(count)
            components.reserveCapacity(count)
            lines.reserveCapacity(count)
            columns.reserveCapacity(count)
            known.reserveCapacity(count)
        }

        /// The node of the field `key` of `parent`'s field.
        package mutating func node(under parent: Int32, key: String) -> Int32 {
            let number: Int32
            if let known = keyNumbers[key] {
                number = known
            } else {
                number = Int32(keys.count)
                keys.append(key)
                keyNumbers[key] = number
            }
            return node(under: parent, component: number)
        }

        /// The node of the `index`-th element of `parent`'s list.
        package mutating func node(under parent: Int32, index: Int) -> Int32 {
            node(under: parent, component: -1 - Int32(clamping: index))
        }

        private mutating func node(under parent: Int32, component: Int32) -> Int32 {
            let identity = UInt64(UInt32(bitPattern: parent)) << 32 | UInt64(UInt32(bitPattern: component))
            if let node = known[identity] { return node }
            let node = Int32(parents.count)
            parents.append(parent)
            components.append(component)
            lines.append(0)
            columns.append(0)
            known[identity] = node
            return node
        }

        /// Records where `node`'s field is written.
        package mutating func record(_ node: Int32, file: String, line: Int, column: Int) {
            self.file = file
            lines[Int(node)] = Int32(clamping: line)
            columns[Int(node)] = Int32(clamping: column)
        }

        /// The tree: nodes numbered breadth first, so that each node's children are next to each other, sorted
        /// by component; and each of this builder's nodes' number in it.
        package func build() -> (locations: SourceLocations, numbers: [Int32]) {
            let count = parents.count
            // The children of each node, grouped by parent (a counting sort), each group sorted by component.
            var starts = [Int32](repeating: 0, count: count + 1)
            for node in 1..<count { starts[Int(parents[node]) + 1] += 1 }
            for node in 0..<count { starts[node + 1] += starts[node] }
            var grouped = [Int32](repeating: 0, count: count)
            var next = starts
            for node in 1..<count {
                let parent = Int(parents[node])
                grouped[Int(next[parent])] = Int32(node)
                next[parent] += 1
            }
            // The sort's closure takes the components alone: taking `self` would copy the whole builder for each group.
            let components = self.components
            for node in 0..<count where starts[node + 1] - starts[node] > 1 {
                grouped[Int(starts[node])..<Int(starts[node + 1])].sort { components[Int($0)] < components[Int($1)] }
            }
            var nodes: [Node] = []
            nodes.reserveCapacity(count)
            var order: [Int32] = [0]
            order.reserveCapacity(count)
            var numbers = [Int32](repeating: 0, count: count)
            var head = 0
            while head < order.count {
                let old = Int(order[head])
                numbers[old] = Int32(head)
                nodes.append(Node(component: components[old], line: lines[old], column: columns[old], firstChild: Int32(order.count)))
                order.append(contentsOf: grouped[Int(starts[old])..<Int(starts[old + 1])])
                head += 1
            }
            return (SourceLocations(file: file, nodes: nodes, keys: keys), numbers)
        }
    }
}
