import ArgumentParser
import Foundation
import Gongkai

/// `gongkai batch-worker`: a worker process of `gongkai batch`, not for people to run. It renders the
/// departments it is sent on standard input (see `BatchWorker`).
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch-worker", abstract: "A worker process of `gongkai batch`.", shouldDisplay: false)

    @Option(name: .shortAndLong) var output: String
    @Option(name: .long) var fonts: String
    @Flag(name: .long) var strict = false
    @Option(name: .long) var dataRoot: String?

    func run() throws {
        try BatchWorker.serve(outputDirectory: output, fontConfiguration: fonts, strict: strict, dataRoot: dataRoot)
    }

    /// This program, to start workers from.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    static func arguments(output: String, fonts: String, strict: Bool, dataRoot: String?) -> [String] {
        ["batch-worker", "--output", output, "--fonts", fonts] + (strict ? ["--strict"] : [])
            + (dataRoot.map { ["--data-root", $0] } ?? [])
    }
}
