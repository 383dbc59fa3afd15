import ArgumentParser
import Foundation
import Gongkai

struct SampleDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample-data", abstract: "Write realistic, valid test departments (the same seed gives the same files).")

    @Option(name: .long, help: "How many departments.")
    var count: Int = 20

    @Option(name: .long, help: "The random seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "The budget year.")
    var year: Int = 2024

    @Option(name: .shortAndLong, help: "The folder to write into.")
    var output: String

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for (file, yaml) in SampleDepartments.generate(count: count, seed: seed, year: year) {
            try yaml.write(toFile: (output as NSString).appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        print("wrote \(count) departments to \(output)")
    }
}
