import Foundation
import GongkaiModel
import Testing

/// Shared fixtures: a minimal valid department file, from which every bad case is derived by one small
/// textual change, and the location of the real sample file.
enum Fixture {
    /// The name errors in inline fixtures are reported against.
    static let fileName = "fixture.yaml"

    /// The smallest document that satisfies docs/data-format.md: every required field once, optional ones
    /// mostly left out. Each string that a test replaces occurs exactly once.
    static let minimal = """
        department:
          code: "001"
          name: "测试部门"
        year: 2024
        duties:
          offices:
            - title: "办公室工作职责"
              items:
                - "第一项职责"
          internal_organization: "内设办公室。"
          organization:
            - name: "测试部门"
              nature: "行政单位"
              rank: "正处级"
              funding: "财政拨款"
        budget:
          income:
            general_budget: 100.5
            government_fund: 0
            special_account: 0
            other: 0
          expenditure:
            basic:
              personnel: 60
              public: 10.5
            project: 30
        previous_budget:
          expenditure:
            basic:
              total: 70
            project: 20
        budget_notes:
          overview: "概述。"
          project_description: "项目说明。"
        operating_costs:
          amount: 10.5
          purpose: "办公费"
        three_public:
          current:
            trips_abroad: 0
            vehicles:
              purchase: 0
              operation: 0
            reception: 0.1
          previous:
            trips_abroad: 0
            vehicles:
              purchase: 0
              operation: 0
            reception: 0.2
          reason: "严格控制。"
          trips:
            groups: 0
            people: 0
          vehicles:
            purchased: 0
            held: 0
        performance:
          overall_goal: "总体目标。"
          duty_goals_intro: "说明如下："
          duty_goals:
            - "目标一。"
          matrix:
            - name: "职责一"
              activities:
                - name: "活动一"
                  budget: 5
                  indicators:
                    - name: "完成率"
                      grades: ["100%", "90%", "80%", "60%"]
                    - name: "满意度"
                      standard: "100%"
        procurement:
          amount: 0
        assets:
          fixed_assets_total: 1
          planned_purchases: 0
          table_title: "资产表"
          prepared_by: "测试部门"
          as_of: "2023年12月31日"
          rows:
            - item: "资产总额"
              value: 1
        glossary:
          - term: "名词"
            definition: "解释。"
        other_matters: "无。"

        """

    /// The minimal document with `old` replaced by `new`; `old` must occur exactly once.
    static func minimal(
        replacing old: String, with new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> String {
        let count = minimal.components(separatedBy: old).count - 1
        try #require(count == 1, "fixture text \"\(old)\" occurs \(count) times", sourceLocation: sourceLocation)
        return minimal.replacingOccurrences(of: old, with: new)
    }

    /// The 1-based number of the only line of `yaml` containing `text`.
    static func line(
        of text: String, in yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Int {
        let lines = yaml.components(separatedBy: "\n")
        let hits = lines.indices.filter { lines[$0].contains(text) }
        try #require(hits.count == 1, "\"\(text)\" is on \(hits.count) lines", sourceLocation: sourceLocation)
        return hits[0] + 1
    }

    /// The 1-based column (in Unicode scalars, as libyaml counts) where `text` starts on its line of `yaml`.
    static func column(
        of text: String, in yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Int {
        let number = try line(of: text, in: yaml, sourceLocation: sourceLocation)
        let line = yaml.components(separatedBy: "\n")[number - 1]
        let range = try #require(line.range(of: text), sourceLocation: sourceLocation)
        return line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1
    }

    static func load(_ yaml: String) throws -> Disclosure {
        try DisclosureLoader.load(yaml: yaml, file: fileName)
    }

    /// The `DataError` that loading `yaml` throws; records a failure if it loads or throws anything else.
    static func error(
        loading yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> DataError {
        try #require(throws: DataError.self, sourceLocation: sourceLocation) {
            try DisclosureLoader.load(yaml: yaml, file: fileName)
        }
    }

    /// The package root, found from this file: Tests/GongkaiModelTests/Fixture.swift.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Layouts/department-budget/samples/116-2023.yaml.
    static let samplePath = packageRoot
        .appendingPathComponent("Layouts/department-budget/samples/116-2023.yaml").path
}

/// An exact decimal from its decimal notation (never through Double).
func decimal(_ text: String) -> Decimal {
    guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
        preconditionFailure("not a decimal literal: \(text)")
    }
    return value
}
