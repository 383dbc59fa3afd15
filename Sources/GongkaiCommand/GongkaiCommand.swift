import ArgumentParser
import Foundation
import Gongkai

@main
struct GongkaiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "Typesets Chinese department budget disclosures (部门预算信息公开) as print-ready PDF.",
        subcommands: [
            RenderCommand.self, CheckCommand.self, BatchCommand.self, SampleDataCommand.self, SnapshotCommand.self,
            WorkerCommand.self,
        ])
}

/// Options shared by commands that typeset.
struct ResourceOptions: ParsableArguments {
    @Option(name: .long, help: "The layout folder (default: the one the input sits in, or Layouts/department-budget).")
    var layout: String?

    @Option(name: .long, help: "The fontconfig file to load fonts through (default: Fonts/fonts.conf).")
    var fonts: String?

    @Option(name: .long, help: "A folder that department files may also read exports (from:) from; by default only their own folder and below.")
    var dataRoot: String?

    /// The layout folder for `input`: --layout, else the one the input sits in, else Layouts/department-budget.
    func layoutPath(for input: String?) throws -> String {
        guard let path = layout ?? ResourceLocator.layout(forInput: input) else {
            throw ValidationError("no layout found; name one with --layout")
        }
        return path
    }

    /// The fontconfig file: --fonts, else Fonts/fonts.conf near the layout or in the usual places.
    func fontsPath(near layoutPath: String?) throws -> String {
        guard let path = fonts ?? ResourceLocator.fontConfiguration(near: layoutPath) else {
            throw ValidationError("no Fonts/fonts.conf found; name one with --fonts")
        }
        return path
    }
}

/// A failure already reported to the user.
struct ReportedFailure: Error {}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
}

func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
}

/// Runs `body`, printing the project's errors as one line each and exiting 1.
func reportingErrors(input: String, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as DataError {
        printError(error.description)
        throw ExitCode.failure
    } catch let error as LayoutError {
        printError(error.description)
        throw ExitCode.failure
    } catch let error as TypesettingError {
        printError("\(input): \(error.description)")
        throw ExitCode.failure
    } catch let error as RenderingError {
        printError(error.description)
        throw ExitCode.failure
    } catch let error as AtomicFile.Failure {
        printError(error.description)
        throw ExitCode.failure
    }
}
