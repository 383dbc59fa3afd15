import Foundation

/// Realistic test departments for batches and benchmarks: varied and valid (`gongkai check` finds no
/// error), from a few lines to a twenty-page matrix, long names, amounts of every size. The same seed
/// always gives the same files.
public enum SampleDepartments {
    /// `count` departments as (file name, YAML text) for the budget year `year`.
    public static func generate(count: Int, seed: UInt64, year: Int = 2024) -> [(file: String, yaml: String)] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { index in
            let code = String(format: "%03d", 101 + index)
            return ("\(code)-\(year).yaml", department(code: code, year: year, random: &random))
        }
    }

    private static let units = [
        "财政局", "教育局", "卫生健康委员会", "人力资源和社会保障局", "自然资源和规划局", "住房和城乡建设局", "交通运输局", "农业农村局",
        "文化广电和旅游局", "应急管理局", "市场监督管理局", "统计局", "医疗保障局", "总工会", "妇女联合会", "共青团委员会",
        "科学技术协会", "档案馆", "机关事务服务中心", "政务服务和数据管理局", "生态环境分局", "退役军人事务局", "民政局", "司法局",
    ]
    private static let places = ["承德高新技术产业开发区", "双桥区", "双滦区", "鹰手营子矿区", "兴隆县", "滦平县", "隆化县", "丰宁满族自治县", "宽城满族自治县"]
    private static let clauses = [
        "认真贯彻落实上级决策部署", "强化预算绩效管理", "提高财政资金使用效益", "做好日常管理和服务保障工作", "推进重点项目建设",
        "加强制度建设和内部控制", "提升公共服务水平", "完善工作机制", "按照时间节点完成任务", "确保资金使用安全规范", "加强队伍建设",
        "做好信息公开和宣传工作", "组织开展专项检查", "落实安全生产责任", "服务群众和基层",
    ]
    private static let indicators = ["完成率", "覆盖率", "满意度", "资金使用率", "按时完成率", "达标率", "知晓率", "合格率"]

    private static func department(code: String, year: Int, random: inout SplitMix64) -> String {
        let place = places[random.next(places.count)]
        let unit = units[random.next(units.count)]
        // A few long names, as real ones can be.
        let name = random.next(6) == 0 ? "\(place)\(unit)机关服务保障和综合业务管理中心" : "\(place)\(unit)"
        func sentence(_ parts: Int) -> String {
            (0..<parts).map { _ in clauses[random.next(clauses.count)] }.joined(separator: "，") + "。"
        }
        // Amounts from tenths of a 万元 to tens of thousands.
        let scale = [1, 10, 100, 1_000, 10_000][random.next(5)]
        func amount(_ low: Int, _ high: Int) -> Decimal {
            Decimal(random.next(high - low + 1) + low) * Decimal(scale) / 100
        }
        let personnel = amount(100, 9_000)
        let publicUse = amount(10, 2_000)
        let project = amount(0, 20_000)
        let total = personnel + publicUse + project
        let operating = min(publicUse, amount(5, 1_500))
        func previous(_ value: Decimal) -> Decimal {
            var result = value * Decimal(70 + random.next(60)) / 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &result, 2, .plain)
            return rounded
        }
        let reception = Decimal(random.next(50)) / 10
        let vehiclesHeld = random.next(4)
        let operation = vehiclesHeld > 0 ? Decimal(random.next(80) + 1) / 10 : 0

        // Matrix: 1 to 8 duties, 1 to 5 activities each, 1 to 6 indicators each; budgets share 项目支出.
        // About one department in ten has a large matrix (twenty pages and more).
        let large = random.next(10) == 0
        let dutyCount = large ? 8 : 1 + random.next(random.next(4) == 0 ? 8 : 3)
        var activityBudgets: [[Decimal]] = []
        for _ in 0..<dutyCount { activityBudgets.append((0..<(large ? 8 + random.next(3) : 1 + random.next(5))).map { _ in 0 }) }
        let activities = activityBudgets.reduce(0) { $0 + $1.count }
        var remaining = project
        var slot = 0
        for d in activityBudgets.indices {
            for a in activityBudgets[d].indices {
                slot += 1
                if slot == activities {
                    activityBudgets[d][a] = remaining
                } else {
                    var share = project / Decimal(activities)
                    var rounded = Decimal()
                    NSDecimalRound(&rounded, &share, 2, .down)
                    activityBudgets[d][a] = rounded
                    remaining -= rounded
                }
            }
        }

        var y = """
            # Generated test department (gongkai sample-data): figures are invented but consistent.
            department:
              code: "\(code)"
              name: "\(name)"
            year: \(year)
            duties:
              offices:

            """
        for o in 0..<(1 + random.next(5)) {
            y += "    - title: \"\(["办公室", "财务科", "业务一科", "业务二科", "综合科"][o])工作职责\"\n      items:\n"
            for _ in 0..<(1 + random.next(8)) { y += "        - \"\(sentence(1 + random.next(3)))\"\n" }
        }
        y += """
              internal_organization: "内设\(1 + random.next(9))个科室。"
              organization:
                - {name: "\(name)", nature: "行政单位", rank: "正处级", funding: "财政拨款"}
            budget:
              income: {general_budget: \(total), government_fund: 0, special_account: 0, other: 0}
              expenditure:
                basic: {personnel: \(personnel), public: \(publicUse)}
                project: \(project)
            previous_budget:
              expenditure:
                basic: {total: \(previous(personnel + publicUse))}
                project: \(previous(project))
            budget_notes:
              overview: "按照预算管理有关规定，本部门的全部收入和支出都反映在预算中。"
              project_description: "主要用于履行部门职责的项目支出"
            operating_costs: {amount: \(operating), purpose: "办公费、印刷费、邮电费、差旅费、会议费等"}
            three_public:
              current: {trips_abroad: 0, vehicles: {purchase: 0, operation: \(operation)}, reception: \(reception)}
              previous: {trips_abroad: 0, vehicles: {purchase: 0, operation: \(previous(operation))}, reception: \(previous(reception))}
              reason: "\(sentence(2))"
              trips: {groups: 0, people: 0}
              vehicles: {purchased: 0, held: \(vehiclesHeld)}
            performance:
              overall_goal: "\(sentence(4))"
              duty_goals_intro: "根据\(year)年度工作计划，其职责分类绩效目标情况说明如下："
              duty_goals:

            """
        for _ in 0..<dutyCount { y += "    - \"\(sentence(2))\"\n" }
        y += "  matrix:\n"
        for d in 0..<dutyCount {
            y += "    - name: \"\(clauses[random.next(clauses.count)])\"\n      description: \"\(sentence(2))\"\n      goal: \"\(sentence(1))\"\n      activities:\n"
            for a in activityBudgets[d].indices {
                y += "        - name: \"\(clauses[random.next(clauses.count)])\"\n          budget: \(activityBudgets[d][a])\n"
                y += "          description: \"\(sentence(large ? 4 : 1 + random.next(3)))\"\n          goal: \"\(sentence(large ? 3 : 1 + random.next(2)))\"\n          indicators:\n"
                for _ in 0..<(large ? 6 : 1 + random.next(6)) {
                    let indicator = indicators[random.next(indicators.count)]
                    y += random.next(2) == 0
                        ? "            - {name: \"\(indicator)\", grades: [\"100%\", \"90%\", \"80%\", \"60%\"]}\n"
                        : "            - {name: \"\(indicator)\", standard: \"\(["100%", "≥95%", "按期完成", "一致"][random.next(4)])\"}\n"
                }
            }
        }
        let assets = amount(10, 50_000)
        y += """
              safeguards:
                - title: "加快预算执行"
                  items: ["\(sentence(2))", "\(sentence(2))"]
            procurement: {amount: \(amount(0, 500))}
            assets:
              fixed_assets_total: \(assets)
              planned_purchases: 0
              table_title: "区直部门固定资产占用情况表"
              prepared_by: "\(name)"
              as_of: "\(year - 1)年12月31日"
              rows:
                - {item: "资产总额", quantity: "——", value: \(assets)}
                - {item: "其他固定资产", value: \(assets)}
            glossary:
              - {term: "基本支出", definition: "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"}
              - {term: "项目支出", definition: "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"}
            other_matters: "本部门无其他需要说明的事项。"

            """
        y += budgetTables(personnel: personnel, publicUse: publicUse, project: project, random: &random)
        return y
    }

    /// 行政运行 codes of common 款, each with its 一般行政管理事务 (xx02) for project spending.
    private static let administrationCodes = [
        "2010301", "2010501", "2010601", "2012601", "2012901", "2050101", "2060101", "2070101", "2080101", "2100101",
        "2110101", "2120101", "2130101", "2240101",
    ]

    /// Classified lines consistent with the totals: personnel split into salaries, pension, annuity,
    /// medical insurance and housing fund; public spending under 行政运行; projects under 一般行政管理事务.
    private static func budgetTables(
        personnel: Decimal, publicUse: Decimal, project: Decimal, random: inout SplitMix64
    ) -> String {
        func share(_ value: Decimal, _ percent: Int) -> Decimal {
            var result = value * Decimal(percent) / 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &result, 2, .down)
            return rounded
        }
        let administration = administrationCodes[random.next(administrationCodes.count)]
        let pension = share(personnel, 12)
        let annuity = share(personnel, 4)
        let medical = share(personnel, 6)
        let housing = share(personnel, 8)
        let salaries = personnel - pension - annuity - medical - housing
        var y = "budget_tables:\n  function:\n"
        y += "    - {code: \"\(administration)\", personnel: \(salaries), public: \(publicUse)}\n"
        if project > 0 { y += "    - {code: \"\(administration.dropLast(2))02\", project: \(project)}\n" }
        for (code, value) in [("2080505", pension), ("2080506", annuity), ("2101101", medical), ("2210201", housing)] where value > 0 {
            y += "    - {code: \"\(code)\", personnel: \(value)}\n"
        }
        y += "  economic:\n"
        let basicPay = share(personnel, 25)
        let allowances = share(personnel, 20)
        let performancePay = share(personnel, 15)
        let otherPay = personnel - basicPay - allowances - performancePay - pension - annuity - medical - housing
        let personnelLines = [
            ("30101", basicPay), ("30102", allowances), ("30107", performancePay), ("30108", pension), ("30109", annuity),
            ("30110", medical), ("30113", housing), ("30199", otherPay),
        ]
        for (code, value) in personnelLines where value > 0 { y += "    - {code: \"\(code)\", personnel: \(value)}\n" }
        let office = share(publicUse, 40)
        let post = share(publicUse, 10)
        let travel = share(publicUse, 20)
        for (code, value) in [("30201", office), ("30207", post), ("30211", travel), ("30299", publicUse - office - post - travel)]
        where value > 0 {
            y += "    - {code: \"\(code)\", public: \(value)}\n"
        }
        return y
    }
}

/// A small, fast, seedable generator (SplitMix64): the same seed gives the same departments everywhere.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}
