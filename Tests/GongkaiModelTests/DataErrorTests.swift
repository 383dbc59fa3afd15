import Foundation
import GongkaiModel
import Testing

/// Each kind of bad file gives one `DataError` naming the kind, the field and the place of the problem.
/// Every bad case is the minimal fixture with one small textual change.
@Suite("Data errors")
struct DataErrorTests {
    @Test func theMinimalFixtureIsValid() throws {
        let disclosure = try Fixture.load(Fixture.minimal)
        #expect(disclosure.department.code == "001")
        #expect(disclosure.department.shortName == "测试部门")
        #expect(disclosure.year == 2024)
        #expect(disclosure.budget.income?.generalBudget == decimal("100.5"))
        #expect(disclosure.budget.expenditure.total == decimal("100.5"))
        #expect(disclosure.previousBudget.expenditure.total == decimal("90"))
        #expect(disclosure.sourceFile == Fixture.fileName)
    }

    // MARK: Unreadable

    @Test func missingFileIsUnreadableAndNamesThePath() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-model-tests-\(UUID().uuidString)/absent-116.yaml").path
        let error = try #require(throws: DataError.self) { try DisclosureLoader.load(contentsOf: path) }
        #expect(error.kind == .unreadable)
        #expect(error.file == path)
        #expect(error.location == nil)
        #expect(error.fieldPath == "")
        #expect(error.description.hasPrefix(path + ": "))
    }

    @Test func fileThatIsNotUTF8IsUnreadable() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-model-tests-\(UUID().uuidString).yaml")
        // "year: " followed by GBK bytes for 二〇, which are not UTF-8.
        try Data([0x79, 0x65, 0x61, 0x72, 0x3A, 0x20, 0xB6, 0xFE, 0xA9, 0x96, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: DataError.self) { try DisclosureLoader.load(contentsOf: url.path) }
        #expect(error.kind == .unreadable)
        #expect(error.file == url.path)
        #expect(error.description.contains(url.path))
    }

    // MARK: Syntax

    @Test func syntaxErrorGivesLineAndColumnOfTheProblem() throws {
        // A second `: ` on the `year` line: "mapping values are not allowed in this context".
        let yaml = try Fixture.minimal(replacing: "year: 2024", with: "year: 2024: 2025")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .syntax)
        #expect(error.file == Fixture.fileName)
        #expect(error.fieldPath == "")
        let location = try #require(error.location)
        #expect(location.file == Fixture.fileName)
        #expect(location.line == (try Fixture.line(of: "year: 2024: 2025", in: yaml)))
        #expect(location.line == 4)
        #expect(location.column == 11)  // the second colon
        #expect(error.description.hasPrefix("fixture.yaml:4:11: "))
    }

    @Test func unclosedQuoteIsASyntaxErrorAtOrAfterTheQuote() throws {
        let yaml = try Fixture.minimal(replacing: #"overview: "概述。""#, with: #"overview: "概述。"#)
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .syntax)
        let location = try #require(error.location)
        #expect(location.line >= (try Fixture.line(of: "overview:", in: yaml)))
        #expect(error.description.hasPrefix("fixture.yaml:\(location.line):\(location.column): "))
    }

    // Fails today: Yams reports characters it cannot read (`YamlError.reader`, with an offset) apart from
    // other syntax errors, and NodeReader.syntaxError drops it into `default`, losing the location.
    @Test func controlCharacterIsASyntaxErrorWithItsLineAndColumn() throws {
        let yaml = try Fixture.minimal(replacing: "year: 2024\n", with: "year: 2024\u{1}\n")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .syntax)
        let location = try #require(error.location, "no line and column in: \(error.description)")
        #expect(location.line == 4)
        #expect(location.column == 11)
        #expect(error.description.hasPrefix("fixture.yaml:4:11: "))
    }

    @Test func duplicatedFieldIsASyntaxErrorNamingTheField() throws {
        let yaml = try Fixture.minimal(replacing: "year: 2024\n", with: "year: 2024\nyear: 2025\n")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .syntax)
        #expect(error.message.contains("year"))
        let location = try #require(error.location)
        let lines = [try Fixture.line(of: "year: 2024", in: yaml), try Fixture.line(of: "year: 2025", in: yaml)]
        #expect(lines.contains(location.line))
    }

    // MARK: Missing field

    @Test func missingRequiredAmount() throws {
        let yaml = try Fixture.minimal(replacing: "    general_budget: 100.5\n", with: "")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .missingField)
        #expect(error.fieldPath == "budget.income.general_budget")
        #expect(error.message.contains("general_budget"))
        // Points into the `income` block that lacks the field.
        let location = try #require(error.location)
        let firstLine = try Fixture.line(of: "  income:", in: yaml)
        let lastLine = try Fixture.line(of: "    other: 0", in: yaml)
        #expect((firstLine...lastLine).contains(location.line))
        #expect(error.description.contains("fixture.yaml:\(location.line):\(location.column): budget.income.general_budget: "))
    }

    @Test func missingRequiredTopLevelText() throws {
        let yaml = try Fixture.minimal(replacing: "other_matters: \"无。\"\n", with: "")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .missingField)
        #expect(error.fieldPath == "other_matters")
    }

    @Test func missingNestedMapping() throws {
        let yaml = try Fixture.minimal(
            replacing: "  vehicles:\n    purchased: 0\n    held: 0\n", with: "")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .missingField)
        #expect(error.fieldPath == "three_public.vehicles")
    }

    @Test func requiredTextGivenAsNullIsMissing() throws {
        let yaml = try Fixture.minimal(replacing: "  purpose: \"办公费\"", with: "  purpose:")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .missingField)
        #expect(error.fieldPath == "operating_costs.purpose")
    }

    @Test func indicatorWithNeitherGradesNorStandard() throws {
        let yaml = try Fixture.minimal(replacing: "              standard: \"100%\"\n", with: "")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .missingField)
        #expect(error.fieldPath.hasPrefix("performance.matrix[0].activities[0].indicators[1]"))
    }

    // MARK: Wrong type

    @Test func textWhereAnAmountIsExpected() throws {
        let yaml = try Fixture.minimal(replacing: "general_budget: 100.5", with: "general_budget: abc")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .wrongType)
        #expect(error.fieldPath == "budget.income.general_budget")
        #expect(error.message.contains("abc"))
        let location = try #require(error.location)
        let line = try Fixture.line(of: "general_budget: abc", in: yaml)
        let column = try Fixture.column(of: "abc", in: yaml)
        #expect(location.line == line)
        #expect(location.column == column)
        #expect(location.file == Fixture.fileName)
        #expect(error.description == "fixture.yaml:\(line):\(column): budget.income.general_budget: \(error.message)")
    }

    @Test func listWhereTextIsExpected() throws {
        let yaml = try Fixture.minimal(
            replacing: "other_matters: \"无。\"", with: "other_matters:\n  - \"无。\"\n  - \"有。\"")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .wrongType)
        #expect(error.fieldPath == "other_matters")
        #expect(error.message.contains("list"))
        let location = try #require(error.location)
        #expect(location.line == (try Fixture.line(of: "  - \"无。\"", in: yaml)))
        #expect(error.description.contains("fixture.yaml:\(location.line):\(location.column): other_matters: "))
    }

    @Test func flowListWhereTextIsExpectedInsideAList() throws {
        let yaml = try Fixture.minimal(
            replacing: "    - title: \"办公室工作职责\"", with: "    - title: [\"办公室\", \"工作职责\"]")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .wrongType)
        #expect(error.fieldPath == "duties.offices[0].title")
        #expect(error.location?.line == (try Fixture.line(of: "title: [", in: yaml)))
    }

    @Test func textWhereAListIsExpected() throws {
        let yaml = try Fixture.minimal(
            replacing: "      items:\n        - \"第一项职责\"", with: "      items: \"第一项职责\"")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .wrongType)
        #expect(error.fieldPath == "duties.offices[0].items")
        #expect(error.location?.line == (try Fixture.line(of: "items: \"第一项职责\"", in: yaml)))
    }

    @Test func textWhereAWholeNumberIsExpected() throws {
        let yaml = try Fixture.minimal(replacing: "    groups: 0", with: "    groups: 1.5")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .wrongType)
        #expect(error.fieldPath == "three_public.trips.groups")
        #expect(error.location?.line == (try Fixture.line(of: "groups: 1.5", in: yaml)))
    }

    // MARK: Unknown field

    @Test func misspeltTopLevelField() throws {
        let yaml = try Fixture.minimal(replacing: "year: 2024", with: "yaer: 2024")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .unknownField)
        #expect(error.fieldPath == "yaer")
        #expect(error.message.contains("yaer"))
        let location = try #require(error.location)
        #expect(location.line == (try Fixture.line(of: "yaer: 2024", in: yaml)))
        #expect(location.line == 4)
        #expect(location.column == 1)
        #expect(error.description.hasPrefix("fixture.yaml:4:1: yaer: "))
    }

    @Test func misspeltNestedField() throws {
        let yaml = try Fixture.minimal(replacing: "government_fund: 0", with: "goverment_fund: 0")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .unknownField)
        #expect(error.fieldPath == "budget.income.goverment_fund")
        let location = try #require(error.location)
        #expect(location.line == (try Fixture.line(of: "goverment_fund", in: yaml)))
        #expect(location.column == (try Fixture.column(of: "goverment_fund", in: yaml)))
    }

    @Test func wrongCaseSuggestsTheField() throws {
        let yaml = try Fixture.minimal(replacing: "  name: \"测试部门\"\nyear", with: "  Name: \"测试部门\"\nyear")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .unknownField)
        #expect(error.fieldPath == "department.Name")
        #expect(error.message.contains("`name`"))
    }

    // MARK: Invalid value

    @Test(arguments: [
        #"["100%", "90%", "80%"]"#,
        #"["100%", "90%", "80%", "60%", "0%"]"#,
        #"[]"#,
    ])
    func indicatorWithoutExactlyFourGrades(grades: String) throws {
        let yaml = try Fixture.minimal(
            replacing: #"grades: ["100%", "90%", "80%", "60%"]"#, with: "grades: \(grades)")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .invalidValue)
        #expect(error.fieldPath == "performance.matrix[0].activities[0].indicators[0].grades")
        let location = try #require(error.location)
        #expect(location.line == (try Fixture.line(of: "grades:", in: yaml)))
        #expect(error.description.contains(
            "fixture.yaml:\(location.line):\(location.column): performance.matrix[0].activities[0].indicators[0].grades: "))
    }

    @Test func indicatorWithBothGradesAndStandard() throws {
        let gradesLine = #"              grades: ["100%", "90%", "80%", "60%"]"#
        let yaml = try Fixture.minimal(
            replacing: gradesLine + "\n", with: gradesLine + "\n              standard: \"全覆盖\"\n")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .invalidValue)
        #expect(error.fieldPath.hasPrefix("performance.matrix[0].activities[0].indicators[0]"))
        #expect(error.message.contains("grades") && error.message.contains("standard"))
        let location = try #require(error.location)
        let first = try Fixture.line(of: "- name: \"完成率\"", in: yaml)
        let last = try Fixture.line(of: "standard: \"全覆盖\"", in: yaml)
        #expect((first...last).contains(location.line))
    }

    @Test(arguments: ["20240", "1800", "0", "-2024", "3000"])
    func implausibleYear(year: String) throws {
        let yaml = try Fixture.minimal(replacing: "year: 2024", with: "year: \(year)")
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .invalidValue)
        #expect(error.fieldPath == "year")
        #expect(error.message.contains(year))
        let location = try #require(error.location)
        #expect(location.line == 4)
        #expect(location.column == 7)
        #expect(error.description.hasPrefix("fixture.yaml:4:7: year: "))
    }

    @Test(arguments: ["1949", "2200"])
    func yearsAtTheEdgeOfThePlausibleRangeLoad(year: String) throws {
        let yaml = try Fixture.minimal(replacing: "year: 2024", with: "year: \(year)")
        #expect(try Fixture.load(yaml).year == Int(year))
    }

    @Test func emptyDepartmentCode() throws {
        let yaml = try Fixture.minimal(replacing: #"code: "001""#, with: #"code: " ""#)
        let error = try Fixture.error(loading: yaml)
        #expect(error.kind == .invalidValue)
        #expect(error.fieldPath == "department.code")
        #expect(error.location?.line == 2)
    }

    // MARK: Whole file

    @Test func emptyFileIsAnErrorNamingTheFile() throws {
        let error = try Fixture.error(loading: "# nothing but a comment\n")
        #expect(error.file == Fixture.fileName)
        #expect(error.description.hasPrefix("fixture.yaml"))
        #expect(error.message.contains("empty"))
    }

    @Test func topLevelListIsTheWrongType() throws {
        let error = try Fixture.error(loading: "- department\n- year\n")
        #expect(error.kind == .wrongType)
        #expect(error.location?.line == 1)
    }
}
