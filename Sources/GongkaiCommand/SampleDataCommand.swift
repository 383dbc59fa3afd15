import ArgumentParser
import Foundation
import Gongkai

struct SampleDataCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "sample-data", abstract: Say.sampleAbstract) }

    @Option(name: .long, help: ArgumentHelp(Say.countHelp))
    var count: Int = 20

    @Option(name: .long, help: ArgumentHelp(Say.seedHelp))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp(Say.yearHelp))
    var year: Int = 2024

    @Option(name: .shortAndLong, help: ArgumentHelp(Say.folderHelp))
    var output: String

    @Option(name: .long, help: ArgumentHelp(Say.tablesOfHelp))
    var tablesOf: String?

    @Flag(name: .long, help: ArgumentHelp(Say.csvHelp))
    var csv = false

    @OptionGroup var resources: ResourceOptions

    func validate() throws {
        guard count >= 1 else { throw ValidationError(Say.countAtLeastOne) }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        if let tablesOf {
            try reportingErrors(input: tablesOf) { try writeTables(of: tablesOf) }
            return
        }
        for (file, yaml) in SampleDepartments.generate(count: count, seed: seed, year: year) {
            try yaml.write(toFile: (output as NSString).appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        print(Say.wroteDepartments(count, output))
    }

    /// The public tables of one department as the budget system exports them: a workbook, or CSV files.
    func writeTables(of input: String) throws {
        let disclosure = try DisclosureLoader.load(contentsOf: input, dataRoot: resources.dataRoot)
        let layout = try LayoutLoader.load(from: try resources.layoutPath(for: input))
        let year = disclosure.budgetTables?.codeListYear ?? disclosure.year
        let workbook = PublicTablesWorkbook(disclosure, codeLists: layout.codeLists?.lists(for: year))
        let name = "\(disclosure.department.code)-\(disclosure.year)-公开表"
        let path = (output as NSString).appendingPathComponent(csv ? name : name + ".xlsx")
        if csv {
            try workbook.writeCSVFiles(in: URL(fileURLWithPath: path))
        } else {
            try workbook.writeWorkbook(to: URL(fileURLWithPath: path))
        }
        print(Say.wroteTables(path))
    }
}
