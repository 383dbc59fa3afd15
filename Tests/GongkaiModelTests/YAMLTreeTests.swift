import Foundation
import Testing
import Yams

@testable import GongkaiModel

/// Department files are read straight from libyaml's events (`YAMLTree.read(events:)`): the tree must be the
/// one Yams composes without typing (`Resolver.basic`), node for node, with the same texts, styles and marks;
/// what the event reader leaves to Yams must be left to it.
@Suite("YAML read from events")
struct YAMLTreeTests {
    /// A node and everything under it, as plain values to compare.
    indirect enum Shape: Equatable, CustomStringConvertible {
        case scalar(String, plain: Bool, line: Int, column: Int)
        case mapping([(Shape, Shape)], line: Int, column: Int)
        case sequence([Shape], line: Int, column: Int)

        init(_ node: YAMLNode) {
            if node.isMapping {
                self = .mapping(node.pairs.map { (Shape($0.key), Shape($0.value)) }, line: node.line, column: node.column)
            } else if node.isSequence {
                self = .sequence(node.elements.map(Shape.init), line: node.line, column: node.column)
            } else {
                self = .scalar(node.scalarText ?? "", plain: node.isPlainScalar, line: node.line, column: node.column)
            }
        }

        static func == (lhs: Shape, rhs: Shape) -> Bool { lhs.description == rhs.description }

        var description: String {
            switch self {
            case let .scalar(text, plain, line, column): "\(line):\(column) \(plain ? "" : "quoted ")\(text.debugDescription)"
            case let .mapping(pairs, line, column):
                "\(line):\(column) {" + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
            case let .sequence(elements, line, column):
                "\(line):\(column) [" + elements.map(\.description).joined(separator: ", ") + "]"
            }
        }
    }

    static func eventTree(_ yaml: String) throws -> YAMLTree.EventReading {
        try YAMLTree.read(events: yaml, limits: .standard)
    }

    static func yamsShape(_ yaml: String) throws -> Shape? {
        try Yams.compose(yaml: yaml, .basic, .default, .utf8).map { Shape(YAMLTree($0).rootNode) }
    }

    @Test(arguments: [
        "a: 1\nb: [x, 'y', \"z\"]\nc: {d: e, f: ~}\n",
        "department:\n  code: \"116\"\n  name: 承德高新技术产业开发区总工会\nyear: 2023\n",
        "- one\n- - nested\n  - list\n- key: value\n  other:\n",
        "text: |\n  line one\n  line two\nfolded: >\n  folded\n  text\n",
        "quoted: \"tab\\there, nul\\0here, \\u00e9\"\nsingle: 'it''s'\n",
        "base: &base {a: 1, b: 2}\ncopy: *base\nlist: [&x 1, *x, *x]\n",
        "a: &a x\na2: *a\nb: &a y\nb2: *a\n",
        "---\nstarted: yes\n...\n",
        "# only a comment\nkey: value # and another\n",
        "windows: line\r\nends: here\r\n",
        "empty:\nblank: ''\nnull: null\n\"\": empty key\n",
        "plain scalar at the root\n",
        "中文键: 值\n全角（）: ×\n",
    ])
    func theTreeIsYams(_ yaml: String) throws {
        guard case .tree(let tree) = try Self.eventTree(yaml) else {
            Issue.record("left to Yams: \(yaml.debugDescription)")
            return
        }
        #expect(Shape(tree.rootNode) == (try Self.yamsShape(yaml)))
    }

    /// Texts whose tree or error Yams decides.
    @Test(arguments: [
        "a: 1\na: 2\n",
        "a: 1\n\"a\": 2\n",
        "'K': kelvin\n\"\\u212A\": sign\n",
        "? [a, b]\n: c\n",
        "? {=: a}\n: b\n",
        "a: 1\n---\nb: 2\n",
        "a: [1, 2\n",
        "a: *nowhere\n",
        "a: \"\u{FEFF}b\"\n",
        "a: !!str 1\n",
        "x: &a [1, *a]\n",
        "\u{FEFF}a: 1\n",
    ])
    func leftToYams(_ yaml: String) throws {
        guard case .unsupported = try Self.eventTree(yaml) else {
            Issue.record("read from events: \(yaml.debugDescription)")
            return
        }
    }

    /// Yams puts a copy of the anchored node in each alias's place: an anchored text repeated by aliases is
    /// kept once in the tree made from Yams' node, not once an alias (a small file of aliases to one long text
    /// would otherwise make gigabytes).
    @Test func anAliasedTextIsKeptOnce() throws {
        let long = String(repeating: "预算", count: 10_000)
        let yaml = "big: &a \"\(long)\"\nlist: [" + Array(repeating: "*a", count: 50).joined(separator: ", ") + "]\n"
        let node = try #require(try Yams.compose(yaml: yaml, .basic, .default, .utf8))
        let tree = YAMLTree(node)
        #expect(tree.bytes.count < 2 * long.utf8.count)
        let list = try #require(tree.rootNode.pairs.last?.value)
        #expect(list.elements.count == 50)
        #expect(list.elements.allSatisfy { $0.scalarText == long })
    }

    @Test func aFileWithNoDocumentIsEmpty() throws {
        guard case .empty = try Self.eventTree("# nothing but a comment\n") else {
            Issue.record("expected no document")
            return
        }
        #expect(try Self.yamsShape("# nothing but a comment\n") == nil)
    }

    /// The shape's limits are met where `YAMLShape.check` meets them.
    @Test(arguments: [
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n",
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + (1...12).map { "b\($0): &b\($0) [*\($0 == 1 ? "a" : "b\($0 - 1)"), *\($0 == 1 ? "a" : "b\($0 - 1)")]" }
            .joined(separator: "\n") + "\n"
            + (1...40).map { "c\($0): [*b12, *b12, *b12, *b12]" }.joined(separator: "\n") + "\n",
    ])
    func limitsAreTheShapeChecks(_ yaml: String) {
        var shapeExcess: YAMLShape.Excess?
        do { try YAMLShape.check(yaml, limits: .standard) } catch { shapeExcess = error as? YAMLShape.Excess }
        var eventExcess: YAMLShape.Excess?
        do { _ = try Self.eventTree(yaml) } catch { eventExcess = error as? YAMLShape.Excess }
        #expect(shapeExcess != nil)
        #expect(eventExcess?.line == shapeExcess?.line)
        #expect(eventExcess?.column == shapeExcess?.column)
        #expect(eventExcess.map { "\($0.text)" } == shapeExcess.map { "\($0.text)" })
    }

    /// A file is read from its bytes when they are UTF-8 the event reader takes, else from its text: the same
    /// department or the same error either way, as when parsed typed.
    @Test(arguments: [
        "", "\u{FEFF}", "year: 2024\nyear: 2025\n", "year: !!int 2024\n", "year: [2024\n", "year: \"2024\"\n",
        "year: 2024\n---\nyear: 2025\n",
    ])
    func aFileLoadsAsItsText(_ change: String) throws {
        let yaml = change + Fixture.minimal
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-tree-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(Fixture.fileName).path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        let fromFile = DeferredTypingTests.Outcome { try DisclosureLoader.load(contentsOf: path) }
        let typed = DeferredTypingTests.Outcome { try Disclosure(NodeReader.parse(yaml: yaml, file: path, typing: .resolved)) }
        #expect(fromFile == typed)
    }

    /// Keys are found by text as `String` compares them, quoted or not, in the tree from events.
    @Test func keysAreFoundByText() throws {
        let reader = try NodeReader.parse(yaml: "plain: 1\n\"quoted\": 2\n'\u{212A}elvin': 3\n", file: "keys.yaml", typing: .deferred)
        #expect(try reader.optional("plain")?.text() == "1")
        #expect(try reader.optional("quoted")?.text() == "2")
        #expect(try reader.optional("Kelvin")?.text() == "3")
        #expect(try reader.optional("absent") == nil)
    }
}

@Suite("Placeholders")
struct PlaceholderTests {
    @Test(arguments: [
        ("no mark here", nil),
        ("", nil),
        ("数额XX万元", "XX"),
        ("数额XXX万元", "XXX"),
        ("TODO: XX", "XX"),
        ("xx then ××", "××"),
        ("尚（略）待补充", "待补充"),
        ("ends with TOD", nil),
        ("ends with TODO", "TODO"),
        ("(略)", "(略)"),
        ("金额待填写", "待填写"),
    ] as [(String, String?)])
    func theFirstMarkInTheListIsFound(_ text: String, _ mark: String?) {
        #expect(DisclosureValidator.placeholder(in: text) == mark)
    }
}
