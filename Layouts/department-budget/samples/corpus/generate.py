#!/usr/bin/env python3
"""Writes the corpus of department files (see README.md here): four departments unlike the sample and
unlike each other, each consistent (`gongkai check` reports nothing). Run from anywhere:
`python3 Layouts/department-budget/samples/corpus/generate.py`. The YAML is committed; this script is how
it was made, so that a change to one figure can be carried through all the sums."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def q(text):
    """A YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def money(cents, thousands=False):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    whole = f"{cents // 100:,}" if thousands else str(cents // 100)
    return f"{sign}{whole}.{cents % 100:02d}"


class Lines:
    """Classified lines (code, source, personnel, public, project) in cents, and their sums."""

    def __init__(self):
        self.function = []
        self.economic = []

    def add(self, code, source="general_budget", personnel=0, public=0, project=0, previous=None):
        self.function.append((code, source, personnel, public, project, previous))

    def total(self, source=None, kind=None):
        s = 0
        for code, src, p, u, j, _ in self.function:
            if source and src != source:
                continue
            s += {"personnel": p, "public": u, "project": j, None: p + u + j}[kind]
        return s

    def yaml(self, note=None, code_list=None):
        out = ["budget_tables:"]
        if code_list:
            out.append(f"  code_list: {code_list}")
        if note:
            out.append(f"  note: {q(note)}")
        out.append("  function:")
        for code, src, p, u, j, prev in self.function:
            parts = [f'code: "{code}"']
            if src != "general_budget":
                parts.append(f"source: {src}")
            for name, v in (("personnel", p), ("public", u), ("project", j)):
                if v:
                    parts.append(f"{name}: {money(v)}")
            if prev is not None:
                parts.append(f"previous: {money(prev)}")
            out.append("    - {" + ", ".join(parts) + "}")
        out.append("  economic:")
        for code, p, u in self.economic:
            parts = [f'code: "{code}"'] + [f"{n}: {money(v)}" for n, v in (("personnel", p), ("public", u)) if v]
            out.append("    - {" + ", ".join(parts) + "}")
        return "\n".join(out)

    def split_economic(self, personnel_codes, public_codes):
        """Economic lines that add up to the general budget's basic expenditure, spread over the codes."""
        for codes, kind in ((personnel_codes, "personnel"), (public_codes, "public")):
            total = self.total("general_budget", kind)
            weights = [w for _, w in codes]
            shares = [total * w // sum(weights) for w in weights]
            shares[0] += total - sum(shares)
            for (code, _), share in zip(codes, shares):
                self.economic.append((code, share, 0) if kind == "personnel" else (code, 0, share))


PERSONNEL_CODES = [("30101", 30), ("30102", 18), ("30103", 4), ("30107", 22), ("30108", 10), ("30109", 3),
                   ("30110", 5), ("30113", 6), ("30199", 2)]
PUBLIC_CODES = [("30201", 25), ("30205", 8), ("30206", 15), ("30207", 6), ("30211", 12), ("30213", 14),
                ("30216", 8), ("30228", 6), ("30229", 6)]


def figures(lines, previous_total_basic, previous_project, income_previous=None):
    g, f, s, o = (lines.total(x) for x in ("general_budget", "government_fund", "special_account", "other"))
    p, u, j = (lines.total(kind=k) for k in ("personnel", "public", "project"))
    out = [
        "budget:",
        "  income:",
        f"    general_budget: {q(money(g, True))}",
        f"    government_fund: {money(f)}",
        f"    special_account: {money(s)}",
        f"    other: {money(o)}",
        f"    total: {q(money(g + f + s + o, True))}",
        "  expenditure:",
        f"    basic: {{personnel: {money(p)}, public: {money(u)}, total: {money(p + u)}}}",
        f"    project: {money(j)}",
        f"    total: {money(p + u + j)}",
        "previous_budget:",
    ]
    if income_previous:
        out.append("  income: {" + ", ".join(f"{k}: {money(v)}" for k, v in income_previous.items()) + "}")
    out += ["  expenditure:",
            f"    basic: {{total: {money(previous_total_basic)}}}",
            f"    project: {money(previous_project)}",
            f"    total: {money(previous_total_basic + previous_project)}"]
    return "\n".join(out), (g, f, s, o, p, u, j)


def write(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as handle:
        handle.write(text.rstrip() + "\n")


def matrix_yaml(duties, indent="    "):
    """duties: [(name, description, goal, [(activity, budget_cents, description, goal, [(indicator, grades|standard)])])]"""
    out = []
    for name, description, goal, activities in duties:
        out.append(f"{indent}- name: {q(name)}")
        if description:
            out.append(f"{indent}  description: {q(description)}")
        if goal:
            out.append(f"{indent}  goal: {q(goal)}")
        out.append(f"{indent}  activities:")
        for activity, budget, adesc, agoal, indicators in activities:
            out.append(f"{indent}    - name: {q(activity)}")
            if budget is not None:
                out.append(f"{indent}      budget: {money(budget)}")
            if adesc:
                out.append(f"{indent}      description: {q(adesc)}")
            if agoal:
                out.append(f"{indent}      goal: {q(agoal)}")
            out.append(f"{indent}      indicators:")
            for indicator, value in indicators:
                if isinstance(value, list):
                    out.append(f"{indent}        - {{name: {q(indicator)}, grades: [{', '.join(q(v) for v in value)}]}}")
                else:
                    out.append(f"{indent}        - {{name: {q(indicator)}, standard: {q(value)}}}")
    return "\n".join(out)


def spread(total, count):
    """`total` cents in `count` uneven parts that add up exactly."""
    weights = [7 + (i * 5) % 11 for i in range(count)]
    parts = [total * w // sum(weights) for w in weights]
    parts[-1] += total - sum(parts)
    return parts


# ---------------------------------------------------------------------------------------------------
# 1. A large 局: an education bureau with two dozen schools, all four income sources, 120 indicators.

SCHOOL_KINDS = [("2050201", "幼儿园"), ("2050202", "小学"), ("2050203", "初级中学"), ("2050204", "高级中学")]
TOWNS = ["城关", "河东", "河西", "北坝", "南湖", "东岭", "西岗", "石桥", "柳林", "杏花", "青龙", "白马"]


def bureau():
    lines = Lines()
    lines.add("2050101", personnel=48612, public=13250, previous=60011)        # 机关行政运行
    schools = []
    for i in range(24):
        code, kind = SCHOOL_KINDS[i % 4]
        schools.append((f"滨江区{TOWNS[i % 12]}{'第二' if i >= 12 else ''}{kind}", code))
    # The schools' money by kind of school (one line per code and source).
    for code, _ in SCHOOL_KINDS:
        n = sum(1 for _, c in schools if c == code)
        lines.add(code, personnel=n * 286455, public=n * 41237, project=n * 53310)
    lines.add("2050299", source="special_account", project=1287600)          # 教育收费（财政专户）
    lines.add("2050299", source="other", project=356000)                      # 单位资金
    lines.add("2120899", source="government_fund", project=2200000)            # 土地出让收入安排的教育资金
    lines.add("2080505", personnel=1568833)
    lines.add("2080506", personnel=627533)
    lines.add("2101102", personnel=784417)
    lines.add("2210201", personnel=941300)
    lines.split_economic(PERSONNEL_CODES, PUBLIC_CODES)
    text, (g, f, s, o, p, u, j) = figures(lines, previous_total_basic=p_prev(lines), previous_project=lines.total(kind="project") - 1250000)
    # The matrix: 6 duties x 4 activities x 5 indicators; the activities' budgets add up to 项目支出.
    budgets = spread(j, 24)
    duty_names = ["落实立德树人根本任务", "推进学前教育普及普惠", "促进义务教育优质均衡", "推动普通高中多样化发展",
                  "加强教师队伍建设", "保障教育安全与后勤"]
    duties = []
    k = 0
    for d, dname in enumerate(duty_names):
        activities = []
        for a in range(4):
            school = schools[k][0]
            indicators = [
                ("学生资助覆盖率", ["100%", "98%", "95%", "90%"]),
                ("校舍安全隐患整改率", ["100%", "95%", "90%", "85%"]),
                ("教师培训学时", ["≥72", "≥60", "≥48", "<48"]),
                ("家长满意度", "≥95%"),
                ("资金拨付及时率", ["100%", "95%", "90%", "80%"]),
            ]
            activities.append((f"{school}运转保障", budgets[k], f"保障{school}教育教学、安全管理和校园维修等日常运转。",
                               "学校运转正常，教学秩序稳定，办学条件持续改善。", indicators))
            k += 1
        duties.append((dname, f"{dname}，统筹全区学校开展相关工作。", f"{dname}目标全面完成。", activities))
    organization = "\n".join(
        f"    - {{name: {q(name)}, nature: \"事业单位\", rank: \"股级\", funding: \"财政补助\"}}" for name, _ in schools)
    three_current = {"trips_abroad": 0, "purchase": 0, "operation": 1860000 // 100, "reception": 420000 // 100}
    yaml = f"""# Corpus department 1: a large bureau (局) with 24 subordinate schools, all four income sources and a
# performance matrix of 120 indicators. Generated by generate.py; consistent (`gongkai check` reports nothing).
department:
  code: "301"
  name: "滨江区教育局"
  kind: department

year: 2024

duties:
  offices:
    - title: "主要职责"
      items:
        - "贯彻执行国家、省、市有关教育工作的方针、政策和法律法规，拟订全区教育改革与发展规划并组织实施。"
        - "统筹管理全区学前教育、义务教育、普通高中教育和特殊教育，指导学校教育教学改革。"
        - "负责全区教育经费的统筹管理，参与拟订教育经费筹措、教育拨款的政策，监督教育经费的使用。"
        - "负责全区中小学教师队伍建设，指导学校人事制度改革和教师继续教育工作。"
        - "负责全区学校安全稳定、校园周边环境治理和学校后勤保障工作。"
    - title: "下属单位"
      items:
{chr(10).join(f'        - {q(name + "：实施" + ("学前" if c == "2050201" else "") + "教育教学，保障学校日常运转。")}' for name, c in schools)}
  internal_organization: "滨江区教育局内设办公室、基础教育股、计划财务股、人事股、安全稳定股、督导室等6个股室，下属学校24所（幼儿园、小学、初级中学、高级中学各6所）。"
  organization:
    - {{name: "滨江区教育局", nature: "行政单位", rank: "正科级", funding: "财政拨款"}}
{organization}

{text}

budget_notes:
  overview: "滨江区教育局部门预算由局机关和所属24所学校的预算组成，收入包括一般公共预算拨款、政府性基金预算拨款、财政专户管理资金和单位资金，全部收支均纳入部门预算管理。"
  project_description: "主要用于学校运转保障、教育收费安排的支出和土地出让收入计提的教育资金支出"

operating_costs:
  amount: 132.50
  purpose: "局机关办公费、水电费、邮电费、差旅费、维修（护）费、培训费"

three_public:
  current:
    trips_abroad: 0
    vehicles: {{purchase: 0, operation: 18.60}}
    reception: 4.20
  previous:
    trips_abroad: 0
    vehicles: {{purchase: 0, operation: 19.80}}
    reception: 4.65
  reason: "严格落实过紧日子要求，压减公务用车运行维护费和公务接待费。"
  trips: {{groups: 0, people: 0}}
  vehicles: {{purchased: 0, held: 6}}

performance:
  overall_goal: "全面贯彻党的教育方针，办好人民满意的教育，推进全区各级各类教育高质量发展。"
  duty_goals_intro: "根据本局职责，分类绩效目标如下："
  duty_goals:
{chr(10).join(f'    - {q(name + "：按计划完成年度任务。")}' for name in duty_names)}
  matrix:
{matrix_yaml(duties)}
  safeguards:
    - title: "加强预算执行管理"
      items: ["建立预算执行月通报制度。", "对执行进度滞后的学校约谈督办。"]
    - title: "强化绩效运行监控"
      items: ["开展年中绩效运行监控。", "将评价结果与下年预算安排挂钩。"]

procurement:
  amount: 486.30

assets:
  fixed_assets_total: "12,648.75"
  planned_purchases: 320.00
  table_title: "滨江区教育局固定资产占用情况表"
  prepared_by: "滨江区教育局"
  as_of: "2023年12月31日"
  rows:
    - {{item: "资产总额", value: "12,648.75"}}
    - {{item: "房屋", quantity: "86栋", value: "9,812.40"}}
    - {{item: "车辆", quantity: "6辆", value: 132.60}}
    - {{item: "其中：公务用车", quantity: "6辆", value: 132.60}}
    - {{item: "教学仪器设备", quantity: "——", value: "2,103.55"}}
    - {{item: "图书", quantity: "41.2万册", value: 600.20}}

glossary:
  - {{term: "财政专户管理资金", definition: "纳入财政专户管理的教育收费等资金。"}}
  - {{term: "单位资金", definition: "学校自有的事业收入、经营收入和其他收入。"}}

{lines.yaml()}

other_matters: "本部门预算含所属24所学校，各学校不再单独公开部门预算。"
"""
    write("301-bureau-2024.yaml", yaml)


def p_prev(lines):
    return lines.total(kind="personnel") + lines.total(kind="public") - 312000
# ---------------------------------------------------------------------------------------------------
# 2. A tiny 所: a unit whose "三公" figures are all zero, typed several ways; most tables empty; no fixed
#    assets; plain lists of duties and safeguards without titles; last year's income split unknown.

def tiny():
    text = """# Corpus department 2: a tiny unit (所) of three people. Every "三公" figure is zero, typed as 0, 0.00,
# blank and "-"; it has no fixed assets, no project spending, no procurement; its duties and safeguards
# are plain lists without titles. Consistent (`gongkai check` reports nothing).
department:
  code: "517009"
  name: "南县武圣宫镇农业技术推广站"
  short_name: "武圣宫镇农技站"
  kind: unit

year: 2024

duties:
  offices:
    - items:
        - "宣传贯彻农业法律法规和惠农政策。"
        - "推广农业新品种、新技术，指导农户科学种田。"
        - "开展病虫害监测预报和防治指导。"
  internal_organization: "本站不设内设机构，现有在编人员3人。"
  organization:
    - {name: "南县武圣宫镇农业技术推广站", nature: "事业单位", rank: "股级", funding: "财政拨款"}

budget:
  income:
    general_budget: 38.6
    government_fund: 0
    special_account: 0.00
    other:
  expenditure:
    basic:
      personnel: 35.10
      public: 3.5
    project: "-"

previous_budget:
  expenditure:
    basic:
      total: 38.6
    project: 0

budget_notes:
  overview: "本站预算全部为一般公共预算拨款，用于保障人员工资和日常运转。"
  project_description: "本年无项目支出"

operating_costs:
  amount: 3.50
  purpose: "办公费、电费、邮电费"
  previous_amount: 3.50

three_public:
  current:
    trips_abroad: 0
    vehicles:
      purchase: 0.00
      operation:
    reception: "-"
  previous:
    trips_abroad: "0.00"
    vehicles:
      purchase: "-"
      operation: 0
    reception:
  reason: "本站无“三公”经费预算。"
  trips:
    groups: 0
    people: 0
  vehicles:
    purchased: 0
    held: 0

performance:
  overall_goal: "完成年度农技推广任务。"
  duty_goals_intro: "本站职责分类绩效目标如下："
  duty_goals:
    - "全年开展农技培训不少于4期。"
  matrix:
    - name: "农业技术推广"
      activities:
        - name: "农技培训"
          indicators:
            - {name: "培训期数", standard: "≥4期"}
  safeguards:
    - items:
        - "按月报送工作进度。"
        - "严格执行财务制度。"

procurement:
  amount: 0

assets:
  no_fixed_assets: true
  fixed_assets_total: 0
  planned_purchases: 0
  table_title: "武圣宫镇农技站固定资产占用情况表"
  prepared_by: "南县武圣宫镇农业技术推广站"
  as_of: "2023年12月31日"

table_notes:
  fixed_assets: "注：本单位无固定资产，故本表无数据。"
  three_public_expenditure: "注：本单位无“三公”经费预算。"

glossary:
  - {term: "基本支出", definition: "为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"}

budget_tables:
  function:
    - {code: "2130199", personnel: 35.10, public: 3.50}
  economic:
    - {code: "30101", personnel: 20.40}
    - {code: "30102", personnel: 8.70}
    - {code: "30108", personnel: 6.00}
    - {code: "30201", public: 1.50}
    - {code: "30206", public: 1.20}
    - {code: "30207", public: 0.80}

other_matters: "本单位无其他需要说明的事项。"
"""
    write("517009-tiny-unit-2024.yaml", text)
# ---------------------------------------------------------------------------------------------------
# 3. A unit whose names and texts came from a web form: markup-like text, braces, entities, a very long
#    address, rare characters, half-width punctuation and stray spaces. All printed as written.

LONG_URL = ("https://www.qingshan.gov.cn/zwgk/fdzdgknr/czzj/bmys/2023/wenhuaguan/"
            "attachments/20230215/budget-disclosure-full-text-with-all-tables-and-notes-"
            "version-final-revised-approved-by-the-finance-bureau.pdf?download=1&from=portal&lang=zh-CN")


def web_form():
    text = f"""# Corpus department 3: a unit whose texts were typed into a web form: markup-like text (<b>, <script>,
# &amp;), template-like braces ({{x}}, {{department.name}}), a very long web address, rare characters
# (䶮 堃 喆 𠮷 龘 㘎), half-width punctuation. Text is literal: all of it prints as written.
# Consistent (`gongkai check` reports nothing).
department:
  code: "208-03"
  name: "<b>青山区文化馆</b>（非遗保护中心）"
  short_name: "青山区文化馆{{x}}"
  kind: unit

year: 2023

duties:
  offices:
    - label: "1) "
      title: "<b>公共文化服务</b>职责"
      items:
        - "组织开展群众文化活动,辅导基层文艺骨干;举办\\"{{department.name}}\\"杯广场舞大赛。"
        - "负责非遗项目<i>申报</i>&amp;保护,建立代表性传承人档案(含传承人王䶮、李堃、张喆、吉𠮷)。"
        - "管理馆藏文物与民俗实物,做好展陈<script>alert(1)</script>工作。"
    - label: "2) "
      title: "数字文化{{平台}}建设"
      items:
        - "运营线上文化馆,网址：{LONG_URL}"
        - "维护“龘龘文化”微信公众号、视频号,全年推送不少于120期。"
  internal_organization: "馆内设 办公室 / 活动部 / 非遗部 / 数字文化部 ,编制15人(实有14人)。"
  organization:
    - {{name: "<b>青山区文化馆</b>（非遗保护中心）", nature: "公益一类事业单位", rank: "正股级", funding: "财政拨款 & 自收"}}

budget:
  income:
    general_budget: 268.40
    government_fund: 0
    special_account: 0
    other: 12.00
  expenditure:
    basic:
      personnel: 181.20
      public: 27.20
    project: 72.00

previous_budget:
  income: {{general_budget: 251.15, government_fund: 0, special_account: 0, other: 10.00}}
  expenditure:
    basic: {{personnel: 172.35, public: 26.80}}
    project: 62.00

budget_notes:
  overview: "<p>本馆收支全部纳入预算管理;<br>单位资金12万元为培训服务收入."
  project_description: "用于群众文化活动{{x}}、非遗保护和数字文化馆运维"
  change_reason: "①新增“㘎山非遗”保护项目;②人员工资标准调整 → 人员经费增加。"

operating_costs:
  amount: 27.20
  purpose: "办公费 / 水电费 / 邮电费 & 差旅费"

three_public:
  current:
    trips_abroad: 0
    vehicles: {{purchase: 0, operation: 2.40}}
    reception: 0.60
  previous:
    trips_abroad: 0
    vehicles: {{purchase: 0, operation: 2.60}}
    reception: 0.80
  reason: "<b>严格执行</b>中央八项规定精神,压减一般性支出。"
  trips: {{groups: 0, people: 0}}
  vehicles: {{purchased: 0, held: 1}}

performance:
  overall_goal: "打造“15分钟文化圈”,群众满意度≥90%。{{goal}}"
  duty_goals_intro: "职责分类绩效目标(由网上填报系统导出):"
  duty_goals:
    - "<li>全年举办群众文化活动不少于60场"
    - "非遗传承人(王䶮、李堃)带徒授艺不少于20人次。"
  matrix:
    - name: "<b>群众文化</b>活动"
      description: "组织广场舞、戏曲进社区等活动 & 赛事。"
      goal: "活动场次≥60场"
      activities:
        - name: "“{{department.name}}”杯广场舞大赛"
          budget: 30.00
          description: "参赛队伍≥40支;决赛地址见 {LONG_URL}"
          goal: "群众参与≥5000人次"
          indicators:
            - {{name: "参赛队伍(支)", grades: ["≥40", "≥35", "≥30", "<30"]}}
            - {{name: "群众满意度", standard: "≥90%"}}
        - name: "非遗保护<传承人带徒>"
          budget: 42.00
          description: "传承人王䶮、李堃、张喆、吉𠮷带徒授艺。"
          goal: "带徒≥20人次"
          indicators:
            - {{name: "带徒人次", grades: ["≥20", "≥16", "≥12", "<12"]}}
  safeguards:
    - title: "制度保障{{x}}"
      items: ["建立<b>月调度</b>机制;", "资金专款专用 & 专账核算."]

procurement:
  amount: 18.00

assets:
  fixed_assets_total: 356.80
  planned_purchases: 6.50
  table_title: "青山区文化馆<b>（非遗保护中心）</b>固定资产占用情况表"
  prepared_by: "<b>青山区文化馆</b>（非遗保护中心）"
  as_of: "2022年12月31日"
  rows:
    - {{item: "资产总额", value: 356.80}}
    - {{item: "房屋 <建筑物>", quantity: "1栋", value: 298.00}}
    - {{item: "车辆{{x}}", quantity: "1辆", value: 18.50}}
    - {{item: "其他 & 设备", quantity: "——", value: 40.30}}

glossary:
  - {{term: "<b>非遗</b>", definition: "非物质文化遗产,如“㘎山锣鼓”。"}}
  - {{term: "{{x}}", definition: "网上填报系统中未替换的占位符,按原样印出。"}}

custom_tables:
  - section: "九"
    title: "信息化系统情况表<b>（网上填报）</b>"
    header: [["序号", "系统名称", "访问地址", "年度运维费（万元）"]]
    rows:
      - ["1", "数字文化馆<script>", "{LONG_URL}", "6.00"]
      - ["2", "非遗数据库{{db}}", "https://feiyi.qingshan.gov.cn/?q={{name}}&amp;page=1", "3.50"]
      - ["3", "龘龘文化公众号", "", "-"]
    notes: ["注：<i>访问地址</i>为填报时地址 & 可能变更。"]

budget_tables:
  function:
    - {{code: "2070109", personnel: 181.20, public: 27.20, project: 60.00}}
    - {{code: "2070109", source: other, project: 12.00}}
  economic:
    - {{code: "30101", personnel: 80.00}}
    - {{code: "30102", personnel: 40.20}}
    - {{code: "30107", personnel: 35.00}}
    - {{code: "30108", personnel: 26.00}}
    - {{code: "30201", public: 10.00}}
    - {{code: "30206", public: 9.20}}
    - {{code: "30211", public: 5.60}}
    - {{code: "30231", public: 2.40}}

other_matters: "完整公开文本见：{LONG_URL} ;如有疑问请致电 0731-8888 6666 或发邮件至 whg@qingshan.gov.cn 。"
"""
    write("208-web-form-2023.yaml", text)
# ---------------------------------------------------------------------------------------------------
# 4. Every optional part filled.

def complete():
    text = """# Corpus department 4: every optional part of the format given: 简称 and kind, labels, an untitled duty
# list beside titled ones, the department's own reasons (per section and per "三公" item), last year's
# 机关运行经费, trips by organiser, the procurement split both ways, tables of its own in two sections (one
# with a two-row header), notes under tables, the standard tables' note, code list and last year's figures.
# Consistent (`gongkai check` reports nothing).
department:
  code: "224"
  name: "柞水县应急管理局"
  short_name: "县应急局"
  kind: department

year: 2023

duties:
  offices:
    - label: "（一）"
      title: "机关职责"
      items:
        - "负责全县应急管理工作，指导各乡镇、各部门应对安全生产类、自然灾害类等突发事件。"
        - "统筹应急预案体系建设，组织编制县级总体应急预案和安全生产类、自然灾害类专项预案。"
    - items:
        - "完成县委、县政府交办的其他任务。"
        - "负责所属县应急救援指挥中心的业务指导。"
  internal_organization: "内设办公室、应急指挥股、安全生产监督管理股、防灾减灾股，下设县应急救援指挥中心1个。"
  organization:
    - {name: "柞水县应急管理局", nature: "行政单位", rank: "正科级", funding: "财政拨款"}
    - {name: "柞水县应急救援指挥中心", nature: "事业单位", rank: "股级", funding: "财政拨款"}

budget:
  income:
    general_budget: 612.40
    government_fund: 0
    special_account: 0
    other: 0
    total: 612.40
  expenditure:
    basic:
      personnel: 402.60
      public: 59.80
      total: 462.40
    project: 150.00
    total: 612.40

previous_budget:
  income: {general_budget: 578.90, government_fund: 0, special_account: 0, other: 0, total: 578.90}
  expenditure:
    basic: {personnel: 388.10, public: 60.80, total: 448.90}
    project: 130.00
    total: 578.90

budget_notes:
  overview: "本局部门预算包括局机关和县应急救援指挥中心的预算，全部为一般公共预算拨款。"
  project_description: "主要用于应急物资储备、安全生产执法和防灾减灾宣传"
  change_reason: "主要原因是：一是新增应急物资储备库运维项目；二是人员工资正常晋档晋级。"

operating_costs:
  amount: 52.30
  purpose: "办公费、水电费、邮电费、差旅费、公务用车运行维护费"
  previous_amount: 55.10

three_public:
  current:
    trips_abroad: 6.00
    vehicles: {purchase: 18.00, operation: 8.40}
    reception: 1.20
  previous:
    trips_abroad: 0
    vehicles: {purchase: 0, operation: 9.10}
    reception: 1.50
  reason: "严格落实中央八项规定精神，从严控制“三公”经费。"
  reasons:
    trips_abroad: "安排赴香港参加防灾减灾技术交流1个团组。"
    vehicles: "按车改规定更新1辆应急保障用车，运行维护费随保有量调整而压减。"
    reception: "压减公务接待批次和人数。"
  trips: {groups: 2, people: 9, own_groups: 1, own_people: 5, joined_groups: 1, joined_people: 4}
  vehicles: {purchased: 1, held: 4}

performance:
  overall_goal: "防范化解重大安全风险，减少一般事故、遏制较大事故，全年不发生重大以上生产安全事故。"
  duty_goals_intro: "根据本局职责，分类绩效目标如下："
  duty_goals:
    - "安全生产执法检查覆盖重点企业100%。"
    - "应急物资储备满足3万人紧急转移安置需要。"
  matrix:
    - label: "（一）"
      name: "安全生产监督管理"
      description: "依法开展安全生产监督检查。"
      goal: "重点企业检查全覆盖。"
      activities:
        - label: "1."
          name: "安全生产执法检查"
          budget: 60.00
          description: "对危险化学品、非煤矿山等重点企业开展执法检查。"
          goal: "检查覆盖率100%。"
          indicators:
            - {name: "重点企业检查覆盖率", grades: ["100%", "95%", "90%", "85%"]}
            - {name: "隐患整改率", standard: "≥98%"}
    - name: "防灾减灾救灾"
      activities:
        - name: "应急物资储备"
          budget: 90.00
          indicators:
            - {name: "储备物资满足安置人数", grades: ["≥3万人", "≥2.5万人", "≥2万人", "<2万人"]}
  safeguards:
    - label: "（一）"
      title: "组织保障"
      items: ["成立预算绩效管理领导小组。"]
    - items: ["加强与财政部门沟通。", "按季度通报执行进度。"]

procurement:
  amount: 17.00
  goods: 10.00
  works: 0
  services: 7.00
  centralized: 17.00
  decentralized: 0

assets:
  fixed_assets_total: 486.20
  planned_purchases: 18.00
  table_title: "柞水县应急管理局固定资产占用情况表"
  prepared_by: "柞水县应急管理局"
  as_of: "2022年12月31日"
  rows:
    - {item: "资产总额", value: 486.20}
    - {item: "房屋", quantity: "2栋", value: 318.00}
    - {item: "车辆", quantity: "3辆", value: 62.40}
    - {item: "其中：应急保障用车", quantity: "3辆", value: 62.40}
    - {item: "通用设备", quantity: "——", value: 105.80}
    - {item: "文物和陈列品"}

table_notes:
  organization: "注：县应急救援指挥中心为局属事业单位。"
  fixed_assets: "注：价值为账面原值；车辆含应急保障用车。"
  budget_summary: "注：本表含局属事业单位。"
  three_public_expenditure: "注：因公出国（境）费为赴香港技术交流费用。"

glossary:
  - {term: "机关运行经费", definition: "为保障行政单位运行用于购买货物和服务的各项资金。"}
  - {term: "“三公”经费", definition: "因公出国（境）费、公务用车购置及运行维护费和公务接待费。"}

custom_tables:
  - section: "六"
    title: "政府采购预算明细表"
    header:
      - ["采购项目", "采购品目", "预算金额（万元）", "预算金额（万元）"]
      - ["采购项目", "采购品目", "集中采购", "分散采购"]
    rows:
      - ["应急物资储备", "货物", "10.00", "0.00"]
      - ["安全生产检测服务", "服务", "7.00", "0.00"]
    notes: ["注：本表与正文政府采购预算一致。"]
  - section: "九"
    title: "所属单位情况表"
    header: [["单位名称", "单位性质", "编制人数", "实有人数"]]
    rows:
      - ["柞水县应急救援指挥中心", "公益一类事业单位", "12", "11"]
    notes: []

budget_tables:
  code_list: 2023
  note: "注：本部门无政府性基金预算拨款。"
  function:
    - {code: "2240101", personnel: 280.40, public: 42.30, previous: 320.10}
    - {code: "2240199", personnel: 122.20, public: 17.50, project: 150.00, previous: 258.80}
  economic:
    - {code: "30101", personnel: 160.00}
    - {code: "30102", personnel: 98.60}
    - {code: "30108", personnel: 64.00}
    - {code: "30110", personnel: 40.00}
    - {code: "30113", personnel: 40.00}
    - {code: "30201", public: 20.00}
    - {code: "30206", public: 12.00}
    - {code: "30211", public: 10.00}
    - {code: "30216", public: 9.40}
    - {code: "30231", public: 8.40}

other_matters: "无。"
"""
    write("224-complete-2023.yaml", text)


if __name__ == "__main__":
    bureau()
    tiny()
    web_form()
    complete()
