import Foundation
import Gongkai
import GongkaiTypesetting
import Testing

/// The corpus (Layouts/department-budget/samples/corpus): four departments unlike the sample and unlike
/// each other, each rendered, its key phrases found, its `check` findings exactly as planted (none for the
/// files as committed), no line begun with a closing mark and no glyph across a cell's rule.
@Suite struct CorpusTests {
    static let folder = "Layouts/department-budget/samples/corpus"
    static let bureau = Support.path("\(folder)/301-bureau-2024.yaml")
    static let tiny = Support.path("\(folder)/517009-tiny-unit-2024.yaml")
    static let webForm = Support.path("\(folder)/208-web-form-2023.yaml")
    static let complete = Support.path("\(folder)/224-complete-2023.yaml")
    static let all = [bureau, tiny, webForm, complete]

    /// Marks that may not begin a line (CLREQ).
    static let closing = Set("。，、；：？！）》」』”’】〉％·．,.;:?!)]}%")

    /// The rules of `gongkai check`'s findings for `file`, in order.
    static func checkRules(_ file: String) throws -> [String] {
        let output = try Support.run(Support.gongkai, ["check", file, "--layout", Support.layout, "--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        return reports.flatMap { ($0["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } }
    }

    static func typeset(_ file: String) throws -> TypesetDocument {
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        return try renderer.typeset(DisclosureLoader.load(contentsOf: file), layout: LayoutLoader.load(from: Support.layout))
    }

    /// The text of `file` rendered to PDF, as pdftotext reads it, without line breaks or spaces.
    static func renderedText(_ file: String) throws -> String {
        let pdf = (try Support.temporaryDirectory() as NSString).appendingPathComponent("corpus.pdf")
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        _ = try renderer.render(DisclosureLoader.load(contentsOf: file), layout: LayoutLoader.load(from: Support.layout), to: pdf)
        return try Support.tool("pdftotext", [pdf, "-"]).stdout.filter { !$0.isWhitespace }
    }

    @Test(arguments: all) func checkFindsNothing(_ file: String) throws {
        #expect(try Self.checkRules(file) == [], "\(file)")
    }

    @Test(arguments: all) func noLineBeginsWithAClosingMarkAndNoGlyphCrossesARule(_ file: String) throws {
        Self.expectNoLineBeginsWithAClosingMarkAndNoGlyphCrossesARule(try Self.typeset(file))
    }

    /// No text run begins a line with a closing mark, and no vertical rule runs through a run: for any
    /// typeset document (the 决算 sample's tests use it too).
    static func expectNoLineBeginsWithAClosingMarkAndNoGlyphCrossesARule(_ document: TypesetDocument) {
        for page in document.pages {
            for items in [page.items, page.turned?.items ?? []] {
                let runs = items.compactMap { if case .text(let run) = $0 { run } else { nil } }
                let rules = items.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
                for run in runs {
                    // A run that begins with a closing mark continues a run before it on its line, or is wrong.
                    if let first = run.text.first, Self.closing.contains(first) {
                        let continues = runs.contains {
                            abs($0.origin.y - run.origin.y) < 0.5 && abs($0.origin.x + $0.width - run.origin.x) < 1.5
                        }
                        #expect(continues, "page \(page.number): a line begins with \(run.text)")
                    }
                    // No vertical rule runs through a run's glyphs at its baseline.
                    for rule in rules where abs(rule.from.x - rule.to.x) < 0.01 {
                        let (low, high) = (min(rule.from.y, rule.to.y), max(rule.from.y, rule.to.y))
                        guard run.origin.y > low, run.origin.y < high else { continue }
                        let crosses = run.origin.x < rule.from.x - 0.2 && run.origin.x + run.width > rule.from.x + 0.2
                        #expect(!crosses, "page \(page.number): \(run.text) crosses the rule at x=\(rule.from.x)")
                    }
                }
            }
        }
    }

    @Test func theBureauPrintsItsSchoolsSourcesAndMatrix() throws {
        let text = try Self.renderedText(Self.bureau)
        for phrase in ["滨江区教育局", "滨江区柳林第二幼儿园", "一般公共预算收入", "基金预算收入", "财政专户拨款收入", "其他来源收入",
                       "2024年，我部门安排政府采购预算486.30万元。"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
        let disclosure = try DisclosureLoader.load(contentsOf: Self.bureau)
        #expect(disclosure.duties.organization.count == 25)
        let indicators = disclosure.performance.matrix.flatMap(\.activities).flatMap(\.indicators)
        #expect(indicators.count > 100)
        let income = try #require(disclosure.budget.income)
        #expect([income.generalBudget, income.governmentFund, income.specialAccount, income.other].allSatisfy { $0 > 0 })
    }

    @Test func theTinyUnitSaysUnitAndPrintsItsZerosAndPlainLists() throws {
        let disclosure = try DisclosureLoader.load(contentsOf: Self.tiny)
        #expect(disclosure.threePublic.current.total == 0 && disclosure.threePublic.previous.total == 0)
        #expect(disclosure.duties.offices.allSatisfy { $0.title == nil })
        let text = try Self.renderedText(Self.tiny)
        for phrase in ["2024年，我单位安排政府采购预算0.00万元。", "1、宣传贯彻农业法律法规和惠农政策。", "1.按月报送工作进度。",
                       "注：本单位无固定资产，本表无数据。", "注：本单位无“三公”经费预算。", "2023年机关运行经费预算3.50万元，2024年与上年持平"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
        // An untitled list has no heading number of its own.
        #expect(!text.contains("（一）宣传"))
        #expect(!text.contains("其中：货物类"))
    }

    @Test func theWebFormsTextPrintsAsWritten() throws {
        let text = try Self.renderedText(Self.webForm)
        for phrase in ["<b>青山区文化馆</b>（非遗保护中心）", "举办\"{department.name}\"杯广场舞大赛", "<script>alert(1)</script>",
                       "申报</i>&amp;保护", "王䶮、李堃、张喆、吉𠮷", "信息化系统情况表<b>（网上填报）</b>", "非遗数据库{db}",
                       "https://feiyi.qingshan.gov.cn/?q={name}&amp;page=1", "主要增减变化原因：①新增“㘎山非遗”保护项目"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
    }

    @Test func everyOptionalPartPrints() throws {
        let text = try Self.renderedText(Self.complete)
        for phrase in [
            "主要增减变化原因：主要原因是：一是新增应急物资储备库运维项目", "2022年机关运行经费预算55.10万元，2023年同比减少2.80万元，同比下降5.08%。",
            "人次，其中：本部门组织因公出国（境）团组1个、5人次；参加其他部门组织的因公出国（境）团组1个、4人次。",
            "因公出国（境）费增减变化原因：安排赴香港", "公务用车购置及运行维护费增减变化原因：", "公务接待费增减变化原因：压减",
            "货物类采购预算10.00万元，占政府采购预算的58.82%；工程类采购预算0.00万元，占0.00%；服务类采购预算7.00万元，占41.18%。",
            "政府集中采购预算17.00万元，占100.00%；分散采购预算0.00万元，占0.00%。", "2022年政府采购预算20.00万元，2023年同比减少3.00万元，同比下降15.00%。", "政府采购预算明细表", "所属单位情况表",
            "注：本表与正文政府采购预算一致。", "注：县应急救援指挥中心为局属事业单位。", "注：价值为账面原值；车辆含应急保障用车。",
            "注：因公出国（境）费为赴香港技术交流费用。", "1、完成县委、县政府交办的其他任务。",
        ] {
            #expect(text.contains(phrase), "\(phrase)")
        }
    }

    /// The budget layout prints the three-level indicator table (项目支出绩效目标表) for a department that
    /// gives its projects' targets, the unit after the value, 一级 and 二级 merged down.
    @Test func theCompleteDepartmentPrintsItsProjectTargetsInThreeLevels() throws {
        let text = try Self.renderedText(Self.complete)
        for phrase in ["项目支出绩效目标表", "一级指标", "三级指标", "指标性质", "项目名称：应急物资储备库运维", "项目资金：36.00万元",
                       "年度绩效目标：保障应急物资储备库正常运转", "储备帐篷≥600顶", "物资完好率≥98%", "得到有效保障"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
    }

    /// A copy of the complete department with one defect planted: `check` reports exactly it.
    @Test(arguments: [
        ("  goods: 10.00", "  goods: 11.00", "procurement-parts"),
        ("  centralized: 17.00", "  centralized: 16.00", "procurement-parts"),
        ("own_people: 5", "own_people: 6", "trip-parts"),
        ("previous_amount: 55.10", "previous_amount: -55.10", "negative-amount"),
        (#"["柞水县应急救援指挥中心", "公益一类事业单位", "12", "11"]"#, #"["柞水县应急救援指挥中心", "12", "11"]"#, "custom-table"),
    ])
    func aPlantedDefectIsTheOnlyFinding(_ planted: (old: String, new: String, rule: String)) throws {
        let yaml = try String(contentsOfFile: Self.complete, encoding: .utf8)
        try #require(yaml.contains(planted.old))
        let path = (try Support.temporaryDirectory() as NSString).appendingPathComponent("planted.yaml")
        try yaml.replacingOccurrences(of: planted.old, with: planted.new).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Self.checkRules(path) == [planted.rule])
    }

    @Test func aDepartmentKindOtherThanUnitOrDepartmentIsAnErrorNamingTheField() throws {
        let yaml = try String(contentsOfFile: Self.complete, encoding: .utf8)
            .replacingOccurrences(of: "  kind: department", with: "  kind: bureau")
        #expect {
            _ = try DisclosureLoader.load(yaml: yaml, file: "kind.yaml")
        } throws: { error in
            "\(error)".contains("department.kind") && "\(error)".contains("bureau")
        }
    }
}
