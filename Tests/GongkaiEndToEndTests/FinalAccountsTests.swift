import Foundation
import Gongkai
import GongkaiTypesetting
import Testing

/// The 部门决算公开 layout (Layouts/department-final-accounts) and its sample department: rendered through
/// the library, read back with poppler and qpdf, checked by `gongkai check`.
@Suite(.serialized) struct FinalAccountsTests {
    static let layout = Support.path("Layouts/department-final-accounts")
    static let sample = Support.path("Layouts/department-final-accounts/samples/128-2023.yaml")

    static func typeset() throws -> TypesetDocument {
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        return try renderer.typeset(DisclosureLoader.load(contentsOf: sample), layout: LayoutLoader.load(from: layout))
    }

    static let pdf = Result { () throws -> String in
        let path = (try Support.temporaryDirectory() as NSString).appendingPathComponent("128-2023.pdf")
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        _ = try renderer.render(DisclosureLoader.load(contentsOf: sample), layout: LayoutLoader.load(from: layout), to: path)
        return path
    }

    static func text() throws -> String {
        try Support.tool("pdftotext", [try pdf.get(), "-"]).stdout.filter { !$0.isWhitespace }
    }

    /// `gongkai check` on `file`: its exit status and its findings' rules and fields.
    static func check(_ file: String) throws -> (status: Int32, findings: [[String: Any]]) {
        let output = try Support.run(Support.gongkai, ["check", file, "--layout", layout, "--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        return (output.status, reports.flatMap { $0["findings"] as? [[String: Any]] ?? [] })
    }

    @Test func checkFindsNothingInTheSample() throws {
        let (status, findings) = try Self.check(Self.sample)
        #expect(status == 0)
        #expect(findings.isEmpty, "\(findings)")
    }

    /// Planted: 年末结转和结余 10.00 too high, and one line's 年初预算数 0.20 too low.
    @Test func checkReportsAPlantedInconsistencyWithItsRuleFieldAndLine() throws {
        let yaml = try String(contentsOfFile: Self.sample, encoding: .utf8)
        let planted = yaml.replacingOccurrences(of: "  closing_balance: 57.90", with: "  closing_balance: 67.90")
            .replacingOccurrences(of: "initial_budget: 34.20", with: "initial_budget: 34.00")
        try #require(planted != yaml)
        let path = (try Support.temporaryDirectory() as NSString).appendingPathComponent("planted.yaml")
        try planted.write(toFile: path, atomically: true, encoding: .utf8)
        let (status, findings) = try Self.check(path)
        #expect(status != 0)
        let rules = findings.compactMap { $0["rule"] as? String }
        #expect(rules.sorted() == ["carry-over", "initial-budget-lines", "summary-balanced"])
        let carryOver = try #require(findings.first { $0["rule"] as? String == "carry-over" })
        #expect((carryOver["line"] as? Int ?? 0) > 0)
        #expect((carryOver["message"] as? String ?? "").contains("1226.08 + 67.9 = 1293.98"))
        let lines = try #require(findings.first { $0["rule"] as? String == "initial-budget-lines" })
        #expect(lines["field"] as? String == "fields.initial_budget.general_budget_expenditure")
        #expect((lines["message"] as? String ?? "").contains("1208.32"))
        // The layout's own name for the tables the finding is about (`field_labels`), not the budget's.
        let summary = try #require(findings.first { $0["rule"] as? String == "summary-balanced" })
        #expect(summary["label"] as? String == "部门决算公开表")
    }

    @Test func aFieldTheLayoutDoesNotDeclareIsAnErrorNamingFileLineAndField() throws {
        let yaml = try String(contentsOfFile: Self.sample, encoding: .utf8)
            .replacingOccurrences(of: "  opening_balance: 35.20", with: "  opening_balance: 35.20\n  openning_balance: 35.20")
        let path = (try Support.temporaryDirectory() as NSString).appendingPathComponent("typo.yaml")
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let output = try Support.run(Support.gongkai, ["render", path, "--layout", Self.layout, "-o", path + ".pdf"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("typo.yaml:"))
        #expect(output.stderr.contains("fields.openning_balance"))
        #expect(!FileManager.default.fileExists(atPath: path + ".pdf"))
    }

    @Test func thePhrasesAreComputedFromTheFigures() throws {
        let text = try Self.text()
        for phrase in [
            "2023年度收、支总计均为1283.98万元。与上年相比，增加60.73万元，增长4.96%。",
            "年初预算为1208.52万元，完成年初预算的100.44%，决算数大于年初预算数",
            "“三公”经费财政拨款支出决算为13.60万元，年初预算为16.00万元，完成年初预算的85.00%，决算数小于年初预算数",
            "因公出国（境）费支出0.00万元，年初预算为0.00万元，决算数与年初预算数持平",
            "一般公共预算财政拨款收入1236.48万元，占99.02%",
            "档案馆（项）：支出决算为203.10万元，年初预算为205.00万元，完成年初预算的99.07%，决算数小于年初预算数。",
        ] {
            #expect(text.contains(phrase), "\(phrase)")
        }
    }

    @Test func theNineTablesPrintTheirColumnsAndBalance() throws {
        let text = try Self.text()
        for title in ["表1收入支出决算总表", "表2收入决算表", "表3支出决算表", "表4财政拨款收入支出决算总表", "表5一般公共预算财政拨款支出决算表",
                      "表6一般公共预算财政拨款基本支出决算表", "表7一般公共预算财政拨款“三公”经费支出决算表",
                      "表8政府性基金预算财政拨款收入支出决算表", "表9国有资本经营预算财政拨款支出决算表"] {
            #expect(text.contains(title), "\(title)")
        }
        // 表1: both sides' 总计; 表2: income by code, with 上级补助收入 … as zero columns.
        #expect(text.components(separatedBy: "总计1,283.98").count - 1 == 2)
        #expect(text.contains("年初结转和结余35.20") && text.contains("年末结转和结余57.90"))
        #expect(text.contains("上级补助收入") && text.contains("附属单位上缴收入"))
        #expect(text.contains("注：本单位2023年度没有国有资本经营预算财政拨款支出，故本表无数据。"))
    }

    /// 目录: every part, item and table of levels 1 and 2, with the page its heading is on.
    @Test func theContentsGiveEachHeadingsPage() throws {
        let document = try Self.typeset()
        let entries = document.pages.flatMap { page in page.outline.filter { $0.level <= 2 }.map { ($0.title, page.number) } }
        #expect(entries.count == 27)  // 5 parts, 2 items, 9 tables, 10 items, 1 attachment
        let contentsPage = try #require(document.pages.first { page in
            page.items.contains { if case .text(let run) = $0 { run.text.contains("目") } else { false } } && page.outline.isEmpty
                && page.number == 2
        })
        // The contents' lines: the runs of one baseline, leaders and spaces left out.
        var lines: [Double: [(Double, String)]] = [:]
        for case .text(let run) in contentsPage.items { lines[(run.origin.y * 2).rounded() / 2, default: []].append((run.origin.x, run.text)) }
        let texts = Set(lines.values.map { $0.sorted { $0.0 < $1.0 }.map(\.1).joined().filter { $0 != "…" && !$0.isWhitespace } })
        for (title, page) in entries {
            let expected = title.filter { !$0.isWhitespace } + String(page)
            #expect(texts.contains(expected), "\(expected)")
        }
    }

    @Test func theOutlineHasTheFivePartsWithTheTablesUnderTheSecond() throws {
        let output = try Support.tool("qpdf", ["--json", "--json-key=outlines", try Self.pdf.get()])
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let outlines = try #require(object?["outlines"] as? [[String: Any]])
        #expect(outlines.compactMap { ($0["title"] as? String)?.prefix(4) }.map(String.init) == ["第一部分", "第二部分", "第三部分", "第四部分", "第五部分"])
        let tables = (outlines[1]["kids"] as? [[String: Any]])?.compactMap { ($0["title"] as? String)?.prefix(2) } ?? []
        #expect(tables.map(String.init) == ["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9"])
        let check = try Support.tool("qpdf", ["--check", try Self.pdf.get()])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func theStructureHasHeadingsTablesAndTheIndicatorTablesSpans() throws {
        let output = try Support.tool("qpdf", ["--json", "--json-key=qpdf", try Self.pdf.get()])
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let table = try #require((object?["qpdf"] as? [Any])?.last as? [String: Any])
        let all = table.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }
        let roles = all.compactMap { $0["/S"] as? String }
        for role in ["/H1", "/H2", "/H3", "/P", "/L", "/LI", "/Table", "/TR", "/TH", "/TD"] {
            #expect(roles.contains(role), "no \(role) element")
        }
        // 一级指标 cells span their rows; project rows span the table's six columns.
        let spans = all.filter { $0["/S"] as? String == "/TD" }.compactMap { $0["/A"] as? [String: Any] }
        #expect(spans.contains { $0["/RowSpan"] as? Int == 5 })
        #expect(spans.contains { $0["/ColSpan"] as? Int == 6 })
    }

    @Test func noLineBeginsWithAClosingMarkAndNoGlyphCrossesARule() throws {
        CorpusTests.expectNoLineBeginsWithAClosingMarkAndNoGlyphCrossesARule(try Self.typeset())
    }
}
