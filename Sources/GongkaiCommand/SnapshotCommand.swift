import ArgumentParser
import Foundation
import Gongkai

struct SnapshotCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "snapshot", abstract: Say.snapshotAbstract, subcommands: [Record.self, Verify.self])
    }

    struct Options: ParsableArguments {
        @Argument(help: ArgumentHelp(Say.inputHelp))
        var input: String

        @Option(name: .long, help: ArgumentHelp(Say.snapshotDirHelp))
        var dir: String

        @Option(name: .long, help: ArgumentHelp(Say.snapshotDPIHelp))
        var dpi: Double = 30

        @OptionGroup var resources: ResourceOptions

        func typeset() throws -> (DisclosureRenderer, TypesetDocument) {
            let disclosure = try DisclosureLoader.load(contentsOf: input, dataRoot: resources.dataRoot)
            let layoutPath = try resources.layoutPath(for: input)
            let fontsPath = try resources.fontsPath(near: layoutPath)
            let renderer = try DisclosureRenderer(fontConfiguration: fontsPath)
            return (renderer, try renderer.typeset(disclosure, layout: try LayoutLoader.load(from: layoutPath)))
        }
    }

    // The subcommands are named outright: a name the parser derives from the type's is found by reflection,
    // on every run of every command.
    struct Record: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "record", abstract: Say.recordAbstract) }
        @OptionGroup var options: Options

        func run() throws {
            try reportingErrors(input: options.input) {
                let (renderer, document) = try options.typeset()
                try renderer.recordSnapshots(of: document, in: options.dir, dpi: options.dpi)
                print(Say.recorded(document.pages.count, options.dir))
            }
        }
    }

    struct Verify: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "verify", abstract: Say.verifyAbstract, discussion: Say.verifyDiscussion)
        }
        @OptionGroup var options: Options

        @Option(name: .long, help: ArgumentHelp(Say.thresholdHelp))
        var threshold: Int = 24

        @Option(name: .long, help: ArgumentHelp(Say.maxShareHelp))
        var maxShare: Double = 0.0001

        func run() throws {
            try reportingErrors(input: options.input) {
                let (renderer, document) = try options.typeset()
                let verification = try renderer.verifySnapshots(
                    of: document, in: options.dir, dpi: options.dpi,
                    tolerance: SnapshotTolerance(perPixel: threshold, maximumDifferingShare: maxShare))
                if verification.passed {
                    print(Say.pagesMatch(document.pages.count, options.dir))
                    return
                }
                for line in verification.lines(in: .current) { print(line) }
                throw ExitCode.failure
            }
        }
    }
}
