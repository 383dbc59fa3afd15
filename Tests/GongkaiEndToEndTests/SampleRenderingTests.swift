import Foundation
import Gongkai
import Testing

/// Renders the sample department through the library and reads the PDF back with poppler.
@Suite(.serialized) struct SampleRenderingTests {
    /// Seed sentences our PDF deliberately does not contain, each with the reason.
    static let fidelityExceptions: [String: String] = [
        "因公出国（境）情况：本年度组织因公出国（境）团0人次，参加其他部门组织的因公出国（境）团组0人次":
            "the seed prints the number of groups as 人次; the layout prints groups and 人次 as the data gives them",
        "“三公”经费2022年预算安排0.09万元，2023年“三公”经费与上年比较增加10%":
            "0.09 → 0.1 is +11.11%; the phrase is computed from the figures",
        "（二）公务接待费支出0.1万元，与上年比较增加10%":
            "0.09 → 0.1 is +11.11%; the phrase is computed from the figures",
        "（一）公务用车购置及运行维护费支出0万元，同比减少0万元，同比下降100%":
            "0 → 0 reads 与上年持平, never 下降100%",
        "2.公务用车运行维护费2022年预算安排0万元，与上年比较减少0万元，同比下降100%":
            "0 → 0 reads 与上年持平, and the budget year is 2023",
        "(三)因公出国（境）费支出0万元，与上年持平，无增减变化":
            "the layout numbers （一）（二）（三） alike, with full-width parentheses",
        "编制部门：承德高新区总工会截止时间：2022年12月31日":
            "the layout's label is 编制单位; the seed's extraction wrote 部门 for 单位",
        "价值（金额部门：万元）":
            "the layout's header is 价值（金额单位：万元）; the seed's extraction wrote 部门 for 单位",
        "2023年部门预算收支安排273.87万元，较2022年减少了24.04万元，其中：基本支出增加了4.24万元":
            "the summary of changes gives the rate with the amount: 减少了24.04万元，下降8.07%",
        "反映本部门当年全部收入，2023年预算收入273.87万元，其中：一般公共预算收入273.87万元，基金预算收入0万元，财政专户拨款收入0万元，其他来源收入0万元":
            "amounts print with two decimals: 0.00万元",
        "2023年，财政拨款“三公”经费预算安排0.1万元，其中：因公出国（境）费0万元":
            "amounts print with two decimals: 0.10万元, 0.00万元",
        "公务用车购置及运维费0万元（其中：公务用车运行费0万元）":
            "amounts print with two decimals: 0.00万元",
        "其中：1.公务用车购置支出0万元，与上年持平，无增减变化":
            "amounts print with two decimals: 0.00万元",
        "2023年，我部门安排政府采购预算0万元":
            "amounts print with two decimals: 0.00万元",
        "承德高新技术产业开发区总工会上年末固定资产金额为26.03万元（详见下表），本年度各科室拟购置固定资产总额0万元":
            "amounts print with two decimals: 0.00万元",
    ]

    /// The seed's sentences, split as the project's fidelity audit splits them.
    static func seedSentences() throws -> [String] {
        let text = try String(contentsOfFile: Support.seed, encoding: .utf8)
        return text.split(whereSeparator: { "。；\n\t".contains($0) }).compactMap { fragment in
            var sentence = fragment.filter { !$0.isWhitespace }
            while sentence.first == "-" || sentence.first == "•" { sentence.removeFirst() }
            let hasCJK = sentence.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
            return sentence.count >= 6 && hasCJK ? sentence : nil
        }
    }

    /// Each page's text in reading order without running header and page number, whitespace removed.
    static func pageTexts(ofPDF path: String, header: [String]) throws -> [String] {
        let output = try Support.tool("pdftotext", ["-raw", path, "-"])
        #expect(output.status == 0, "pdftotext failed: \(output.stderr)")
        let pages = output.stdout.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        return pages.enumerated().map { index, page in
            var text = ""
            for line in page.split(separator: "\n") {
                let compact = line.filter { !$0.isWhitespace }
                let isPageNumber = compact.hasPrefix("—") && compact.hasSuffix("—") && compact.dropFirst().dropLast().allSatisfy(\.isNumber)
                if isPageNumber || (index > 0 && header.contains(compact)) { continue }
                text += compact
            }
            return text
        }
    }

    /// Whether `sentence` is cut by a page break: its start ends one page's text, its rest is on the next.
    static func continuesOnNextPage(_ sentence: String, pages: [String]) -> Bool {
        let characters = Array(sentence)
        for (page, next) in zip(pages, pages.dropFirst()) {
            for cut in 2..<max(3, characters.count - 1) {
                if page.contains(String(characters[..<cut])), next.contains(String(characters[cut...])) { return true }
            }
        }
        return false
    }

    @Test func sampleRendersWithEverySeedSentence() throws {
        let directory = try Support.temporaryDirectory()
        let pdf = (directory as NSString).appendingPathComponent("116-2023.pdf")
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        let disclosure = try DisclosureLoader.load(contentsOf: Support.sample)
        let layout = try LayoutLoader.load(from: Support.layout)
        let report = try renderer.render(disclosure, layout: layout, to: pdf)

        #expect(report.pageCount >= 12)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        #expect(report.missingCharacters.isEmpty, "no font for \(report.missingCharacters)")

        let pages = try Self.pageTexts(ofPDF: pdf, header: [
            "承德高新技术产业开发区总工会", "2023年部门预算信息公开", "承德高新技术产业开发区总工会2023年部门预算信息公开",
        ])
        let text = pages.joined()
        let sentences = try Self.seedSentences()
        let missing = sentences.filter { !text.contains($0) }
        // Text cut by a page break (a table cell continued on the next page) is there, in two parts.
        let unexplained = missing.filter { Self.fidelityExceptions[$0] == nil && !Self.continuesOnNextPage($0, pages: pages) }
        #expect(unexplained.isEmpty, "seed sentences missing from the PDF: \(unexplained)")
        let cut = missing.filter { Self.continuesOnNextPage($0, pages: pages) }
        let fidelity = Double(sentences.count - missing.count + cut.count) / Double(sentences.count)
        // Fourteen of the 333 sentences differ on purpose (the exceptions above, each with its reason).
        #expect(fidelity >= 0.95, "fidelity \(fidelity)")
        // Every exception is still needed: if one comes back, it is no longer an exception.
        for exception in Self.fidelityExceptions.keys {
            #expect(missing.contains(exception), "no longer missing, drop the exception: \(exception)")
        }

        // The corrected phrases are there instead.
        #expect(text.contains("2023年“三公”经费与上年比较增加0.01万元，增长11.11%"))
        #expect(text.contains("（一）公务用车购置及运行维护费支出0.00万元，与上年持平，无增减变化"))
        #expect(text.contains("较2022年减少了24.04万元，下降8.07%，其中：基本支出增加了4.24万元，增长4.90%；项目支出减少了28.28万元，下降13.38%"))
    }

    @Test func everyFontIsEmbedded() throws {
        let pdf = try Support.samplePDF()
        let fonts = try Support.tool("pdffonts", [pdf])
        let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ")
            // name type encoding emb sub uni object ID: "emb" and "sub" are the 4th and 3rd from the end.
            #expect(columns[columns.count - 5] == "yes", "not embedded: \(row)")
            #expect(columns[columns.count - 4] == "yes", "not subset: \(row)")
            #expect(row.contains("Noto") || row.contains("LXGWWenKai"), "a font from outside the project's font setup: \(row)")
        }
    }

    @Test func theMatrixIsOneTableWithItsHeaderOnEveryPage() throws {
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        let typeset = try renderer.typeset(
            DisclosureLoader.load(contentsOf: Support.sample), layout: LayoutLoader.load(from: Support.layout))
        let matrixPages = typeset.pages.filter { $0.text.contains("职责活动年度预算数") }
        #expect(matrixPages.count >= 3)
        for (index, page) in matrixPages.enumerated() {
            let text = page.text.filter { !$0.isWhitespace }
            // The department on the first page, 续表 on the pages the matrix continues on.
            let caption = index == 0 ? "116承德高新技术产业开发区总工会单位：万元" : "续表单位：万元"
            #expect(text.contains(caption), "page \(page.number) lacks the caption line")
            #expect(text.contains("评价标准优良中差"), "page \(page.number) lacks the two-level header")
        }
        let all = typeset.pages.map(\.text).joined()
        for duty in ["一、加强工会组织建设", "二、宣教工作", "三、职工服务中心建设", "四、民管法工", "五、经济保障", "六、女工工作", "七、综合事务管理"] {
            #expect(all.contains(duty), "missing duty \(duty)")
        }
    }

    /// Every duty, activity, indicator and grade of the matrix is in the PDF's text (pdftotext), cells cut
    /// by a page break included (their parts on consecutive pages).
    @Test func everyCellOfTheMatrixIsInThePDF() throws {
        let directory = try Support.temporaryDirectory()
        let pdf = (directory as NSString).appendingPathComponent("matrix.pdf")
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        let disclosure = try DisclosureLoader.load(contentsOf: Support.sample)
        _ = try renderer.render(disclosure, layout: LayoutLoader.load(from: Support.layout), to: pdf)
        let pages = try Self.pageTexts(ofPDF: pdf, header: [
            "承德高新技术产业开发区总工会", "2023年部门预算信息公开", "承德高新技术产业开发区总工会2023年部门预算信息公开",
        ])
        let text = pages.joined()
        func present(_ cell: String) -> Bool {
            let compact = cell.filter { !$0.isWhitespace }
            return compact.isEmpty || text.contains(compact) || Self.continuesOnNextPage(compact, pages: pages)
        }
        var cells: [String] = []
        for duty in disclosure.performance.matrix {
            cells += [duty.name, duty.description ?? "", duty.goal ?? ""]
            for activity in duty.activities {
                cells += [activity.name, activity.description ?? "", activity.goal ?? ""]
                cells += activity.budget.map { ["\($0)"] } ?? []
                for indicator in activity.indicators {
                    cells.append(indicator.name)
                    switch indicator.standard {
                    case .graded(let grades): cells.append(grades.joined())
                    case .single(let standard): cells.append(standard)
                    }
                }
            }
        }
        #expect(cells.count > 200)
        let missing = cells.filter { !present($0) }
        #expect(missing.isEmpty, "matrix cells missing from the PDF: \(missing)")
    }

    /// Data that looks like markup or a placeholder is printed exactly as written.
    @Test func markupInTheDataIsPrintedLiterally() throws {
        let directory = try Support.temporaryDirectory()
        let input = try Support.sampleVariant(with: "<b>粗体</b>&amp;{{year}}{year}&lt;", in: directory, name: "markup.yaml")
        let pdf = (directory as NSString).appendingPathComponent("markup.pdf")
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        _ = try renderer.render(DisclosureLoader.load(contentsOf: input), layout: LayoutLoader.load(from: Support.layout), to: pdf)
        let text = try Support.tool("pdftotext", ["-raw", pdf, "-"]).stdout.filter { !$0.isWhitespace }
        #expect(text.contains("<b>粗体</b>&amp;{{year}}{year}&lt;"))
    }

    @Test func renderingIsDeterministic() throws {
        let directory = try Support.temporaryDirectory()
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        let disclosure = try DisclosureLoader.load(contentsOf: Support.sample)
        let layout = try LayoutLoader.load(from: Support.layout)
        let first = (directory as NSString).appendingPathComponent("a.pdf")
        let second = (directory as NSString).appendingPathComponent("b.pdf")
        _ = try renderer.render(disclosure, layout: layout, to: first)
        _ = try DisclosureRenderer(fontConfiguration: Support.fonts).render(disclosure, layout: layout, to: second)
        let a = try #require(FileManager.default.contents(atPath: first))
        let b = try #require(FileManager.default.contents(atPath: second))
        #expect(a == b, "two renders of the same input differ")
    }
}
