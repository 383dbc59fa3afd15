import Foundation

/// What a program printed and how it ended: tests run the `gongkai` binary and PDF tools (qpdf, pdftotext).
public struct ProgramOutput: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// Runs `executable` with `arguments` (and `environment` added to this process's) and collects its output.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ProgramOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProgramOutput(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs a tool found on PATH.
    public static func tool(_ name: String, _ arguments: [String]) throws -> ProgramOutput {
        try run("/usr/bin/env", [name] + arguments)
    }
}
