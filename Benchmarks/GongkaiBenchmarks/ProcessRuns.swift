// Whole-process measurements for `make bench`: the `gongkai` command run as a child, timed from outside.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One finished child process, as the operating system accounts for it.
struct ChildRun {
    /// From just before the start to just after the child was reaped.
    var seconds: Double
    /// The command's largest resident size, MiB, as GNU time reports it (0 without /usr/bin/time). Not this
    /// program's own wait4: a child started from a large process inherits that process's high-water mark.
    var peakMiB: Double
    /// The exit status (wait4's raw status).
    var status: Int32
}

enum ProcessRuns {
    static let time = "/usr/bin/time"
    static let peakFile = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-bench-peak.txt").path

    /// Runs `executable arguments` (under GNU time when there is one) with its output thrown away and waits.
    static func run(_ executable: String, _ arguments: [String]) -> ChildRun? {
        let timed = FileManager.default.isExecutableFile(atPath: time)
        let command = timed ? [time, "-f", "%M", "-o", peakFile, executable] + arguments : [executable] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, command[0], &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { return nil }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // GNU time's last line is the peak in KiB (a line before it tells of a non-zero exit).
        let report = timed ? (try? String(contentsOfFile: peakFile, encoding: .utf8)) ?? "" : ""
        let kilobytes = report.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        return ChildRun(seconds: seconds, peakMiB: kilobytes / 1024, status: status)
    }

    /// `runs` runs after `warmup` not counted; the median time and the median peak memory.
    static func median(
        runs: Int, warmup: Int = 1, _ executable: String, _ arguments: [String]
    ) -> (seconds: Double, peakMiB: Double, failed: Bool) {
        var failed = false
        for _ in 0..<warmup where run(executable, arguments)?.status != 0 { failed = true }
        var results: [ChildRun] = []
        for _ in 0..<runs {
            if let result = run(executable, arguments) { results.append(result) }
        }
        guard !results.isEmpty else { return (0, 0, true) }
        failed = failed || results.count < runs || results.contains { $0.status != 0 }
        let seconds = results.map(\.seconds).sorted()[results.count / 2]
        let peak = results.map(\.peakMiB).sorted()[results.count / 2]
        return (seconds, peak, failed)
    }
}
