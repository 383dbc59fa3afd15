import Foundation
import GongkaiModel
import Testing

/// The asset table's 资产总额 against its categories (其中 rows being parts of them) and against the text,
/// and "no fixed assets" as a state of its own.
@Suite struct AssetRuleTests {
    static let rows = """
          rows:
            - {item: "资产总额", quantity: "——", value: TOTAL}
            - {item: "1、房屋（平方米）", value: 20}
            - {item: "其中：办公用房（平方米）", value: 15}
            - {item: "2、车辆（台、辆）", value: 6.03}
            - {item: "4、其他固定资产"}
        """

    static func findings(total: String, text: String = "26.03") throws -> [Finding] {
        var yaml = Fixture.minimal
        let start = try #require(yaml.range(of: "assets:\n"))
        let end = try #require(yaml.range(of: "glossary:", range: start.upperBound..<yaml.endIndex))
        yaml.replaceSubrange(start.upperBound..<end.lowerBound, with: """
              fixed_assets_total: \(text)
              planned_purchases: 0
              table_title: "固定资产占用情况表"
              prepared_by: "测试部门"
              as_of: "2023年12月31日"
            \(rows.replacingOccurrences(of: "TOTAL", with: total))

            """)
        return DisclosureValidator.findings(for: try Fixture.load(yaml)).filter { $0.fieldPath.hasPrefix("assets") }
    }

    @Test func categoriesThatAddUpPassAndPartsAreNotAddedAgain() throws {
        #expect(try Self.findings(total: "26.03").isEmpty)
    }

    @Test func aTotalItsCategoriesDoNotMakeIsAnError() throws {
        let found = try Self.findings(total: "41.03", text: "41.03")
        #expect(found.map(\.rule) == ["asset-total"])
        #expect(found.first?.fieldPath == "assets.rows[0].value")
        #expect(found.first?.message.contains("add up to 26.03") == true)
    }

    @Test func theTextMustGiveTheTablesTotal() throws {
        let found = try Self.findings(total: "26.03", text: "25")
        #expect(found.map(\.rule) == ["asset-text"])
    }

    @Test func noFixedAssetsIsAStateNotAWarning() throws {
        var yaml = Fixture.minimal
        let start = try #require(yaml.range(of: "assets:\n"))
        let end = try #require(yaml.range(of: "glossary:", range: start.upperBound..<yaml.endIndex))
        yaml.replaceSubrange(start.upperBound..<end.lowerBound, with: """
              fixed_assets_total: 0
              planned_purchases: 0
              table_title: "固定资产占用情况表"
              prepared_by: "测试部门"
              as_of: "2023年12月31日"
              no_fixed_assets: true

            """)
        let disclosure = try Fixture.load(yaml)
        #expect(disclosure.assets.noFixedAssets && disclosure.assets.rows.isEmpty)
        #expect(DisclosureValidator.findings(for: disclosure).filter { $0.fieldPath.hasPrefix("assets") }.isEmpty)

        let contradicted = yaml.replacingOccurrences(of: "fixed_assets_total: 0", with: "fixed_assets_total: 3")
        let found = DisclosureValidator.findings(for: try Fixture.load(contradicted))
        #expect(found.map(\.rule).contains("assets-declared-none"))
    }
}
