import Foundation
import Yams

/// A parsed YAML file as flat arrays: a node is an index, a scalar's text stays bytes until it is read, and
/// a collection's children are a run of indices. Reading a file this way allocates a few arrays instead of a
/// `Yams.Node` (with its tag object) and a `String` for every value, and a mapping's keys are compared as bytes.
package final class YAMLTree {
    enum Kind: UInt8 { case scalar, mapping, sequence }

    struct Entry {
        var kind: Kind
        /// A scalar written without quotes or block indicators (`Node.Scalar.Style.plain`).
        var isPlain: Bool
        /// Where the node starts, from 1, as Yams' `Mark`.
        var line: Int32
        var column: Int32
        /// A scalar's text in `bytes`; a collection's children in `children` (a mapping's as key, value, …).
        var start: Int32
        var count: Int32
        /// The scalar's resolved tag in `tagNames`; -1 for `str`.
        var tag: Int32 = -1
    }

    // Constants once built, so that reading them takes no exclusive-access checks.
    let entries: [Entry]
    let bytes: [UInt8]
    let children: [Int32]
    /// The tags other than `str` that the file's scalars resolved to (only in a tree taken from Yams).
    let tagNames: [Tag.Name]
    let root: Int32

    init(entries: [Entry], bytes: [UInt8], children: [Int32], tagNames: [Tag.Name] = [], root: Int32) {
        self.entries = entries
        self.bytes = bytes
        self.children = children
        self.tagNames = tagNames
        self.root = root
    }

    package var rootNode: YAMLNode { YAMLNode(tree: self, index: root) }
}

/// One node of a `YAMLTree`.
package struct YAMLNode {
    let tree: YAMLTree
    let index: Int32

    var entry: YAMLTree.Entry { tree.entries[Int(index)] }

    package var isMapping: Bool { entry.kind == .mapping }
    package var isSequence: Bool { entry.kind == .sequence }
    package var isScalar: Bool { entry.kind == .scalar }
    var isPlainScalar: Bool {
        let entry = entry
        return entry.kind == .scalar && entry.isPlain
    }

    package var line: Int { Int(entry.line) }
    package var column: Int { Int(entry.column) }

    /// The scalar's text; nil for a collection.
    package var scalarText: String? {
        let entry = entry
        guard entry.kind == .scalar else { return nil }
        return tree.bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(entry.start)..<Int(entry.start + entry.count)]), as: UTF8.self)
        }
    }

    /// The scalar's resolved tag (`str` in a tree read without typing).
    var tagName: Tag.Name {
        let entry = entry
        guard entry.kind == .scalar else { return entry.kind == .mapping ? .map : .seq }
        return entry.tag < 0 ? .str : tree.tagNames[Int(entry.tag)]
    }

    /// The number of elements or of key–value pairs.
    package var count: Int { entry.kind == .scalar ? 0 : Int(entry.count) }

    /// A sequence's elements.
    package var elements: [YAMLNode] {
        let entry = entry
        guard entry.kind == .sequence else { return [] }
        return (0..<Int(entry.count)).map { child(Int(entry.start) + $0) }
    }

    /// A mapping's keys, in order.
    package var keys: [YAMLNode] {
        let entry = entry
        guard entry.kind == .mapping else { return [] }
        return (0..<Int(entry.count)).map { key(at: $0, of: entry) }
    }

    /// A mapping's key–value pairs, in order.
    package var pairs: [(key: YAMLNode, value: YAMLNode)] {
        let entry = entry
        guard entry.kind == .mapping else { return [] }
        return (0..<Int(entry.count)).map { (key(at: $0, of: entry), value(at: $0, of: entry)) }
    }

    func key(at pair: Int, of entry: YAMLTree.Entry) -> YAMLNode { child(Int(entry.start) + 2 * pair) }
    func value(at pair: Int, of entry: YAMLTree.Entry) -> YAMLNode { child(Int(entry.start) + 2 * pair + 1) }

    private func child(_ position: Int) -> YAMLNode { YAMLNode(tree: tree, index: tree.children[position]) }

    /// `Node.string`: a scalar's text, or for a mapping the `=` (value) key's value's, if it has one.
    package var string: String? {
        if isMapping {
            for (key, value) in pairs where key.isScalar && key.tagName == .value { return value.string }
        }
        return scalarText
    }

    /// Whether this node is a scalar whose text is `text` (as `String` compares them: canonically equivalent).
    func hasText(_ text: String) -> Bool {
        let entry = entry
        guard entry.kind == .scalar else { return false }
        var text = text
        return text.withUTF8 { key in
            tree.bytes.withUnsafeBufferPointer { all in
                let own = UnsafeBufferPointer(rebasing: all[Int(entry.start)..<Int(entry.start + entry.count)])
                if own.count == key.count, own.count == 0 || memcmp(own.baseAddress!, key.baseAddress!, own.count) == 0 {
                    return true
                }
                // Texts of different bytes can still be equal Strings, but only when one of them is not ASCII.
                guard !(Self.isASCII(own) && Self.isASCII(key)) else { return false }
                return String(decoding: own, as: UTF8.self) == String(decoding: key, as: UTF8.self)
            }
        }
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }
}
