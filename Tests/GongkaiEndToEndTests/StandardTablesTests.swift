import Foundation
import Gongkai
import Testing

/// The sample's standard tables (部门预算公开表) in the PDF, and `gongkai check` on their figures.
@Suite(.serialized) struct StandardTablesTests {
    static let titles = [
        "表一2023年部门收支总表", "表二2023年部门收入总表", "表三2023年部门支出总表", "表四2023年财政拨款收支总表",
        "表五2023年一般公共预算支出表", "表六2023年一般公共预算基本支出表", "表七2023年一般公共预算“三公”经费支出表",
        "表八2023年政府性基金预算支出表", "表九2023年国有资本经营预算支出表",
    ]
    static let landscape: Set<String> = ["表二", "表四", "表五", "表八", "表九"]

    @Test func allNineTablesFollowTheTextWithDepartmentAndUnitLines() throws {
        let pdf = try Support.samplePDF()
        let text = try Support.tool("pdftotext", ["-layout", pdf, "-"])
        let pages = text.stdout.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { $0.filter { !$0.isWhitespace } }
        let lastTextPage = try #require(pages.lastIndex { $0.contains("我部门无其他需要说明的事项") })
        var previous = lastTextPage
        for title in Self.titles {
            let index = try #require(pages.firstIndex { $0.contains(title) }, "\(title) is missing")
            #expect(index > previous, "\(title) is out of order")
            previous = index
            #expect(pages[index].contains("116承德高新技术产业开发区总工会"), "\(title) lacks the department line")
            #expect(pages[index].contains("单位：万元"), "\(title) lacks the unit line")
            let info = try Support.tool("pdfinfo", ["-f", "\(index + 1)", "-l", "\(index + 1)", pdf])
            let size = try #require(info.stdout.split(separator: "\n").first { $0.hasPrefix("Page") && $0.contains("size:") })
            let numbers = size.split(whereSeparator: { $0 == " " || $0 == ":" }).compactMap { Double($0) }
            // Every sheet A4 portrait: the wide tables are set across it, not on landscape sheets.
            #expect(numbers.count >= 3 && numbers[1] < numbers[2], "\(title): \(size)")
        }
        let summary = try #require(pages.first { $0.contains(Self.titles[0]) })
        #expect(summary.contains("收入总计273.87支出总计273.87"))
        let fund = try #require(pages.first { $0.contains(Self.titles[7]) })
        #expect(fund.contains("故本表无数据"))
    }

    @Test func checkFindsNoSumErrorsInTheSampleButSeesAChangedLeaf() throws {
        let clean = try Support.run(Support.gongkai, ["check", Support.sample, "--format", "json"])
        #expect(clean.status == 0)
        for rule in ["subtotal", "text-table", "cross-table", "classification", "code-list"] {
            #expect(!clean.stdout.contains("\"\(rule)\""), "the sample has a \(rule) finding")
        }
        // 工会事务 183.14 → 180: its 款 and 类 no longer add up.
        let directory = try Support.temporaryDirectory()
        let changed = try Support.sampleVariant(
            replacing: #"{code: "2012906", project: 183.14}"#, with: #"{code: "2012906", project: 180}"#, in: directory,
            name: "116-2023.yaml")
        let result = try Support.run(Support.gongkai, ["check", changed, "--layout", Support.layout])
        #expect(result.status == 1)
        let subtotals = result.stdout.split(separator: "\n").filter { $0.hasSuffix("[subtotal]") }
        #expect(subtotals.count == 2, "\(result.stdout)")
        #expect(subtotals.contains { $0.contains("20129 群众团体事务") && $0.contains("183.14") && $0.contains("180") })
        #expect(subtotals.contains { $0.contains("budget_tables.function[0].project") && $0.contains("201 一般公共服务支出") })
    }
}
