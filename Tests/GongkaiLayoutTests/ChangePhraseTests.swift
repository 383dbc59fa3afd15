import Foundation
import GongkaiLayout
import GongkaiModel
import Testing

/// The department-budget layout's change phrases give the amount and the rate, their direction words
/// following the sign of the change (domain rule 6).
@Suite struct ChangePhraseTests {
    static let layout = Result { try LayoutFixtures.layout() }

    func phrase(_ name: String, _ current: String, _ previous: String) throws -> String {
        let layout = try Self.layout.get()
        let phrase = try #require(layout.phrases[name], "no phrase \(name)")
        return try phrase.text(
            current: try #require(Decimal(string: current)), previous: try #require(Decimal(string: previous)),
            numbers: layout.textNumbers)
    }

    @Test func theSummaryOfChangesGivesAmountAndRate() throws {
        #expect(try phrase("change_amount", "273.87", "297.91") == "减少了24.04万元，下降8.07%")
        #expect(try phrase("change_amount", "90.73", "86.49") == "增加了4.24万元，增长4.90%")
        #expect(try phrase("change_amount", "1860", "911.1") == "增加了948.90万元，增长104.15%")
    }

    @Test func everyPhraseCarriesAmountAndRate() throws {
        for name in ["change_amount", "compare_rate", "change_full"] {
            let increase = try phrase(name, "0.1", "0.09")
            #expect(increase.contains("0.01万元") && increase.contains("11.11%"), "\(name): \(increase)")
            let decrease = try phrase(name, "0.09", "0.1")
            #expect(decrease.contains("0.01万元") && decrease.contains("10.00%"), "\(name): \(decrease)")
        }
    }

    @Test func theDirectionFollowsTheSign() throws {
        // A fall is told by its word, never by a minus sign: 减少 / 下降, then the size of the change.
        #expect(try phrase("change_full", "50", "200") == "同比减少150.00万元，同比下降75.00%")
        #expect(try phrase("change_full", "200", "50") == "同比增加150.00万元，同比增长300.00%")
        #expect(try phrase("compare_rate", "0", "12.5") == "与上年比较减少12.50万元，下降100.00%")
        // Negative figures (a refund): the change is still measured against last year's size.
        #expect(try phrase("change_amount", "-5", "-10") == "增加了5.00万元，增长50.00%")
        #expect(try phrase("change_amount", "-10", "-5") == "减少了5.00万元，下降100.00%")
        #expect(try phrase("change_amount", "5", "-5") == "增加了10.00万元，增长200.00%")
    }

    @Test func zeroAndEqualFiguresAreUnchanged() throws {
        #expect(try phrase("change_full", "0", "0") == "与上年持平，无增减变化")
        #expect(try phrase("change_full", "0.00", "0") == "与上年持平，无增减变化")
        #expect(try phrase("compare_rate", "8.15", "8.150") == "与上年持平")
        #expect(try phrase("change_amount", "273.87", "273.87") == "持平")
        for name in ["change_amount", "compare_rate", "change_full"] {
            #expect(!(try phrase(name, "0", "0")).contains("100"), "\(name): 0 → 0 is never 下降100%")
        }
    }

    @Test func fromZeroIsNewWithoutARate() throws {
        #expect(try phrase("change_amount", "3.5", "0") == "新增3.50万元")
        #expect(try phrase("change_full", "3.5", "0") == "同比新增3.50万元")
        #expect(try phrase("compare_rate", "3.5", "0") == "为新增安排3.50万元")
        for name in ["change_amount", "compare_rate", "change_full"] {
            #expect(!(try phrase(name, "3.5", "0")).contains("%"), "\(name): no rate from nothing")
        }
    }
}

/// Amounts print one way per context, as the layout declares: at least two decimals, more only where an
/// amount has more, never the data's own spelling, and one number of decimals down a table column.
@Suite struct AmountFormatTests {
    @Test func atLeastTwoDecimalsMoreWhereTheAmountHasThem() {
        let style = NumberStyle(decimals: 2)
        #expect(style.format(Decimal(string: "948.9")!) == "948.90")
        #expect(style.format(Decimal(string: "1860.00")!) == "1860.00")
        #expect(style.format(Decimal(string: "1860")!) == "1860.00")
        #expect(style.format(Decimal(string: "0.1")!) == "0.10")
        #expect(style.format(0) == "0.00")
        #expect(style.format(Decimal(string: "1234.5678")!) == "1234.5678")
        #expect(style.places(forColumn: [1520, Decimal(string: "26.4")!, Decimal(string: "7.376")!]) == 3)
        #expect(NumberStyle(decimals: 2, rounds: true).format(Decimal(string: "1234.5678")!) == "1234.57")
    }

    func compose(_ content: String, numbers: String = "") throws -> [String] {
        let layout = try LayoutLoader.load(yaml: LayoutFixtures.layoutYAML(content: content, phrases: numbers), file: "n.yaml")
        return LayoutFixtures.paragraphs(try DocumentComposer(layout: layout).compose(LayoutFixtures.sample()))
    }

    @Test func sentencesPrintAmountsAsTheLayoutSays() throws {
        // The sample's 0.1 and 0 print as 0.10 and 0.00 by default, and so do computed changes.
        #expect(try compose(#"  - paragraph: "{three_public.current.total}|{budget.income.other}|{operating_costs.amount}""#)
            == ["0.10|0.00|8.15"])
        let numbers = "numbers: {text: {decimals: 1, zero: \"零\"}, table: {decimals: 3, thousands: true}}"
        #expect(try compose(#"  - paragraph: "{three_public.current.total}|{budget.income.other}|{budget.income.total|table}""#, numbers: numbers)
            == ["0.1|零|273.870"])
    }

    @Test func theDefaultLayoutPrintsTwoDecimalsInProse() throws {
        let document = try DocumentComposer(layout: LayoutFixtures.layout()).compose(LayoutFixtures.sample())
        let text = LayoutFixtures.paragraphs(document).joined(separator: "\n")
        #expect(text.contains("财政拨款“三公”经费预算安排0.10万元，其中：因公出国（境）费0.00万元"))
        #expect(text.contains("较2022年减少了24.04万元，下降8.07%，其中：基本支出增加了4.24万元，增长4.90%；项目支出减少了28.28万元，下降13.38%。"))
    }

    @Test func aColumnPrintsItsAmountsWithOneNumberOfDecimals() throws {
        let yaml = LayoutFixtures.layoutYAML(
            content: "  - {table: t}",
            phrases: """
                numbers: {table: {decimals: 0}}
                tables:
                  t:
                    body_style: body
                    header_style: body
                    caption_style: body
                    columns: [{header: a, width: 1}, {header: b, width: 1}]
                    rows:
                      - ["{budget.income.total|table}", "x{budget.income.total|table}"]
                      - ["{three_public.current.total|table}", "x{three_public.current.total|table}"]
                      - ["{budget.income.other|table}", "{department.code}"]
                """)
        let document = try DocumentComposer(layout: LayoutLoader.load(yaml: yaml, file: "t.yaml")).compose(LayoutFixtures.sample())
        let table = try #require(document.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }.first)
        // 273.87, 0.1 and 0 in one column: all with two decimals. Cells with more than an amount keep their own.
        #expect(table.bodyRows.map { $0[0].text } == ["273.87", "0.10", "0.00"])
        #expect(table.bodyRows.map { $0[1].text } == ["x273.87", "x0.1", "116"])
    }

    @Test func theMatrixBudgetColumnDoesNotMixDecimals() throws {
        let document = try DocumentComposer(layout: LayoutFixtures.layout()).compose(LayoutFixtures.sample())
        let matrix = try #require(
            document.blocks.compactMap { if case .table(let t) = $0, t.name == "performance_matrix" { t } else { nil } }.first)
        // The sample's budgets are 25, 7.376, 96.6 and 82.44: the column prints three decimals throughout.
        let budgets = matrix.bodyRows.compactMap { row -> String? in
            row.first { $0.text.contains(".") && $0.text.allSatisfy { $0.isNumber || $0 == "." || $0 == "," } }?.text
        }
        #expect(budgets.contains("25.000") && budgets.contains("7.376") && budgets.contains("96.600"))
        #expect(budgets.allSatisfy { $0.split(separator: ".").last?.count == 3 }, "\(budgets)")
    }
}
