import Foundation
import Testing

@testable import GongkaiModel

/// Department files are parsed without Yams typing their scalars (`ScalarTyping.deferred`), and keys are matched
/// as the default resolver would have matched them: every file gives the same `Disclosure`, or the same
/// `DataError`, as when parsed typed.
@Suite("Reading without typing")
struct DeferredTypingTests {
    enum Outcome: Equatable {
        case loaded(Disclosure)
        case failed(DataError)
        case other(String)

        init(_ load: () throws -> Disclosure) {
            do { self = .loaded(try load()) } catch let error as DataError { self = .failed(error) } catch {
                self = .other("\(error)")
            }
        }
    }

    static func expectSameOutcome(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let typed = Outcome { try Disclosure(NodeReader.parse(yaml: yaml, file: Fixture.fileName, typing: .resolved)) }
        let deferred = Outcome { try Disclosure(NodeReader.parse(yaml: yaml, file: Fixture.fileName, typing: .deferred)) }
        let loaded = Outcome { try DisclosureLoader.load(yaml: yaml, file: Fixture.fileName) }
        #expect(deferred == typed, sourceLocation: sourceLocation)
        #expect(loaded == typed, sourceLocation: sourceLocation)
    }

    @Test func theSampleLoadsTheSame() throws {
        let typed = try Disclosure(NodeReader.read(contentsOf: Fixture.samplePath, typing: .resolved))
        let deferred = try DisclosureLoader.load(contentsOf: Fixture.samplePath)
        #expect(deferred == typed)
        #expect(deferred.sourceLocations == typed.sourceLocations)
        #expect(try NodeReader.read(contentsOf: Fixture.samplePath, typing: .deferred).typing == .deferred)
    }

    @Test func theMinimalFixtureLoadsTheSame() {
        Self.expectSameOutcome(Fixture.minimal)
    }

    /// One small change each to the minimal fixture: keys quoted or typed, values that YAML 1.1 would type,
    /// null and blank values, tags, anchors, flow style, duplicates, and plain mistakes.
    @Test(arguments: [
        // Keys
        ("year: 2024\n", "\"year\": 2024\n"),
        ("year: 2024\n", "'year': 2024\n"),
        ("year: 2024\n", "Year: 2024\n"),
        ("year: 2024\n", "year: 2024\n1: x\n"),
        ("year: 2024\n", "year: 2024\n\"1\": x\n"),
        ("year: 2024\n", "year: 2024\n1: x\n\"1\": y\n"),
        ("year: 2024\n", "year: 2024\nyes: x\n\"yes\": y\n"),
        ("year: 2024\n", "year: 2024\n~: x\n\"~\": y\n"),
        ("year: 2024\n", "year: 2024\nnull: x\n"),
        ("year: 2024\n", "year: 2024\non: x\n"),
        ("year: 2024\n", "year: 2024\n\"\": x\n"),
        ("year: 2024\n", "year: 2024\n<<: {a: 1}\n"),
        ("year: 2024\n", "? {=: year}\n: 2024\n"),
        ("year: 2024\n", "? {\"=\": year}\n: 2024\n"),
        ("year: 2024\n", "? [year]\n: 2024\n"),
        ("year: 2024\n", "year: 2024\nyear: 2025\n"),
        ("year: 2024\n", "year: 2024\n\"year\": 2025\n"),
        ("  code: \"001\"\n", "  code: \"001\"\n  code: \"002\"\n"),
        ("  code: \"001\"\n", "  \"code\": \"001\"\n  'name': \"x\"\n"),
        // Tags
        ("year: 2024\n", "year: !!int 2024\n"),
        ("year: 2024\n", "!!str year: 2024\n"),
        ("year: 2024\n", "!custom year: 2024\n"),
        ("year: 2024\n", "year: 2024\n!!int 1: a\n1: b\n"),
        ("year: 2024\n", "year: 2024\n!!str 1: a\n\"1\": b\n"),
        ("    general_budget: 100.5\n", "    general_budget: !!float 100.5\n"),
        // Values YAML 1.1 would type, read as text
        ("  name: \"测试部门\"\n", "  name: yes\n"),
        ("  name: \"测试部门\"\n", "  name: 1e3\n"),
        ("  code: \"001\"\n", "  code: 0x10\n"),
        ("  code: \"001\"\n", "  code: 001\n"),
        ("  code: \"001\"\n", "  code: 2024-01-01\n"),
        ("  code: \"001\"\n", "  code: .inf\n"),
        ("overview: \"概述。\"", "overview: on"),
        // Null and blank
        ("  code: \"001\"\n", "  code: ~\n"),
        ("  code: \"001\"\n", "  code:\n"),
        ("  code: \"001\"\n", "  code: \"~\"\n"),
        ("  code: \"001\"\n", "  code: \"\"\n"),
        ("    general_budget: 100.5\n", "    general_budget:\n"),
        ("    general_budget: 100.5\n", "    general_budget: null\n"),
        ("    general_budget: 100.5\n", "    general_budget: NULL\n"),
        ("    general_budget: 100.5\n", "    general_budget: 'null'\n"),
        ("    general_budget: 100.5\n", "    general_budget: \"\"\n"),
        // Amounts in every form
        ("    general_budget: 100.5\n", "    general_budget: \"1,000.5\"\n"),
        ("    general_budget: 100.5\n", "    general_budget: 1_000\n"),
        ("    general_budget: 100.5\n", "    general_budget: .5\n"),
        ("    general_budget: 100.5\n", "    general_budget: +1.50\n"),
        ("    general_budget: 100.5\n", "    general_budget: -0\n"),
        ("    general_budget: 100.5\n", "    general_budget: 1.\n"),
        ("    general_budget: 100.5\n", "    general_budget: \" 12.5 \"\n"),
        ("    general_budget: 100.5\n", "    general_budget: １２\n"),
        ("    general_budget: 100.5\n", "    general_budget: -\n"),
        ("    general_budget: 100.5\n", "    general_budget: [1]\n"),
        // Anchors, aliases, flow style
        ("  name: \"测试部门\"\n", "  name: &n \"测试部门\"\n  short_name: *n\n"),
        ("  name: \"测试部门\"\n", "  name: *undefined\n"),
        ("department:\n  code: \"001\"\n  name: \"测试部门\"\n", "department: {code: \"001\", name: \"测试部门\"}\n"),
        ("department:\n  code: \"001\"\n  name: \"测试部门\"\n", "department: {code: \"001\", name: \"测试部门\", code: \"002\"}\n"),
        // Mistakes
        ("year: 2024\n", "year: 2024: 2025\n"),
        ("year: 2024\n", "year: twenty\n"),
        ("year: 2024\n", "year: 2024\n\u{1}"),
        ("year: 2024\n", "year: [2024]\n"),
        ("year: 2024\n", "---\nyear: 2024\n"),
        ("other_matters: \"无。\"\n", "other_matters: \"无。\"\n---\na: 1\n"),
    ])
    func aChangedFixtureLoadsTheSame(old: String, new: String) throws {
        Self.expectSameOutcome(try Fixture.minimal(replacing: old, with: new))
    }

    @Test func anEmptyFileIsTheSameError() {
        Self.expectSameOutcome("")
        Self.expectSameOutcome("# nothing\n")
    }

    // MARK: Keys

    /// A mapping with keys of every kind, each looked up by every name, and named, as with typing.
    @Test func keysAreMatchedAndNamedAsWhenTyped() throws {
        let yaml = """
            plain: a
            "quoted": b
            'single': c
            1: d
            "2": e
            yes: f
            "no": g
            ~: h
            "null": i
            "=": j
            ? {=: inner}
            : k
            ? {"=": other}
            : l
            2023: m
            "2024": n
            <<: o
            true_name: p
            0x1F: q
            ? [list]
            : r
            """
        let typed = try NodeReader.parse(yaml: yaml, file: "keys.yaml", typing: .resolved)
        let deferred = try NodeReader.parse(yaml: yaml, file: "keys.yaml", typing: .deferred)
        #expect(deferred.typing == .deferred)
        let names = [
            "plain", "quoted", "single", "1", "2", "yes", "no", "~", "null", "=", "inner", "other", "2023", "2024",
            "<<", "true_name", "0x1F", "31", "", "absent", "true", "Yes", "list",
        ]
        for name in names {
            #expect(Self.lookup(deferred, name) == Self.lookup(typed, name), "looking up \(name)")
            #expect(deferred.has(name) == typed.has(name), "has \(name)")
        }
        #expect(typed.node.isMapping && deferred.node.isMapping)
        let typedKeys = typed.node.keys.map { typed.name(of: $0) }
        let deferredKeys = deferred.node.keys.map { deferred.name(of: $0) }
        #expect(deferredKeys == typedKeys)
        #expect(deferredKeys.contains("inner"))
        #expect(!deferredKeys.contains("other"))
    }

    static func lookup(_ reader: NodeReader, _ name: String) -> String {
        do { return try reader.optional(name).map { try $0.text() } ?? "absent" } catch { return "\(error)" }
    }

    @Test func aFileThatCouldTellTheTypesApartIsParsedTyped() throws {
        #expect(try NodeReader.parse(yaml: "a: 1\nb: 2\n", file: "f", typing: .deferred).typing == .deferred)
        // A tag.
        #expect(try NodeReader.parse(yaml: "a: !!str 1\n", file: "f", typing: .deferred).typing == .resolved)
        // Keys equal as text, but one an int and the other a string: not a duplicate.
        let reader = try NodeReader.parse(yaml: "1: a\n\"1\": b\n", file: "f", typing: .deferred)
        #expect(reader.typing == .resolved)
        #expect(try reader.optional("1")?.text() == "a")
    }

    // MARK: Duplicates

    @Test func aDuplicatedFieldIsReportedAtItsFirstLine() throws {
        let yaml = try Fixture.minimal(replacing: "year: 2024\n", with: "year: 2024\nyear: 2025\n")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .syntax)
        #expect(error.message == "duplicated field(s) year")
        #expect(error.location == SourceLocation(file: Fixture.fileName, line: try Fixture.line(of: "year: 2024", in: yaml), column: 1))
    }

    @Test func aDuplicatedNestedFieldIsReportedAtItsFirstLine() throws {
        let yaml = try Fixture.minimal(replacing: "  code: \"001\"\n", with: "  code: \"001\"\n  \"code\": \"002\"\n")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .syntax)
        #expect(error.message == "duplicated field(s) code")
        #expect(error.location == SourceLocation(file: Fixture.fileName, line: try Fixture.line(of: "  code: \"001\"", in: yaml), column: 3))
    }

    @Test func keysEqualOnlyAsTextAreNotDuplicates() throws {
        // `1` is an int and "1" a string: no duplicate, but neither is a field.
        let yaml = try Fixture.minimal(replacing: "year: 2024\n", with: "year: 2024\n1: a\n\"1\": b\n")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .unknownField)
        #expect(error.message == "unknown field `1`")
        #expect(error.location?.line == (try Fixture.line(of: "1: a", in: yaml)))
    }

    @Test func keysOfTheSameTagAreDuplicates() throws {
        let yaml = try Fixture.minimal(replacing: "year: 2024\n", with: "year: 2024\n!!int 1: a\n1: b\n")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .syntax)
        #expect(error.message == "duplicated field(s) 1")
        #expect(error.location?.line == (try Fixture.line(of: "!!int 1: a", in: yaml)))
    }

    // MARK: The resolver's typing, worked out

    @Test func plainTextIsTypedAsByTheDefaultResolver() {
        let texts = [
            "", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "no", "true", "True", "false", "on", "On", "ON",
            "off", "Off", "y", "n", "Y", "N", "o", "t", "f", "true\n", "yes ", "null_value", "name", "note", "nature", "title",
            "total", "term", "trips", "other", "offices", "overview", "from", "funding", "function", "year", "code", "label",
            "1", "-1", "+1", "0", "01", "0o17", "017", "0x1F", "0b101", "1_000", "1:20", "190:20:30", "1.5", ".5", "1.",
            "1e3", "1.0e+3", "-.inf", ".Inf", ".NaN", ".nan", "2024-01-01", "2024-1-1 10:00:00", "2024-01-01T10:00:00Z",
            "=", "==", "<<", "<", "-", "--", "---", "+", ".", "…", "一", "测试", "１２", "_1", "Ñ", "oﬀ",
            "general_budget", "government_fund", "special_account", "previous_budget", "three_public", "yes_or_no",
        ]
        for text in texts {
            #expect(ScalarTyping.tag(ofPlain: text) == ScalarTyping.resolverTag(ofPlain: text), "\(text.debugDescription)")
        }
    }

    // MARK: Trimming

    @Test func trimmingWhitespaceIsFoundationsTrimming() {
        let texts = [
            "", " ", "\t", "a", " a", "a ", "\ta\t", "\u{3000}a", "a\u{3000}", "\u{A0}a", "a\u{A0}", "a\n", "\na", "测试",
            " 测试 ", "001", " 001", "a b", "\u{2003}x\u{2003}", "e\u{301}", "x\u{301}",
        ]
        for text in texts {
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }
}
