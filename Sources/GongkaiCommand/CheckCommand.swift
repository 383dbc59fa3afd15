import ArgumentParser
import Foundation
import Gongkai
import GongkaiLayout
import GongkaiModel

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: Say.checkAbstract, discussion: Say.checkDiscussion)
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: ArgumentHelp(Say.inputsHelp))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp(Say.formatHelp))
    var format: Format = .text

    @OptionGroup var resources: ResourceOptions

    /// What one file gave: its findings, or the error that stopped it loading.
    struct FileReport: Encodable {
        var file: String
        var findings: [Finding]
        var errors: Int { findings.filter { $0.severity == .error }.count }
        var warnings: Int { findings.filter { $0.severity == .warning }.count }

        enum CodingKeys: String, CodingKey { case file, errors, warnings, findings }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(errors, forKey: .errors)
            try container.encode(warnings, forKey: .warnings)
            try container.encode(findings, forKey: .findings)
        }
    }

    func run() throws {
        var layouts = LayoutCache()
        var renderers: [String: DisclosureRenderer] = [:]
        let reports = inputs.map { check($0, layouts: &layouts, renderers: &renderers) }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.userInfo[.messageLanguage] = Language.current
            print(String(decoding: try encoder.encode(reports), as: UTF8.self))
        case .text:
            for report in reports {
                for finding in report.findings { print(finding.description(in: .current)) }
                printFieldsToFill(report)
            }
            let errors = reports.reduce(0) { $0 + $1.errors }
            let warnings = reports.reduce(0) { $0 + $1.warnings }
            print(Say.checkSummary(errors: errors, warnings: warnings, files: reports.count))
        }
        if reports.contains(where: { $0.errors > 0 }) { throw ExitCode.failure }
    }

    /// Loads and checks one file; a file that does not load is one error finding.
    func check(_ input: String, layouts: inout LayoutCache, renderers: inout [String: DisclosureRenderer]) -> FileReport {
        do {
            let disclosure = try DisclosureLoader.load(contentsOf: input, dataRoot: resources.dataRoot)
            var layout: Layout?
            var layoutFindings: [Finding] = []
            if let layoutPath = resources.layout ?? ResourceLocator.layout(forInput: input) {
                do {
                    layout = try layouts.layout(at: layoutPath)
                } catch let error as LayoutError {
                    layoutFindings.append(Finding(severity: .error, rule: "layout", fieldPath: "", location: error.location, text: error.text))
                }
            }
            var findings = (layout?.findings(for: disclosure) ?? DisclosureValidator.findings(for: disclosure)) + layoutFindings
            // The layout's placeholders must all resolve for this department, and every character must have a
            // font: the document is typeset (not drawn) with the fonts the layout's folder has, when they load.
            if let layout {
                do {
                    if let renderer = renderer(near: layoutPath(for: input), in: &renderers) {
                        findings += disclosure.missingCharacterFindings(try renderer.missingCharacters(of: disclosure, layout: layout))
                    } else {
                        _ = try DocumentComposer(layout: layout).compose(disclosure)
                    }
                } catch let error as LayoutError {
                    findings.append(Finding(severity: .error, rule: "layout", fieldPath: "", location: error.location, text: error.text))
                } catch let error as DataError {
                    // The validator reports a table's bad code already; anything else is new.
                    if !findings.contains(where: { $0.message == error.message }) {
                        findings.append(Finding(severity: .error, rule: "data", fieldPath: error.fieldPath, location: error.location, text: error.text))
                    }
                }
            }
            return FileReport(file: input, findings: findings)
        } catch let error as TypesettingError {
            return FileReport(file: input, findings: [
                Finding(severity: .error, rule: "typesetting", fieldPath: "", location: nil, text: error.text)
            ])
        } catch let error as DataError {
            let finding = Finding(
                severity: .error, rule: "data", fieldPath: error.fieldPath,
                location: error.location ?? SourceLocation(file: error.file, line: 0, column: 0), text: error.text)
            return FileReport(file: input, findings: [finding])
        } catch {
            return FileReport(file: input, findings: [
                Finding(severity: .error, rule: "data", fieldPath: "", location: nil, message: "\(error)")
            ])
        }
    }

    /// The fields a department file made by `gongkai new` still has 待填写 in, as one list to work through.
    func printFieldsToFill(_ report: FileReport) {
        let fields = report.findings.filter { $0.rule == "placeholder" && $0.message.contains("待填写") }
        guard !fields.isEmpty else { return }
        print(Say.toFill(fields.count))
        for finding in fields {
            let line = finding.location.map { $0.line > 0 ? ":\($0.line)" : "" } ?? ""
            print("  \(report.file)\(line)  \(FieldLabels.named(finding.fieldPath, label: finding.label, in: .current))")
        }
    }

    func layoutPath(for input: String) -> String? { resources.layout ?? ResourceLocator.layout(forInput: input) }

    /// A renderer for the fonts near `layoutPath`, made once per fonts file; nil when there are no usable fonts
    /// (the check then goes on without looking for characters no font draws).
    func renderer(near layoutPath: String?, in renderers: inout [String: DisclosureRenderer]) -> DisclosureRenderer? {
        guard let fonts = try? resources.fontsPath(near: layoutPath) else { return nil }
        if let renderer = renderers[fonts] { return renderer }
        let renderer = try? DisclosureRenderer(fontConfiguration: fonts)
        renderers[fonts] = renderer
        return renderer
    }
}
