import Foundation
import GongkaiMessages
import GongkaiModel

/// Fills templates from a scope. Unknown fields are layout errors naming the template's file and line.
struct TemplateRenderer {
    let phrases: [String: Phrase]
    let file: String
    var textNumbers = NumberStyle(decimals: 2)
    var tableNumbers = NumberStyle(decimals: 2)

    func render(_ template: Template, in scope: TemplateScope) throws -> String {
        var output = ""
        for segment in template.segments {
            switch segment {
            case .literal(let text):
                output += text
            case let .value(path, formatName):
                output += try format(value(path, template, scope), format: formatName, path: path, template: template)
            case let .phrase(name, currentPath, previousPath):
                guard let phrase = phrases[name] else {
                    throw error(template, TemplateMessages.noPhrase(name, have: phrases.keys.sorted()))
                }
                let current = try amount(currentPath, template, scope)
                let previous = try amount(previousPath, template, scope)
                let (chosen, variables) = phrase.variables(current: current, previous: previous)
                output += try render(chosen, in: TemplateScope(frames: [variables]))
            }
        }
        return output
    }

    /// The amount a template consists of alone (`{x|table}`, `{x}`), with the style it prints in; nil for
    /// any other template. A table prints such cells with their column's decimals.
    func loneAmount(_ template: Template, in scope: TemplateScope) -> (value: Decimal, style: NumberStyle)? {
        guard template.segments.count == 1, case let .value(path, format) = template.segments[0],
            case .amount(let amount)? = scope.lookup(path)
        else { return nil }
        switch format {
        case nil: return (amount, textNumbers)
        case "table": return (amount, tableNumbers)
        default: return nil
        }
    }

    private func value(_ path: [Substring], _ template: Template, _ scope: TemplateScope) throws -> TemplateValue {
        guard let value = scope.lookup(path) else {
            throw error(template, TemplateMessages.inTemplate(TemplateMessages.unknownField(path.joined(separator: ".")), template.source))
        }
        return value
    }

    private func amount(_ path: [Substring], _ template: Template, _ scope: TemplateScope) throws -> Decimal {
        switch try value(path, template, scope) {
        case .amount(let amount): return amount
        case .integer(let integer): return Decimal(integer)
        default:
            throw error(template, TemplateMessages.inTemplate(TemplateMessages.notAnAmount(path.joined(separator: ".")), template.source))
        }
    }

    private func format(_ value: TemplateValue, format: String?, path: [Substring], template: Template) throws -> String {
        var name: String { path.joined(separator: ".") }  // for messages only: not joined for every value
        switch (value, format) {
        case (.absent, _): return ""
        case (.text(let text), nil), (.text(let text), "plain"): return text
        case (.amount(let amount), nil): return textNumbers.format(amount)
        case (.amount(let amount), "table"): return tableNumbers.format(amount)
        case (.amount(let amount), "plain"): return NumberFormatting.plain(amount)
        case (.amount(let amount), "fixed2"): return NumberFormatting.fixed(amount, places: 2)
        case (.integer(let integer), nil), (.integer(let integer), "plain"): return String(integer)
        case (.integer(let integer), "chinese"): return NumberFormatting.chinese(integer)
        case (.integer(let integer), "fixed2"): return NumberFormatting.fixed(Decimal(integer), places: 2)
        case (.list, _), (.record, _):
            throw error(template, TemplateMessages.inTemplate(TemplateMessages.notAValue(name), template.source))
        default:
            throw error(template, TemplateMessages.inTemplate(TemplateMessages.formatDoesNotApply(format ?? "", to: name), template.source))
        }
    }

    func error(_ template: Template, _ text: LocalizedText) -> LayoutError {
        LayoutError(file: file, location: template.location, text: text)
    }
}
