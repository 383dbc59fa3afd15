import GongkaiDocument
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

/// Table headers break between the words of their terms, never inside one.
@Suite("Header words")
struct HeaderWordTests {
    @Test("the list marks a header's words and leaves a text without them as it is")
    func marking() {
        #expect(WordList.budgetTerms.marked("一般公共预算拨款") == "一般\u{200B}公共\u{200B}预算\u{200B}拨款")
        #expect(WordList.budgetTerms.marked("政府性基金预算数") == "政府性\u{200B}基金\u{200B}预算数")
        #expect(WordList.budgetTerms.marked("优") == "优")
    }

    @Test("a header with characters of several scalars is marked by its characters, as one of single scalars is")
    func markingBeyondSimpleScalars() {
        // A decomposed accent (e + U+0301) is one character of two scalars; a word still starts after it.
        let words = WordList(["预算"])
        #expect(words.marked("e\u{301}预算") == "e\u{301}\u{200B}预算")
        #expect(words.marked("é预算") == "é\u{200B}预算")
        #expect(WordList.budgetTerms.marked("2023年一般公共预算") == "2\u{200B}0\u{200B}2\u{200B}3\u{200B}年\u{200B}一般\u{200B}公共\u{200B}预算")
    }

    @Test("a header breaks only between the words of its terms")
    func headersBreakBetweenWords() throws {
        // A 56 pt column with 3 pt padding holds five characters a line: "一般公共预算拨款" would break as
        // 一般公共预 / 算拨款, and "财政专户管理资金" as 财政专户管 / 理资金.
        var style = Fixture.tableStyle()
        style.headerWords = .budgetTerms
        let table = Table(
            name: "terms", caption: nil, columns: [TableColumn(width: .fixed(56)), TableColumn(width: .fixed(44))],
            headerRows: [[TableCell("一般公共预算拨款"), TableCell("")], [TableCell("财政专户管理资金"), TableCell("")]],
            bodyRows: [[TableCell("0.00"), TableCell("")]], style: style)
        let page = try #require(try Fixture.typeset([.table(table)]).pages.first)
        let texts = page.textRuns.map(\.text)
        #expect(texts.prefix(4) == ["一般公共", "预算拨款", "财政专户", "管理资金"], "\(texts)")
        // The word marks are neither drawn nor in the text.
        #expect(!texts.joined().contains("\u{200B}"))
    }

    @Test("a text that marks its words with zero width spaces breaks only there in prose too")
    func markedParagraph() throws {
        // 9 ideographs, then a 4-character word: it moves whole to the next line.
        let text = Fixture.chars(9) + "\u{200B}国有资本"
        let page = try #require(try Fixture.typeset([Fixture.paragraph(text)]).pages.first)
        #expect(page.lineTexts == [Fixture.chars(9), "国有资本"])
    }
}
