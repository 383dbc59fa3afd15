import ArgumentParser
import Foundation
import Gongkai

@main
struct GongkaiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "Typesets Chinese department budget disclosures (部门预算信息公开) as print-ready PDF.",
        subcommands: [RenderCommand.self])
}

/// Options shared by commands that typeset.
struct ResourceOptions: ParsableArguments {
    @Option(name: .long, help: "The layout folder (default: the one the input sits in, or Layouts/department-budget).")
    var layout: String?

    @Option(name: .long, help: "The fontconfig file to load fonts through (default: Fonts/fonts.conf).")
    var fonts: String?
}

/// A failure already reported to the user.
struct ReportedFailure: Error {}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
}

func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
}
