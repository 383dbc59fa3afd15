// Renders the before/after images of docs/typography.md: each typographic rule off, then on, and the
// heading levels before and after they had faces of their own.
// Run with `make doc-images`.
import Foundation
import Gongkai
import GongkaiDocument

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

let renderer = try DisclosureRenderer(fontConfiguration: path("Fonts/fonts.conf"))
let layout = try LayoutLoader.load(from: path("Layouts/department-budget"))
var base = layout.styles["body"]!
base.text.size = 12
base.lineHeight = 20
base.firstLineIndent = 24
base.gridAdvance = nil
// Everything off: the "before" of every rule starts here and switches one rule on.
var plain = base
plain.cjkLatinSpacing = 0
plain.compressesPunctuation = false
plain.lastLineFill = 0
plain.avoidsLoneLastCharacter = false
plain.prohibitsLineBreaks = true

struct Example {
    var name: String
    var text: String
    var measure: Double
    var before: ParagraphStyle
    var after: ParagraphStyle
}

func with(_ style: ParagraphStyle, _ change: (inout ParagraphStyle) -> Void) -> ParagraphStyle {
    var style = style
    change(&style)
    return style
}

let examples = [
    Example(
        name: "justification", text: "反映本部门当年全部收入，2023 年预算收入 273.87 万元，其中：一般公共预算收入 273.87 万元。",
        measure: 14 * 12, before: with(plain) { $0.alignment = .left }, after: plain),
    Example(
        name: "kinsoku", text: "按照预算管理有关规定，目前我区部门预算的编制实行“综合预算”制度。",
        measure: 12 * 12, before: with(plain) { $0.prohibitsLineBreaks = false }, after: plain),
    Example(
        name: "numbers", text: "部门支出预算为273.87万元，全年走访基层单位不低于3次，覆盖职工≥6,300人。",
        measure: 12.5 * 12, before: with(plain) { $0.numberUnits = nil }, after: plain),
    Example(
        name: "punctuation", text: "按照《预算法》、《地方预决算公开操作规程》（2023年）“三公”经费。",
        measure: 16 * 12, before: plain, after: with(plain) { $0.compressesPunctuation = true }),
    Example(
        name: "cjk-latin", text: "现将2023年部门预算公开如下：2023 年预算收入273.87万元，较 2022 年减少24.04万元。",
        measure: 16 * 12, before: plain, after: with(plain) { $0.cjkLatinSpacing = 0.25 }),
    Example(
        name: "last-line", text: "机关运行经费共计安排8.15万元，主要用于保证机关正常运转的办公费支出。",
        measure: 12.75 * 12, before: plain, after: with(plain) { $0.lastLineFill = 12 }),
    Example(
        name: "balanced-title", text: "双桥区妇女联合会机关服务保障和综合业务管理中心",
        measure: 20 * 12, before: with(plain) { $0.alignment = .center; $0.firstLineIndent = 0 },
        after: with(plain) { $0.alignment = .center; $0.firstLineIndent = 0; $0.balancesLines = true }),
]

for example in examples {
    for (suffix, style) in [("before", example.before), ("after", example.after)] {
        let page = PageGeometry(width: example.measure + 16, height: 112, marginTop: 8, marginBottom: 8, marginLeft: 8, marginRight: 8)
        let document = Document(
            metadata: DocumentMetadata(title: example.name, author: "Gongkai"), page: page, header: nil, pageNumber: nil,
            blocks: [.paragraph(Paragraph(example.text, style: style))])
        let typeset = try renderer.typeset(document)
        let image = try renderer.rasterize(typeset.pages[0], dpi: 144)
        let file = path("docs/images/typography/\(example.name)-\(suffix).png")
        try image.writePNG(to: file)
        print(file)
    }
}

// Heading levels: before, （一） fell back to the body's face (no 楷体 installed) and read as body text;
// after, each level in its GB/T 9704 face. Set at 12 pt from the layout's own heading styles.
@MainActor func small(_ name: String) -> ParagraphStyle {
    var style = layout.styles[name] ?? base
    style.text.size = 12
    style.lineHeight = 20
    style.firstLineIndent = 24
    style.gridAdvance = nil
    style.spaceBefore = 0
    return style
}
let headingLines: [(String, String)] = [
    ("一、部门职责及机构设置情况", "heading1"), ("1.1 主要职责", "heading3"), ("（一）办公室工作职责", "heading2"),
    ("1、协助工会领导处理机关日常事务；", "body"),
]
for suffix in ["before", "after"] {
    let blocks = headingLines.map { text, name -> Block in
        var style = small(name)
        if suffix == "before", name == "heading2" { style.text.font = small("body").text.font }
        return .paragraph(Paragraph(text, style: style))
    }
    let page = PageGeometry(width: 21 * 12 + 16, height: 100, marginTop: 8, marginBottom: 8, marginLeft: 8, marginRight: 8)
    let document = Document(
        metadata: DocumentMetadata(title: "headings", author: "Gongkai"), page: page, header: nil, pageNumber: nil, blocks: blocks)
    let image = try renderer.rasterize(try renderer.typeset(document).pages[0], dpi: 144)
    let file = path("docs/images/typography/headings-\(suffix).png")
    try image.writePNG(to: file)
    print(file)
}
