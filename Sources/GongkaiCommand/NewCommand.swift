import ArgumentParser
import Foundation
import Gongkai
import GongkaiImport

/// `gongkai new [--from WORKBOOK.xlsx | FOLDER]`: a new department file, with the figures and tables of the
/// budget system's exports where given, and every text to be written marked 待填写.
struct NewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "new", abstract: Say.newAbstract, discussion: Say.newDiscussion)
    }

    @Option(name: .long, help: ArgumentHelp(Say.fromHelp))
    var from: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(Say.newOutputHelp))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(Say.newYearHelp))
    var year: Int?

    @Flag(name: .long, help: ArgumentHelp(Say.forceHelp))
    var force = false

    func run() throws {
        do {
            let writer: DepartmentFileWriter
            let path: String
            if let from {
                let tables = try PublicTables(at: from)
                let figures = try ExportFigures(tables)
                let budgetYear = year ?? figures.year ?? Self.thisYear
                let name = "\(figures.departmentCode ?? "department")-\(budgetYear).yaml"
                let besideExports = URL(fileURLWithPath: from).deletingLastPathComponent().path
                path = output ?? (besideExports as NSString).appendingPathComponent(name)
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
                writer = DepartmentFileWriter(from: tables, figures: figures, year: budgetYear, folder: folder)
            } else {
                path = output ?? "department-\(year ?? Self.thisYear).yaml"
                writer = DepartmentFileWriter(year: year ?? Self.thisYear)
            }
            if FileManager.default.fileExists(atPath: path), !force {
                printError(Say.wouldReplace(path))
                throw ExitCode.failure
            }
            let text = writer.yaml()
            try AtomicFile.write(to: path) { try Data(text.utf8).write(to: URL(fileURLWithPath: $0)) }
            let toFill = text.components(separatedBy: "\n").filter { $0.contains("\"\(DepartmentFileWriter.placeholder)\"") }.count
            print(Say.wroteNew(path, toFill: toFill))
            // Exports are read only from the department file's folder and below, unless --data-root names theirs.
            if writer.tables.contains(where: { $0.from.hasPrefix("../") }), let from {
                let folder = URL(fileURLWithPath: from).standardizedFileURL.deletingLastPathComponent().path
                printWarning(Say.exportsOutside(folder))
            }
        } catch let error as NewDepartmentError {
            printError(error.text.text(in: .current))
            throw ExitCode.failure
        } catch let error as ImportError {
            printError(error.text.text(in: .current))
            throw ExitCode.failure
        } catch let error as AtomicFile.Failure {
            printError(error.text.text(in: .current))
            throw ExitCode.failure
        }
    }

    static var thisYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) }
}
