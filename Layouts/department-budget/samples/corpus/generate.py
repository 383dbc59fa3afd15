#!/usr/bin/env python3
"""Writes the corpus's large bureau (301-bureau-2024.yaml, see README.md here), whose sums over 24 schools
and four fund sources are computed, so that it is consistent (`gongkai check` reports nothing). Run from
anywhere: `python3 Layouts/department-budget/samples/corpus/generate.py`. The YAML is committed; this
script is how it was made, so that a change to one figure is carried through all the sums. The other
files of the corpus are written by hand."""
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
if __name__ == "__main__":
    bureau()
