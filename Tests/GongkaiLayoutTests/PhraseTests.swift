import Foundation
import GongkaiLayout
import GongkaiModel
import Testing

/// Year-on-year phrases are chosen and filled from the figures (domain rule 6).
@Suite struct PhraseTests {
    static let phrases = """
        phrases:
          rate:
            increase: "增加{rate}%"
            decrease: "下降{rate}%"
            unchanged: "与上年持平"
            new: "新增{current}万元"
          amount:
            increase: "增加了{delta}万元"
            decrease: "减少了{delta}万元"
            unchanged: "持平"
            new: "新增{current}万元"
        """

    func compose(_ template: String) throws -> String {
        let yaml = LayoutFixtures.layoutYAML(content: "  - paragraph: \"\(template)\"", phrases: Self.phrases)
        let layout = try LayoutLoader.load(yaml: yaml, file: "phrases.yaml")
        return LayoutFixtures.paragraphs(try DocumentComposer(layout: layout).compose(LayoutFixtures.sample()))[0]
    }

    @Test func theSeedsTenPercentIsElevenPointOneOne() throws {
        // 0.09 → 0.1: the seed printed "增加10%".
        #expect(try compose("{rate(three_public.current.total, three_public.previous.total)}") == "增加11.11%")
    }

    @Test func zeroToZeroIsUnchangedNeverMinusHundredPercent() throws {
        #expect(try compose("{rate(three_public.current.vehicles.total, three_public.previous.vehicles.total)}") == "与上年持平")
    }

    @Test func decreasesAndIncreasesUseTheMagnitude() throws {
        #expect(try compose("{amount(budget.expenditure.total, previous_budget.expenditure.total)}") == "减少了24.04万元")
        #expect(try compose("{amount(budget.expenditure.basic.total, previous_budget.expenditure.basic.total)}") == "增加了4.24万元")
        #expect(try compose("{rate(budget.expenditure.project, previous_budget.expenditure.project)}") == "下降13.38%")
    }

    @Test func fromZeroIsNewWithoutAPercentage() throws {
        // reception this year (0.1) against trips abroad last year (0): a rise from nothing.
        #expect(try compose("{rate(three_public.current.reception, three_public.previous.trips_abroad)}") == "新增0.10万元")
    }

    @Test func anUnknownPhraseIsAnError() throws {
        #expect(throws: LayoutError.self) { try compose("{nope(budget.expenditure.total, previous_budget.expenditure.total)}") }
    }
}

@Suite struct NumberFormattingTests {
    @Test func plainKeepsTheGivenDigits() {
        #expect(NumberFormatting.plain(Decimal(string: "273.87")!) == "273.87")
        #expect(NumberFormatting.plain(Decimal(string: "7.376")!) == "7.376")
        #expect(NumberFormatting.plain(Decimal(string: "0.00")!) == "0")
        #expect(NumberFormatting.plain(Decimal(string: "0.10")!) == "0.1")
    }

    @Test func fixedRoundsHalfUpAndPads() {
        #expect(NumberFormatting.fixed(Decimal(string: "26.03")!, places: 2) == "26.03")
        #expect(NumberFormatting.fixed(Decimal(string: "0")!, places: 2) == "0.00")
        #expect(NumberFormatting.fixed(Decimal(string: "2.345")!, places: 2) == "2.35")
        #expect(NumberFormatting.fixed(Decimal(string: "25")!, places: 2) == "25.00")
    }

    /// `fixed` writes digits itself rather than through `Decimal.description`: the same text for amounts
    /// of every size and sign, for results of arithmetic, and for values too long to do so (left to
    /// `description`).
    @Test func fixedWritesWhatTheDecimalsDescriptionWould() {
        func reference(_ value: Decimal, places: Int) -> String {
            var value = value
            var rounded = Decimal()
            NSDecimalRound(&rounded, &value, places, .plain)
            if rounded.isZero { rounded = 0 }
            let text = rounded.description
            let decimals = text.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
            return text + (decimals == 0 && places > 0 ? "." : "") + String(repeating: "0", count: max(0, places - decimals))
        }
        var values = ["0", "-0", "0.004", "-0.005", "1e3", "-1e20", "1E-20", "999999999999999999.5", "123456789012345678901.25"]
            .map { Decimal(string: $0)! }
        for index in 0..<2_000 {
            let value = Decimal(index * 7_919 % 1_000_003) / pow(10, index % 7) * (index % 3 == 0 ? -1 : 1)
            values += [value, value * value, value / 7]
        }
        for value in values {
            for places in 0...3 {
                #expect(NumberFormatting.fixed(value, places: places) == reference(value, places: places))
            }
        }
    }

    @Test func thousandsAreGroupedFromTheDecimalPoint() {
        #expect(NumberFormatting.groupingThousands("1234567.891") == "1,234,567.891")
        #expect(NumberFormatting.groupingThousands("-999") == "-999")
        #expect(NumberFormatting.groupingThousands("-1000") == "-1,000")
        #expect(NumberFormatting.groupingThousands("100000") == "100,000")
        #expect(NumberFormatting.groupingThousands("") == "")
        // Not ASCII digits: grouped by characters all the same.
        #expect(NumberFormatting.groupingThousands("１２３４") == "１,２３４")
    }

    @Test func chineseNumerals() {
        #expect([1, 7, 10, 12, 20, 21, 99].map(NumberFormatting.chinese) == ["一", "七", "十", "十二", "二十", "二十一", "九十九"])
    }
}

@Suite struct NumberStyleTests {
    @Test func thousandsDecimalsAndZero() {
        let table = NumberStyle(decimals: 2, thousands: true, zero: "—", rounds: true)
        #expect(table.format(Decimal(string: "16745.59")!) == "16,745.59")
        #expect(table.format(Decimal(string: "1234567")!) == "1,234,567.00")
        #expect(table.format(Decimal(string: "-1234.5")!) == "-1,234.50")
        #expect(table.format(0) == "—")
        #expect(table.format(Decimal(string: "999.999")!) == "1,000.00")
        let text = NumberStyle()
        #expect(text.format(Decimal(string: "7.376")!) == "7.376")
        #expect(text.format(Decimal(string: "0.00")!) == "0")
    }

    @Test func theLayoutSetsTheStylePerContext() throws {
        let numbers = """
            numbers:
              text: {decimals: as_given, zero: "零"}
              table: {decimals: 2, thousands: true, zero: "-"}
            """
        let yaml = LayoutFixtures.layoutYAML(
            content: #"  - paragraph: "{budget.income.other}|{budget.income.total}|{budget.income.total|table}|{budget.income.other|table}""#,
            phrases: numbers)
        let layout = try LayoutLoader.load(yaml: yaml, file: "numbers.yaml")
        let text = LayoutFixtures.paragraphs(try DocumentComposer(layout: layout).compose(LayoutFixtures.sample()))
        #expect(text == ["零|273.87|273.87|-"])

        // A region that publishes in 元: the data's 万元 printed ×10,000, in sentences and tables alike.
        let yuan = LayoutFixtures.layoutYAML(
            content: #"  - paragraph: "{budget.income.total}|{budget.income.total|table}""#,
            phrases: "numbers:\n  text: {decimals: 2, unit: 元}\n  table: {decimals: 2, thousands: true, unit: 元}")
        let printed = LayoutFixtures.paragraphs(
            try DocumentComposer(layout: try LayoutLoader.load(yaml: yuan, file: "yuan.yaml")).compose(LayoutFixtures.sample()))
        #expect(printed == ["2738700.00|2,738,700.00"])
        #expect(throws: DataError.self) {
            try LayoutLoader.load(yaml: LayoutFixtures.layoutYAML(content: "  - paragraph: \"x\"", phrases: "numbers: {table: {decimals: 9}}"), file: "n.yaml")
        }
    }
}
