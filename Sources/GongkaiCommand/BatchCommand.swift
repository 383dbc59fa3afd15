import ArgumentParser
import Foundation
import Gongkai

struct BatchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "batch", abstract: Say.batchAbstract, discussion: Say.batchDiscussion)
    }

    @Argument(help: ArgumentHelp(Say.batchInputsHelp))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp(Say.batchOutputHelp))
    var output: String

    @Option(name: .long, help: ArgumentHelp(Say.jobsHelp))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp(Say.shardHelp))
    var shard: String?

    @Flag(name: .long, help: ArgumentHelp(Say.strictBatchHelp))
    var strict = false

    @Option(name: .long, help: ArgumentHelp(Say.volumeHelp))
    var volume: String?

    @Option(name: .long, help: ArgumentHelp(Say.volumeTitleHelp))
    var volumeTitle: String?

    @Option(name: .long, help: ArgumentHelp(Say.timeoutHelp))
    var timeout: Double = 600

    @Flag(name: .long, help: ArgumentHelp(Say.inProcessHelp))
    var inProcess = false

    @OptionGroup var resources: ResourceOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError(Say.jobsAtLeastOne) }
        guard timeout > 0 else { throw ValidationError(Say.timeoutPositive) }
        if let shard, parseShard(shard) == nil { throw ValidationError(Say.shardForm) }
    }

    func parseShard(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        return (k, n)
    }

    func run() throws {
        try reportingErrors(input: inputs.joined(separator: " ")) {
            var jobsToRun = try collect()
            if let shard, let (k, n) = parseShard(shard) { jobsToRun = Gongkai.shard(jobsToRun, index: k, of: n) }
            let fontsPath = try resources.fontsPath(near: resources.layout ?? jobsToRun.first?.input)
            let progress = Progress(total: jobsToRun.count)
            let start = DispatchTime.now().uptimeNanoseconds
            var layouts = LayoutCache()
            let renderer = BatchRenderer(
                outputDirectory: output, fontConfiguration: fontsPath, jobs: jobs, strict: strict,
                isolation: inProcess ? .threads : .processes(
                    executable: WorkerCommand.executable,
                    arguments: WorkerCommand.arguments(output: output, fonts: fontsPath, strict: strict, dataRoot: resources.dataRoot)),
                timeout: timeout, dataRoot: resources.dataRoot)
            let results = try renderer.render(jobsToRun, layouts: &layouts) { done, total, result in
                progress.update(done: done, result: result)
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            progress.finish()
            try writeReport(results, seconds: seconds)
            printSummary(results, seconds: seconds)
            if let volume {
                try writeVolume(volume, results: results, jobs: jobsToRun, layouts: &layouts, fonts: fontsPath)
            }
            if results.contains(where: { $0.status == .failed }) { throw ExitCode.failure }
        }
    }

    /// The volume of every department that rendered, in input order.
    /// The departments' data is read again here rather than kept from the batch: a batch keeps nothing of a
    /// document after writing it, so its memory stays flat however many departments it renders.
    func writeVolume(
        _ path: String, results: [BatchResult], jobs: [BatchJob], layouts: inout LayoutCache, fonts: String
    ) throws {
        var departments: [(disclosure: Disclosure, layout: Layout)] = []
        for (job, result) in zip(jobs, results) where result.status == .rendered {
            guard let layoutPath = job.layoutPath else { continue }
            departments.append((try DisclosureLoader.load(contentsOf: job.input, dataRoot: resources.dataRoot), try layouts.layout(at: layoutPath)))
        }
        guard let year = departments.first?.disclosure.year else { return }
        let title = volumeTitle ?? "\(year)年部门预算信息公开汇编"
        try Volume(title: title, fontConfiguration: fonts).write(departments, to: path)
        print(Say.volumeWritten(path, departments: departments.count))
    }

    /// Department jobs from files, folders and manifests, in the order given.
    func collect() throws -> [BatchJob] {
        var jobs: [BatchJob] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                jobs.append(BatchJob(input: input, layout: resources.layout))  // reported as failed, with the others rendered
                continue
            }
            if isDirectory.boolValue {
                let files = try FileManager.default.contentsOfDirectory(atPath: input)
                    .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                for file in files {
                    let path = (input as NSString).appendingPathComponent(file)
                    if BatchManifest.isManifest(path) { continue }
                    jobs.append(BatchJob(input: path, layout: resources.layout))
                }
            } else if BatchManifest.isManifest(input) {
                for entry in try BatchManifest(contentsOf: input).entries {
                    jobs.append(BatchJob(input: entry.input, layout: entry.layout ?? resources.layout, code: entry.code, name: entry.name))
                }
            } else {
                jobs.append(BatchJob(input: input, layout: resources.layout))
            }
        }
        return jobs
    }

    struct Report: Encodable {
        var total: Int
        var rendered: Int
        var failed: Int
        var pages: Int
        var seconds: Double
        var documents: [BatchResult]
    }

    func writeReport(_ results: [BatchResult], seconds: Double) throws {
        let report = Report(
            total: results.count, rendered: results.filter { $0.status == .rendered }.count,
            failed: results.filter { $0.status == .failed }.count, pages: results.reduce(0) { $0 + $1.pages },
            seconds: (seconds * 1000).rounded() / 1000, documents: results)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(report)
        let path = (output as NSString).appendingPathComponent("report.json")
        try AtomicFile.write(to: path) { try data.write(to: URL(fileURLWithPath: $0)) }
    }

    func printSummary(_ results: [BatchResult], seconds: Double) {
        let rendered = results.filter { $0.status == .rendered }
        let failed = results.filter { $0.status == .failed }
        let pages = rendered.reduce(0) { $0 + $1.pages }
        for result in failed {
            // Most errors name their file already (file:line: field: …); the others get it in front.
            for error in result.errors {
                printError(error.hasPrefix(result.input) ? error : "\(result.input): \(error)")
            }
        }
        let rate = seconds > 0 ? Double(rendered.count) / seconds : 0
        print("")
        print(Say.summaryHeader)
        print(String(format: "  %8d %8d %8d %9.2f %13.1f", rendered.count, failed.count, pages, seconds, rate))
        print(Say.reportAt((output as NSString).appendingPathComponent("report.json")))
    }
}

/// A progress bar on a terminal, plain lines otherwise.
final class Progress: @unchecked Sendable {
    let total: Int
    let terminal = isatty(STDERR_FILENO) == 1

    init(total: Int) { self.total = total }

    func update(done: Int, result: BatchResult) {
        let line: String
        if terminal {
            let width = 30
            let filled = total == 0 ? width : width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let mark = result.status == .failed ? " ✗ \(result.input)" : ""
            line = "\r\(bar) \(done)/\(total)\(mark)\u{1B}[K"
        } else {
            line = "\(done)/\(total) \(Say.progressStatus(result.status)) \(result.output ?? result.input)\n"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
