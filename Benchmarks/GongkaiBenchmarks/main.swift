// Gongkai's benchmarks: `make bench`. Times are wall-clock medians over repeated runs in one process.
import Foundation
import Gongkai
import GongkaiTestSupport

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

/// Median seconds of `runs` calls of `body`.
func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.sorted()[times.count / 2]
}

func row(_ cells: [String]) {
    print(cells.enumerated().map { $0 == 0 ? $1.padding(toLength: 44, withPad: " ", startingAt: 0) : String(repeating: " ", count: max(0, 14 - $1.count)) + $1 }.joined())
}

// 1. The sample department, end to end (load, compose, typeset, write PDF), warm process.
let renderer = try DisclosureRenderer(fontConfiguration: path("Fonts/fonts.conf"))
let layout = try LayoutLoader.load(from: path("Layouts/department-budget"))
let sample = path("Layouts/department-budget/samples/116-2023.yaml")
let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-bench.pdf").path
var pages = 0
_ = try renderer.render(try DisclosureLoader.load(contentsOf: sample), layout: layout, to: output)
let load = try median(runs: 20) { _ = try DisclosureLoader.load(contentsOf: sample) }
let disclosure = try DisclosureLoader.load(contentsOf: sample)
let typeset = try median(runs: 20) { pages = try renderer.typeset(disclosure, layout: layout).pages.count }
let total = try median(runs: 20) { _ = try renderer.render(try DisclosureLoader.load(contentsOf: sample), layout: layout, to: output) }
let size = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0

print("Sample department (\(pages) pages, PDF \(size / 1024) KB)")
row(["stage", "median ms"])
row(["load YAML", String(format: "%.1f", load * 1000)])
row(["compose + typeset", String(format: "%.1f", typeset * 1000)])
row(["load + typeset + write PDF", String(format: "%.1f", total * 1000)])
row(["documents per second, one core", String(format: "%.1f", 1 / total)])
print()

// 2. The pure typesetter on long tables (fixed-width measurer): time should grow linearly with rows.
func table(rows: Int) -> Document {
    let text = TextStyle(font: FontSpec(families: ["Test"]), size: 9)
    let body = ParagraphStyle(text: text, lineHeight: 12, alignment: .left)
    let columns = [TableColumn(width: .fraction(3)), TableColumn(width: .fraction(1), alignsDecimalPoints: true), TableColumn(width: .fraction(4))]
    let bodyRows = (0..<rows).map { index in
        [TableCell("活动\(index)"), TableCell("\(index).5"), TableCell(String(repeating: "绩效目标说明", count: 1 + index % 7))]
    }
    let table = Table(
        name: "bench", caption: TableCaption(left: "116 某单位", right: "单位：万元"), columns: columns,
        headerRows: [[TableCell("职责活动"), TableCell("预算"), TableCell("内容")]], bodyRows: bodyRows,
        style: TableStyle(body: body, header: body, caption: body))
    let page = PageGeometry(width: 595, height: 842, marginTop: 105, marginBottom: 99, marginLeft: 79, marginRight: 74)
    return Document(metadata: DocumentMetadata(title: "t", author: "a"), page: page, header: nil, pageNumber: nil, blocks: [.table(table)])
}
print("Long tables, pure typesetter")
row(["rows", "ms", "µs per row", "pages"])
let typesetter = Typesetter(measurer: FixedWidthMeasurer())
for rows in [500, 1000, 2000, 4000] {
    let document = table(rows: rows)
    var pageCount = 0
    let time = try median(runs: 5) { pageCount = try typesetter.typeset(document).pages.count }
    row(["\(rows)", String(format: "%.1f", time * 1000), String(format: "%.1f", time * 1e6 / Double(rows)), "\(pageCount)"])
}
