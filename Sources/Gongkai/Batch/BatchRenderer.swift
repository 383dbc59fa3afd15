import Foundation
import GongkaiMessages
import GongkaiRendering

/// Renders many departments in one warm process, on several threads, or in worker processes that keep one
/// department's crash from the others. Each worker owns a renderer (font setup and caches); parsed layouts
/// are shared. A bad file is reported and the rest still render.
public struct BatchRenderer: Sendable {
    /// Where the departments are rendered.
    public enum Isolation: Sendable {
        /// On threads of this process: fastest to start, for callers whose inputs are trusted.
        case threads
        /// In child processes running `executable arguments`, which must serve `BatchWorker.serve`'s protocol
        /// (`gongkai batch-worker …`): a department that crashes or hangs its process fails alone.
        case processes(executable: String, arguments: [String])
    }

    public var outputDirectory: String
    public var fontConfiguration: String
    /// Worker threads or processes; one per core by default.
    public var jobs: Int
    /// Refuse to render departments whose figures have errors.
    public var strict: Bool
    public var isolation: Isolation
    /// With process isolation, the seconds one department may take before its worker is stopped.
    public var timeout: Double?
    /// A folder besides each department file's own that its exports may be read from.
    public var dataRoot: String?

    public init(
        outputDirectory: String, fontConfiguration: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        strict: Bool = false, isolation: Isolation = .threads, timeout: Double? = nil, dataRoot: String? = nil
    ) {
        self.outputDirectory = outputDirectory
        self.fontConfiguration = fontConfiguration
        self.jobs = max(1, jobs)
        self.strict = strict
        self.isolation = isolation
        self.timeout = timeout
        self.dataRoot = dataRoot
    }

    /// Renders every job; `progress` is called (from any thread, one call at a time) after each one.
    /// - Throws: only for what stops the whole batch (no output folder, no fonts, a layout that does not load).
    public func render(
        _ batch: [BatchJob], progress: @Sendable (_ done: Int, _ total: Int, _ result: BatchResult) -> Void = { _, _, _ in }
    ) throws -> [BatchResult] {
        var layouts = LayoutCache()
        return try render(batch, layouts: &layouts, progress: progress)
    }

    /// Renders every job with layouts from `layouts` (which keeps them for the caller, e.g. for a volume).
    public func render(
        _ batch: [BatchJob], layouts cache: inout LayoutCache,
        progress: @Sendable (_ done: Int, _ total: Int, _ result: BatchResult) -> Void = { _, _, _ in }
    ) throws -> [BatchResult] {
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        // Worker processes are started first: their start-up (the process, its fonts) then overlaps what is
        // done here before the first department (layouts, fonts checked, every output named) instead of
        // following it.
        let workerCount = min(jobs, max(batch.count, 1))
        let workers: [WorkerProcess]
        if case .processes(let executable, let arguments) = isolation, !batch.isEmpty {
            workers = (0..<workerCount).map { _ in WorkerProcess(executable: executable, arguments: arguments) }
            for worker in workers { worker.start() }
        } else {
            workers = []
        }
        defer { for worker in workers { worker.stop() } }
        // Layouts are parsed once and shared by the workers.
        var layouts: [String: Layout] = [:]
        // Found once a folder: finding one looks up to four folders above each department file.
        var layoutOfFolder: [String: String?] = [:]
        let layoutOfJob = batch.map { job -> String? in
            if let layout = job.layout { return layout }
            let folder = (job.input as NSString).deletingLastPathComponent
            if let known = layoutOfFolder[folder] { return known }
            let found = job.layoutPath
            layoutOfFolder[folder] = found
            return found
        }
        for path in layoutOfJob.compactMap({ $0 }) where layouts[path] == nil { layouts[path] = try cache.layout(at: path) }
        _ = try FontSetup(configurationPath: fontConfiguration)  // fail early, once, if the fonts are unusable
        AtomicFile.removeAbandoned(in: outputDirectory)
        let names = OutputName.forBatch(batch, jobs: jobs)
        let state = BatchState(count: batch.count)
        let shared = layouts
        let layoutPaths = layoutOfJob
        let isolation = isolation
        let timeout = timeout
        DispatchQueue.concurrentPerform(iterations: workerCount) { slot in
            switch isolation {
            case .threads:
                guard let renderer = try? DisclosureRenderer(fontConfiguration: fontConfiguration) else { return }
                while let index = state.next() {
                    let result = renderOne(
                        batch[index], layout: layoutPaths[index].flatMap { shared[$0] }, outputName: names[index],
                        renderer: renderer)
                    state.finish(index, result) { done in progress(done, batch.count, result) }
                }
            case .processes:
                guard workers.indices.contains(slot) else { return }
                let worker = workers[slot]
                while let index = state.next() {
                    // With the layout found here, which the worker would otherwise look for again.
                    var job = batch[index]
                    job.layout = layoutPaths[index]
                    let result = worker.render(WorkerRequest(job: job, outputName: names[index]), timeout: timeout)
                    state.finish(index, result) { done in progress(done, batch.count, result) }
                }
                worker.stop()
            }
        }
        return state.results.enumerated().map { index, result in
            result ?? BatchResult(
                input: batch[index].input, code: batch[index].code, name: batch[index].name, output: nil, status: .failed,
                pages: 0, warnings: [], errors: [BatchMessages.say(BatchMessages.notRendered)], milliseconds: 0)
        }
    }

    func renderOne(_ job: BatchJob, layout: Layout?, outputName: String, renderer: DisclosureRenderer) -> BatchResult {
        let start = DispatchTime.now().uptimeNanoseconds
        var result = BatchResult(
            input: job.input, code: job.code, name: job.name, output: nil, status: .failed, pages: 0, warnings: [], errors: [],
            milliseconds: 0)
        do {
            guard let layout else { throw BatchFailure(BatchMessages.noLayout(job.input)) }
            let disclosure = try DisclosureLoader.load(contentsOf: job.input, dataRoot: dataRoot)
            result.code = job.code ?? disclosure.department.code
            result.name = job.name ?? disclosure.department.name
            // Read once with the layout, for its checks and then its document.
            let data = LayoutData(disclosure, layout: layout)
            let findings = layout.findings(in: data)
            result.warnings += findings.filter { $0.severity == .warning }.map { $0.description(in: .current) }
            let errors = findings.filter { $0.severity == .error }.map { $0.description(in: .current) }
            if strict, !errors.isEmpty {
                result.errors += errors
                return finish(result, start)
            }
            result.warnings += errors
            let output = (outputDirectory as NSString).appendingPathComponent(outputName + ".pdf")
            let report = try renderer.render(data, to: output)
            result.output = output
            result.pages = report.pageCount
            result.warnings += report.warnings
            result.warnings += disclosure.missingCharacterFindings(report.missingCharacters).map { $0.description(in: .current) }
            result.status = .rendered
        } catch {
            // The user's language for the project's errors; others in their own words.
            result.errors.append(BatchMessages.say(error))
        }
        return finish(result, start)
    }

    private func finish(_ result: BatchResult, _ start: UInt64) -> BatchResult {
        var result = result
        result.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        return result
    }
}

struct BatchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The work queue and results shared by the workers, behind one lock.
private final class BatchState: @unchecked Sendable {
    private let lock = NSLock()
    private var cursor = 0
    private var done = 0
    private let count: Int
    private(set) var results: [BatchResult?]

    init(count: Int) {
        self.count = count
        results = Array(repeating: nil, count: count)
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard cursor < count else { return nil }
        cursor += 1
        return cursor - 1
    }

    /// Records a result and reports progress, one report at a time.
    func finish(_ index: Int, _ result: BatchResult, report: (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
        done += 1
        report(done)
    }
}
