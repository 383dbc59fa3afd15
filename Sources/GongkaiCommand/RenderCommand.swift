import ArgumentParser
import Foundation
import Gongkai

struct RenderCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "render", abstract: Say.renderAbstract) }

    @Argument(help: ArgumentHelp(Say.inputHelp))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp(Say.outputHelp))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(Say.pngHelp))
    var png: String?

    @Option(name: .long, help: ArgumentHelp(Say.dpiHelp))
    var dpi: Double = 80

    @Flag(name: .long, help: ArgumentHelp(Say.strictRenderHelp))
    var strict = false

    @OptionGroup var resources: ResourceOptions

    func validate() throws {
        guard dpi >= 10, dpi <= 1200 else { throw ValidationError(Say.dpiRange) }
    }

    func run() throws {
        try reportingErrors(input: input) {
            let disclosure = try DisclosureLoader.load(contentsOf: input, dataRoot: resources.dataRoot)
            let layoutPath = try resources.layoutPath(for: input)
            let layout = try LayoutLoader.load(from: layoutPath)
            let fontsPath = try resources.fontsPath(near: layoutPath)
            // Read once with the layout, for its checks and then its document.
            let data = LayoutData(disclosure, layout: layout)
            let findings = layout.findings(in: data)
            for finding in findings { FileHandle.standardError.write(Data("\(finding.description(in: .current))\n".utf8)) }
            let errors = findings.filter { $0.severity == .error }.count
            if strict, errors > 0 {
                printError(Say.figuresHaveErrors(input, errors))
                throw ExitCode.failure
            }
            let renderer = try DisclosureRenderer(fontConfiguration: fontsPath)
            let path = output ?? Self.defaultOutput(for: input, disclosure: disclosure)
            let creationDate = DisclosureRenderer.defaultCreationDate(year: disclosure.year)
            let report: RenderReport
            if strict {
                // Set whole first: nothing is written unless every character can be drawn.
                let typeset = try renderer.typeset(disclosure, layout: layout)
                let missing = disclosure.missingCharacterFindings(renderer.missingInDocument)
                for finding in missing { FileHandle.standardError.write(Data("\(finding.description(in: .current))\n".utf8)) }
                if !missing.isEmpty {
                    printError(Say.noFontForCharacters(input))
                    throw ExitCode.failure
                }
                report = try renderer.render(typeset, to: path, pngDirectory: png, dpi: dpi, creationDate: creationDate)
            } else {
                // Written page by page as it is set.
                report = try renderer.render(data, to: path, pngDirectory: png, dpi: dpi, creationDate: creationDate)
                let missing = disclosure.missingCharacterFindings(renderer.missingInDocument)
                for finding in missing { FileHandle.standardError.write(Data("\(finding.description(in: .current))\n".utf8)) }
            }
            for warning in report.warnings { printWarning(warning) }
            print(Say.rendered(report.pdfPath, pages: report.pageCount))
            if !report.pngPaths.isEmpty { print(Say.pngWritten(report.pngPaths.count, png ?? "")) }
        }
    }

    /// `<code>-<year>.pdf` beside the input, with anything unsafe in the code replaced.
    static func defaultOutput(for input: String, disclosure: Disclosure) -> String {
        let safe = String(disclosure.department.code.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        let directory = URL(fileURLWithPath: input).deletingLastPathComponent().path
        return (directory as NSString).appendingPathComponent("\(safe.isEmpty ? "department" : safe)-\(disclosure.year).pdf")
    }
}
