import Foundation
import GongkaiModel

/// Writes a new department file: the figures and table references taken from the exports where there are
/// any, every text the department writes itself, and every number no public table gives, left as 待填写 with
/// a Chinese comment saying what goes there (a number so marked reads as 0 until filled).
/// `gongkai check` reports each 待填写 still in the file, so that the department works through the list.
public struct DepartmentFileWriter {
    /// The mark of a field still to be filled (one of the placeholders `gongkai check` reports).
    public static let placeholder = "待填写"

    /// A table of classified lines to take from an export: `{from: …, sheet: …, source: …}`.
    public struct TableReference: Sendable {
        public var classification: Classification
        public var from: String
        public var sheet: String?
        public var source: FundSource
    }

    public var figures: ExportFigures?
    public var tables: [TableReference]
    /// The exports the figures came from, named in the file's first comment.
    public var sourceName: String?
    public var year: Int

    /// A skeleton without figures (all blank, i.e. 0) or tables.
    public init(year: Int) {
        self.figures = nil
        self.tables = []
        self.year = year
    }

    /// A file with the figures of `tables`, whose classified tables are referenced relative to `folder` (the
    /// folder the department file is written in).
    public init(from tables: PublicTables, figures: ExportFigures, year: Int, folder: String) {
        self.figures = figures
        self.year = year
        sourceName = (tables.source as NSString).lastPathComponent
        self.tables = PublicTable.allCases.compactMap { table in
            guard let lines = table.lines, let found = tables.found[table] else { return nil }
            return TableReference(
                classification: lines.classification, from: Self.relativePath(found.place.file, from: folder), sheet: found.place.sheet,
                source: lines.source)
        }
    }

    /// `path` relative to `folder` ("../" where it is not below it).
    static func relativePath(_ path: String, from folder: String) -> String {
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let base = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        return (Array(repeating: "..", count: base.count - common) + target[common...]).joined(separator: "/")
    }

    /// The department file's text.
    public func yaml() -> String {
        let name = figures?.departmentName
        let todo = quoted(Self.placeholder)
        var lines: [String] = []
        let origin = sourceName.map { "数字和公开表取自预算管理一体化系统导出的“\($0)”；" } ?? "数字请按预算管理一体化系统的公开表填写；"
        lines += [
            "# \(year)年部门预算信息公开的数据文件，由 gongkai new 生成。",
            "# \(origin)标为“待填写”的文字由部门填写，",
            "# gongkai check 列出尚未填写的字段。金额单位：万元。格式见 docs/data-format.md。",
            "",
            "department:",
            "  code: \(quoted(figures?.departmentCode ?? Self.placeholder))  # 部门编码",
            "  name: \(name.map(quoted) ?? todo)  # 部门全称",
            "  short_name: \(todo)  # 部门简称，正文中使用（如“承德高新区总工会”）；与全称相同时可删去此行",
            "",
            "year: \(year)",
            "",
            "duties:",
            "  # 一、部门职责：每个科室一组，label 为编号（如“（一）、”），title 为标题，items 为职责条目（由版式编号）",
            "  offices:",
            "    - label: \"（一）、\"",
            "      title: \(todo)",
            "      items:",
            "        - \(todo)",
            "  internal_organization: \(todo)  # 内设机构：一段文字",
            "  # 机构设置情况表：每个单位一行（名称、性质如“行政单位”、规格如“正处级”、经费保障形式如“财政拨款”）",
            "  organization:",
            "    - name: \(name.map(quoted) ?? todo)",
            "      nature: \(todo)",
            "      rank: \(todo)",
            "      funding: \(todo)",
            "",
        ]
        lines += figureLines("budget", comment: "本年预算（取自部门收支总表）", complete: true)
        lines += figureLines("previous_budget", comment: "上年预算（取自部门收支总表的上年预算数）", complete: false)
        lines += [
            "budget_notes:",
            "  overview: \(todo)  # 二、收支预算总体情况的说明文字",
            "  project_description: \(todo)  # 项目支出说明（如“全部为工会事务支出”）",
            "",
            "operating_costs:",
            "  amount: \(todo)  # 机关运行经费（万元）",
            "  purpose: \(todo)  # 机关运行经费的主要用途（如“办公费、邮电费、差旅费”）",
            "",
            "three_public:  # 财政拨款“三公”经费（取自“三公”经费支出表）",
        ]
        for (key, label) in [("current", "本年"), ("previous", "上年")] {
            lines += [
                "  \(key):  # \(label)",
                "    trips_abroad: \(amount("three_public.\(key).trips_abroad"))  # 因公出国（境）费",
                "    vehicles:",
                "      purchase: \(amount("three_public.\(key).vehicles.purchase"))  # 公务用车购置费",
                "      operation: \(amount("three_public.\(key).vehicles.operation"))  # 公务用车运行维护费",
                "    reception: \(amount("three_public.\(key).reception"))  # 公务接待费",
            ]
        }
        lines += [
            "  reason: \(todo)  # “三公”经费增减变化的原因",
            "  trips:",
            "    groups: \(todo)  # 因公出国（境）团组数",
            "    people: \(todo)  # 因公出国（境）人次",
            "  vehicles:",
            "    purchased: \(todo)  # 本年购置公务用车（辆）",
            "    held: \(todo)  # 年末公务用车保有量（辆）",
            "",
            "performance:",
            "  overall_goal: \(todo)  # 总体绩效目标",
            "  duty_goals_intro: \(todo)  # 职责分类绩效目标的引言",
            "  duty_goals:  # 职责分类绩效目标，每条一项",
            "    - \(todo)",
            "  # 部门职责-工作活动绩效目标：可写出，也可取自绩效目标表的导出，如 matrix: {from: \"绩效.xlsx\"}",
            "  matrix:",
            "    - name: \(todo)  # 职责",
            "      activities:",
            "        - name: \(todo)  # 工作活动",
            "          indicators:",
            "            - name: \(todo)  # 绩效指标",
            "              standard: \(todo)  # 评价标准（优、良、中、差各不同时写 grades: [优, 良, 中, 差]）",
            "  safeguards:  # 保障措施：每组一个标题和若干条措施",
            "    - title: \(todo)",
            "      items:",
            "        - \(todo)",
            "",
            "procurement:",
            "  amount: \(todo)  # 政府采购预算（万元）",
            "",
            "assets:",
            "  fixed_assets_total: \(todo)  # 上年末固定资产金额（万元）",
            "  planned_purchases: \(todo)  # 本年度拟购置固定资产总额（万元）",
            "  table_title: \(todo)  # 资产表标题（如“××部门固定资产占用情况表”）",
            "  prepared_by: \(todo)  # 资产表的编制单位（部门全称\(name.map { "“\($0)”" } ?? "")或简称）",
            "  as_of: \(quoted("\(year - 1)年12月31日"))  # 截止时间",
            "  rows:  # 资产明细：项目、数量、价值（万元）",
            "    - item: \(todo)",
            "",
            "glossary:  # 名词解释",
            "  - term: \(todo)",
            "    definition: \(todo)",
            "",
        ]
        if !tables.isEmpty {
            lines += [
                "budget_tables:  # 部门预算公开表的明细，取自导出的工作簿",
                "  # note: \"注：……\"  # 可选：印在第一张公开表下的注",
            ]
            for classification in [Classification.function, .economic] {
                let references = tables.filter { $0.classification == classification }
                guard !references.isEmpty else { continue }
                lines.append("  \(classification == .function ? "function" : "economic"):")
                for reference in references {
                    let sheet = reference.sheet.map { ", sheet: \(quoted($0))" } ?? ""
                    lines.append("    - {from: \(quoted(reference.from))\(sheet), source: \(reference.source.rawValue)}")
                }
            }
            lines.append("")
        } else {
            lines += [
                "# 部门预算公开表的明细：可取自预算管理一体化系统导出的工作簿，如",
                "# budget_tables:",
                "#   function:",
                "#     - {from: \"公开表.xlsx\", sheet: \"一般公共预算支出表\", source: general_budget}",
                "#   economic:",
                "#     - {from: \"公开表.xlsx\", sheet: \"一般公共预算基本支出表\", source: general_budget}",
                "",
            ]
        }
        lines.append("other_matters: \(todo)  # 九、其他需要说明的事项")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `budget:` or `previous_budget:`. This year's figures are all written (blank when no export gave them, which
    /// reads as 0). Last year's are written where the export has them: an income split it lacks is left out (only
    /// expenditure is required), and a required figure it lacks is 待填写; a skeleton's are blank, its 基本支出
    /// parts 0.
    private func figureLines(_ prefix: String, comment: String, complete: Bool) -> [String] {
        func value(_ field: String) -> String? { figures?.amounts["\(prefix).\(field)"].map { NumberFormat.plain($0) } }
        let todo = quoted(Self.placeholder)
        let sources = ["income.general_budget", "income.government_fund", "income.special_account", "income.other"]
        let basicParts = ["expenditure.basic.personnel", "expenditure.basic.public"]
        let labels: [String: String] = [
            "income.general_budget": "一般公共预算拨款收入", "income.government_fund": "政府性基金预算拨款收入",
            "income.special_account": "财政专户管理资金收入", "income.other": "单位资金（其他收入）", "income.total": "收入合计",
            "expenditure.basic.personnel": "人员经费", "expenditure.basic.public": "公用经费", "expenditure.basic.total": "基本支出合计",
            "expenditure.project": "项目支出", "expenditure.total": "支出合计",
        ]
        /// The written value of `field`, nil to leave the line out.
        func written(_ field: String) -> String? {
            if complete { return value(field) ?? "" }
            guard figures != nil else { return basicParts.contains(field) ? "0" : "" }
            if let known = value(field) { return known }
            switch field {
            case _ where sources.contains(field): return todo  // only asked for when some of the split is known
            case "expenditure.basic.total": return basicParts.allSatisfy({ value($0) != nil }) ? nil : todo
            case "expenditure.project": return todo
            default: return nil
            }
        }
        func lines(_ fields: [String], indent: String) -> [String] {
            fields.compactMap { field in
                written(field).map { "\(indent)\(field.split(separator: ".").last!): \($0)  # \(labels[field] ?? "")" }
            }
        }
        let incomeKnown = complete || figures == nil || sources.contains { value($0) != nil }
        let income = incomeKnown ? ["  income:"] + lines(sources + ["income.total"], indent: "    ") : []
        return ["\(prefix):  # \(comment)"] + income + ["  expenditure:", "    basic:"]
            + lines(basicParts + ["expenditure.basic.total"], indent: "      ")
            + lines(["expenditure.project", "expenditure.total"], indent: "    ") + [""]
    }

    /// An amount as the file writes it; blank (0 when read) when no export gave it.
    private func amount(_ path: String) -> String {
        figures?.amounts[path].map { NumberFormat.plain($0) } ?? ""
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
