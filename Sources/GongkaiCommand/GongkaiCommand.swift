import ArgumentParser
import Foundation
import Gongkai

@main
struct GongkaiCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "gongkai",
            abstract: Say.abstract,
            version: GongkaiVersion.string,
            subcommands: [
                RenderCommand.self, CheckCommand.self, NewCommand.self, BatchCommand.self, SampleDataCommand.self,
                SnapshotCommand.self, WorkerCommand.self,
            ])
    }

    /// As ParsableCommand's own, but the parser's help and usage errors are put into the user's language: the
    /// parser writes their frame (USAGE, OPTIONS, "Error: Missing expected argument" …) in English only.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = Say.parserText(fullMessage(for: error))
            if !text.isEmpty {
                if code == .success {
                    print(text)
                } else {
                    FileHandle.standardError.write(Data((text + "\n").utf8))
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Options shared by commands that typeset.
struct ResourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Say.layoutHelp))
    var layout: String?

    @Option(name: .long, help: ArgumentHelp(Say.fontsHelp))
    var fonts: String?

    @Option(name: .long, help: ArgumentHelp(Say.dataRootHelp))
    var dataRoot: String?

    /// The layout folder for `input`: --layout, else the one the input sits in, else Layouts/department-budget.
    func layoutPath(for input: String?) throws -> String {
        guard let path = layout ?? ResourceLocator.layout(forInput: input) else {
            throw ValidationError(Say.noLayout)
        }
        return path
    }

    /// The fontconfig file: --fonts, else Fonts/fonts.conf near the layout or in the usual places.
    func fontsPath(near layoutPath: String?) throws -> String {
        guard let path = fonts ?? ResourceLocator.fontConfiguration(near: layoutPath) else {
            throw ValidationError(Say.noFonts)
        }
        return path
    }
}

/// A failure already reported to the user.
struct ReportedFailure: Error {}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("\(Say.errorWord): \(message)\n".utf8))
}

func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("\(Say.warningWord): \(message)\n".utf8))
}

/// Runs `body`, printing the project's errors as one line each and exiting 1.
func reportingErrors(input: String, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as DataError {
        printError(error.description(in: .current))
        throw ExitCode.failure
    } catch let error as LayoutError {
        printError(error.description(in: .current))
        throw ExitCode.failure
    } catch let error as TypesettingError {
        printError("\(input): \(error.text.text(in: .current))")
        throw ExitCode.failure
    } catch let error as RenderingError {
        printError(error.text.text(in: .current))
        throw ExitCode.failure
    } catch let error as AtomicFile.Failure {
        printError(error.text.text(in: .current))
        throw ExitCode.failure
    }
}
