// Gongkai's benchmarks: `make bench`. Times are wall-clock medians over repeated runs in one process.
import Foundation
import Gongkai
import GongkaiDocument
import GongkaiTypesetting
import GongkaiTestSupport

/// Peak resident memory of this process (VmHWM), in MiB.
func peakMemory() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
}

// A child run: render N generated departments in this process and print its peak memory.
if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "--batch-child" {
    let inputs = CommandLine.arguments[2]
    let count = Int(CommandLine.arguments[3]) ?? 0
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    // The same 50 departments, cycled: what grows with the count of documents, not with their size.
    let jobs = (0..<count).map { BatchJob(input: (inputs as NSString).appendingPathComponent(String(format: "%03d-2024.yaml", 101 + $0 % 50)), layout: root.appendingPathComponent("Layouts/department-budget").path) }
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-bench-child-\(count)").path
    _ = try BatchRenderer(outputDirectory: output, fontConfiguration: root.appendingPathComponent("Fonts/fonts.conf").path, jobs: 2).render(jobs)
    print(String(format: "%.1f", peakMemory()))
    exit(0)
}

// `--matrix-file ROWS OUT`: writes the sample with a performance matrix of ROWS rows to OUT, to measure by hand.
if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "--matrix-file", let rows = Int(CommandLine.arguments[2]) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let sample = root.appendingPathComponent("Layouts/department-budget/samples/116-2023.yaml").path
    try MatrixDepartment.yaml(sample: sample, rows: rows).write(toFile: CommandLine.arguments[3], atomically: true, encoding: .utf8)
    exit(0)
}

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
var summary = Summary()

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

// The floor: the same pages drawn and embedded by the PDF writer, with no layout work.
let typesetSample = try renderer.typeset(disclosure, layout: layout)
let floor = try median(runs: 20) { _ = try renderer.write(typesetSample, to: output) }

print("Sample department (\(pages) pages, PDF \(size / 1024) KB)")
row(["stage", "median ms"])
row(["load YAML", String(format: "%.1f", load * 1000)])
row(["compose + typeset", String(format: "%.1f", typeset * 1000)])
row(["load + typeset + write PDF", String(format: "%.1f", total * 1000)])
row(["documents per second, one core", String(format: "%.1f", 1 / total)])
row(["floor: draw + embed the typeset pages", String(format: "%.1f", floor * 1000)])
print()

// 2. Batches of generated departments, in one warm process.
let inputs = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-bench-inputs").path
try? FileManager.default.removeItem(atPath: inputs)
try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
for (file, yaml) in SampleDepartments.generate(count: 200, seed: 1) {
    try yaml.write(toFile: (inputs as NSString).appendingPathComponent(file), atomically: true, encoding: .utf8)
}
let batchJobs = (0..<200).map {
    BatchJob(input: (inputs as NSString).appendingPathComponent(String(format: "%03d-2024.yaml", 101 + $0)), layout: path("Layouts/department-budget"))
}
print("Batch of 200 generated departments")
row(["jobs", "seconds", "documents/s", "pages/s"])
for jobs in [1, 2] {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-bench-out").path
    let start = DispatchTime.now().uptimeNanoseconds
    let results = try BatchRenderer(outputDirectory: out, fontConfiguration: path("Fonts/fonts.conf"), jobs: jobs).render(batchJobs)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let pageCount = results.reduce(0) { $0 + $1.pages }
    row(["\(jobs)", String(format: "%.2f", seconds), String(format: "%.1f", 200 / seconds), String(format: "%.0f", Double(pageCount) / seconds)])
}
print()

// 3. Peak memory of a whole batch process, at 50 and at 200 documents (two jobs; the 200 cycle through
//    the same 50, so that growth with the number of documents shows, not the size of the largest).
print("Peak memory of a batch process")
row(["documents", "peak MiB"])
for count in [50, 200] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["--batch-child", inputs, "\(count)"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    row(["\(count)", text.trimmingCharacters(in: .whitespacesAndNewlines)])
}
print()

// 4. The pure typesetter on long tables (fixed-width measurer): time should grow linearly with rows.
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
print()

// 5. Whole processes of the `gongkai` command (built beside this program): start-up and set-up included.
let gongkai = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gongkai").path
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-bench-process").path
try? FileManager.default.removeItem(atPath: scratch)
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
func failedNote(_ failed: Bool) -> String { failed ? "  (a run failed)" : "" }

/// The machine's load (runnable processes, 1-minute average): whole-process times are comparable only
/// between runs on an equally quiet machine.
func loadAverage() -> String {
    ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").first.map(String.init) ?? "?"
}

print("Load average before the whole-process runs: \(loadAverage()) on \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("Whole process, `gongkai render` of the sample (median of 21 runs)")
row(["command", "median ms", "peak MiB"])
let help = ProcessRuns.median(runs: 21, gongkai, ["--help"])
row(["gongkai --help", String(format: "%.1f", help.seconds * 1000), String(format: "%.1f", help.peakMiB)])
let single = ProcessRuns.median(runs: 21, gongkai, ["render", sample, "-o", scratch + "/sample.pdf"])
row(["gongkai render (sample)", String(format: "%.1f", single.seconds * 1000), String(format: "%.1f", single.peakMiB)])
summary.help = help.seconds * 1000
summary.render = (single.seconds * 1000, single.peakMiB)
if help.failed || single.failed { print("  (a run failed)") }
print()

// 6. The sample 50 and 200 times in one `gongkai batch` with two jobs, in worker processes (the peak is the
//    largest process's: the batch's or a worker's); 200 in in-process threads too. Memory stays flat when
//    the peak at 200 is that at 50.
print("`gongkai batch` of the sample, two jobs (median of 3 whole processes)")
row(["documents, workers", "seconds", "documents/s", "peak MiB"])
for (count, name, extra) in [(50, "processes", [String]()), (200, "processes", []), (200, "threads (--in-process)", ["--in-process"])] {
    let manifest = scratch + "/departments-\(count).yaml"
    try ("departments:\n" + (1...count).map { "  - {code: \"S\($0)\", input: \"\(sample)\"}\n" }.joined())
        .write(toFile: manifest, atomically: true, encoding: .utf8)
    let batch = ProcessRuns.median(runs: 3, gongkai, ["batch", manifest, "-o", scratch + "/batch", "--jobs", "2"] + extra)
    let perSecond = batch.seconds > 0 ? Double(count) / batch.seconds : 0
    row(["\(count), " + name + failedNote(batch.failed), String(format: "%.2f", batch.seconds), String(format: "%.1f", perSecond), String(format: "%.1f", batch.peakMiB)])
    if extra.isEmpty { summary.batches.append((count, perSecond, batch.peakMiB)) }
}
print()

// 7. One department with a long performance matrix: pages are written as they are set, so what grows with
//    the rows is the department's model and the structure tree's records, not the pages.
print("`gongkai render` of the sample with a long matrix (one run each)")
row(["matrix rows", "seconds", "ms/1k rows", "peak MiB"])
for rows in [1_000, 10_000, 100_000] {
    let input = scratch + "/matrix-\(rows).yaml"
    try MatrixDepartment.yaml(sample: sample, rows: rows).write(toFile: input, atomically: true, encoding: .utf8)
    let long = ProcessRuns.median(runs: 1, warmup: 0, gongkai, ["render", input, "-o", scratch + "/matrix.pdf", "--layout", path("Layouts/department-budget")])
    row([
        "\(rows)" + failedNote(long.failed), String(format: "%.2f", long.seconds), String(format: "%.0f", long.seconds * 1e6 / Double(rows)),
        String(format: "%.1f", long.peakMiB),
    ])
    summary.matrices.append((rows, long.seconds, long.peakMiB))
}
print("Load average after: \(loadAverage())")
print()
summary.print()
