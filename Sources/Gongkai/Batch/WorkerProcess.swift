import Foundation

/// One department sent to a worker process, as one line of JSON.
struct WorkerRequest: Codable {
    var job: BatchJob
    /// The output's file name (without ".pdf"), decided for the whole batch before it starts.
    var outputName: String
}

/// A child process that renders the departments it is sent (`gongkai batch-worker`), so that whatever one
/// department does to a process (a C library's abort, a Swift trap, a hang) ends that process only: the
/// department is reported as failed, a new worker starts, and the rest of the batch goes on.
///
/// Requests go to the child's standard input and results come back on its standard output, one JSON line
/// each; the child's standard error is kept (its last lines) to say why it died.
///
/// Unchecked Sendable: a batch starts its workers on one thread and then hands each to one thread of its
/// own, which alone uses it from then on.
final class WorkerProcess: @unchecked Sendable {
    private let executable: String
    private let arguments: [String]
    private var process: Process?
    private var requests: FileHandle?
    private var results: LineReader?
    private var errors: FileHandle?
    /// Signalled once when the running worker has exited.
    private var exited: DispatchSemaphore?
    private let errorTail = ErrorTail()

    init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
        // A worker that died while being written to must give an error here, not end this process.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit { stop() }

    /// Renders `request` in the worker, starting one if none runs. A worker that dies or overruns
    /// `timeout` (seconds) gives a failed result naming what happened, and is replaced at the next request.
    func render(_ request: WorkerRequest, timeout: Double?) -> BatchResult {
        let failed = { (reason: String) in
            BatchResult(
                input: request.job.input, code: request.job.code, name: request.job.name, output: nil, status: .failed,
                pages: 0, warnings: [], errors: [reason], milliseconds: 0)
        }
        do {
            // A worker that ended while idle (after its last answer) is not this department's doing: start anew.
            if let process, !process.isRunning { stop() }
            try startIfNeeded()
        } catch {
            return failed(BatchMessages.workerCouldNotStart("\(error)"))
        }
        guard let process, let requests, let results else { return failed(BatchMessages.workerCouldNotStart(nil)) }
        let watchdog = DispatchWorkItem { [errorTail] in
            errorTail.timedOut = true
            // SIGKILL: a child started from a dispatch thread inherits its blocked signals, SIGTERM among them.
            kill(process.processIdentifier, SIGKILL)
        }
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog) }
        defer { watchdog.cancel() }
        do {
            var line = try JSONEncoder().encode(request)
            line.append(UInt8(ascii: "\n"))
            try requests.write(contentsOf: line)
            if let answer = results.nextLine() {
                return try JSONDecoder().decode(BatchResult.self, from: answer)
            }
        } catch {
            // The pipe broke or the answer is garbled: the process is gone or going; say how below.
        }
        let reason = ended(process, timeout: timeout)
        stop()
        return failed(reason)
    }

    /// Why the worker stopped answering, in words, once it has exited.
    private func ended(_ process: Process, timeout: Double?) -> String {
        waitForExit()
        if let errors {
            errors.readabilityHandler = nil
            errorTail.append((try? errors.readToEnd()) ?? Data())
        }
        let said = errorTail.lastLine.map { ": \($0)" } ?? ""
        if errorTail.timedOut, let timeout {
            return BatchMessages.timedOut(Int(timeout))
        }
        switch process.terminationReason {
        case .uncaughtSignal:
            let signal = process.terminationStatus
            let name = String(cString: strsignal(signal))
            return BatchMessages.crashed(signal: signal, name: name, said: said)
        default:
            return BatchMessages.exited(status: process.terminationStatus, said: said)
        }
    }

    /// Starts the worker ahead of its first department; a worker that cannot start says why at `render`.
    func start() {
        try? startIfNeeded()
    }

    private func startIfNeeded() throws {
        guard process == nil else { return }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: executable)
        child.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        // A crash is reported in one line; the runtime's backtrace would only fill the terminal.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        child.environment = environment
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        child.standardInput = input
        child.standardOutput = output
        child.standardError = error
        errorTail.reset()
        error.fileHandleForReading.readabilityHandler = { [errorTail] handle in errorTail.append(handle.availableData) }
        let exited = DispatchSemaphore(value: 0)
        child.terminationHandler = { _ in exited.signal() }
        try child.run()
        self.exited = exited
        process = child
        requests = input.fileHandleForWriting
        results = LineReader(output.fileHandleForReading)
        errors = error.fileHandleForReading
    }

    /// Waits until the running worker has exited. Not `Process.waitUntilExit`, which looks only every 50 ms
    /// and so kept a whole batch waiting that long at its end.
    private func waitForExit() {
        guard let exited else { return }
        exited.wait()
        // For the next wait on the same process (a worker that died is waited for, then stopped).
        exited.signal()
    }

    /// Ends the worker (closing its input ends its loop) and forgets it.
    func stop() {
        guard let process else { return }
        try? requests?.close()
        waitForExit()
        errors?.readabilityHandler = nil
        self.process = nil
        exited = nil
        requests = nil
        results = nil
        errors = nil
    }
}

/// Lines from a pipe, read as they come.
private final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    /// The next line without its newline; nil at the end of the stream.
    func nextLine() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return Data(line)
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}

/// The last few kilobytes a worker wrote to its standard error, and whether the watchdog stopped it.
private final class ErrorTail: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()
    private var _timedOut = false

    var timedOut: Bool {
        get { lock.withLock { _timedOut } }
        set { lock.withLock { _timedOut = newValue } }
    }

    func reset() {
        lock.withLock {
            bytes = Data()
            _timedOut = false
        }
    }

    func append(_ data: Data) {
        lock.withLock {
            bytes.append(data)
            if bytes.count > 4096 { bytes = Data(bytes.suffix(4096)) }
        }
    }

    /// The last line that says something, cut to a readable length.
    var lastLine: String? {
        let text = lock.withLock { String(decoding: bytes, as: UTF8.self) }
        guard let line = text.split(whereSeparator: \.isNewline).last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        else { return nil }
        return String(line.prefix(300))
    }
}
