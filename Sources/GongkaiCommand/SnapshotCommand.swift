import ArgumentParser
import Foundation
import Gongkai

struct SnapshotCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "snapshot", abstract: Say.snapshotAbstract, subcommands: [Record.self, Verify.self])
    }

    struct Options: ParsableArguments {
        @Argument(help: "The department's data file (YAML).")
        var input: String

        @Option(name: .long, help: "The folder of reference pages (page-001.png, page-001.txt …, manifest.json).")
        var dir: String

        @Option(name: .long, help: "Resolution of the reference pages.")
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

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the reference pages, an image and a record of what it draws for each (replacing old ones).")
        @OptionGroup var options: Options

        func run() throws {
            try reportingErrors(input: options.input) {
                let (renderer, document) = try options.typeset()
                try renderer.recordSnapshots(of: document, in: options.dir, dpi: options.dpi)
                print("recorded \(document.pages.count) pages in \(options.dir)")
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare the document's pages with the references; exit 1 on any change.",
            discussion: """
                What each page draws is compared first: any changed text, position or font of a run fails, \
                named with its old and new text. Pixels are then compared within --threshold and --max-share, \
                which are for anti-aliasing noise.
                """)
        @OptionGroup var options: Options

        @Option(name: .long, help: "A pixel differs when a channel differs by more than this (0–255); for anti-aliasing noise.")
        var threshold: Int = 24

        @Option(name: .long, help: "A page differs when more than this share of its pixels differ (0–1).")
        var maxShare: Double = 0.0001

        func run() throws {
            try reportingErrors(input: options.input) {
                let (renderer, document) = try options.typeset()
                let verification = try renderer.verifySnapshots(
                    of: document, in: options.dir, dpi: options.dpi,
                    tolerance: SnapshotTolerance(perPixel: threshold, maximumDifferingShare: maxShare))
                if verification.passed {
                    print("\(document.pages.count) pages match \(options.dir)")
                    return
                }
                for line in verification.lines { print(line) }
                throw ExitCode.failure
            }
        }
    }
}
