import GongkaiMessages
import GongkaiModel

/// Every field a layout's templates may name: a value of the shape of the model's template values, made from
/// the same field declarations (`Disclosure.templateSchema`), so that it cannot drift from them.
enum LayoutSchema {
    static let value: TemplateValue = Disclosure.templateSchema

    /// The fields an element of the list `value` may have: the union of its elements' fields.
    static func element(of value: TemplateValue) -> TemplateValue? {
        guard case .list(let elements) = value else { return nil }
        var fields: [String: TemplateValue] = [:]
        for element in elements {
            switch element {
            case .record(let record): fields.merge(record) { old, _ in old }
            default: fields["item"] = element
            }
        }
        return .record(fields)
    }
}

/// Checks every template of a layout against the schema before any document is composed with it:
/// an unknown field or phrase is an error naming the layout file and line.
struct LayoutChecker {
    let layout: Layout

    /// The schema with the layout's declared fields (`fields.<key>`).
    static func schema(for layout: Layout) -> TemplateValue {
        guard case .record(var record) = LayoutSchema.value else { return LayoutSchema.value }
        record["fields"] = .record(Dictionary(uniqueKeysWithValues: layout.fields.map { ($0.key, $0.example) }))
        return .record(record)
    }

    func check() throws {
        let root = TemplateScope(frames: [Self.schema(for: layout)])
        for element in layout.content { try check(element, in: root) }
        if let header = layout.runningHeader {
            try check(header.left, in: root)
            try check(header.right, in: root)
        }
        try check(layout.metadata.title, in: root)
        try check(layout.metadata.subject, in: root)
        for keyword in layout.metadata.keywords { try check(keyword, in: root) }
        let phraseScope = TemplateScope(frames: [
            .record(["current": .amount(0), "previous": .amount(0), "delta": .amount(0), "rate": .text(""), "ratio": .text("")])
        ])
        for phrase in layout.phrases.values {
            for template in [phrase.increase, phrase.decrease, phrase.unchanged, phrase.new] { try check(template, in: phraseScope) }
        }
    }

    private func check(_ element: ContentElement, in scope: TemplateScope) throws {
        switch element {
        case .pageBreak, .contents:
            break
        case .when(let when):
            guard scope.lookup(when.path) != nil else {
                throw LayoutError(
                    file: layout.file, location: when.location,
                    text: LayoutCheckMessages.whenNotAField(when.path.joined(separator: ".")))
            }
            for child in when.content + when.otherwise { try check(child, in: scope) }
        case let .customTables(_, like, location):
            guard layout.tables[like] != nil else {
                throw LayoutError(file: layout.file, location: location, text: LayoutMessages.noTable(like))
            }
        case .paragraph(let template, _, _):
            try check(template, in: scope)
        case .each(let each):
            guard let list = scope.lookup(each.path), let fields = LayoutSchema.element(of: list) else {
                throw LayoutError(
                    file: layout.file, location: each.location,
                    text: LayoutCheckMessages.eachNotAList(each.path.joined(separator: ".")))
            }
            var frame: [String: TemplateValue] = ["n": .integer(1), "number": .text("")]
            if case .record(let record) = fields { frame.merge(record) { old, _ in old } }
            let inner = scope.pushing(.record(frame))
            if let numbering = each.numbering { try check(numbering, in: inner) }
            if let paragraph = each.paragraph { try check(paragraph, in: inner) }
            for child in each.content { try check(child, in: inner) }
        case let .table(name, location):
            guard let definition = layout.tables[name] else {
                throw LayoutError(file: layout.file, location: location, text: LayoutMessages.noTable(name))
            }
            for template in [definition.title, definition.captionLeft, definition.captionRight, definition.captionContinued].compactMap({ $0 }) {
                try check(template, in: scope)
            }
            switch definition.kind {
            case let .rows(path, columns):
                guard let list = scope.lookup(path), let fields = LayoutSchema.element(of: list) else {
                    throw LayoutError(
                        file: layout.file, location: definition.location,
                        text: LayoutCheckMessages.inTable(name, LayoutCheckMessages.rowsNotAList(path.joined(separator: "."))))
                }
                let inner = scope.pushing(.record(["n": .integer(1)])).pushing(fields)
                for column in columns { if let cell = column.cell { try check(cell, in: inner) } }
            case .fixed(let rows, _):
                for template in rows.joined() { try check(template, in: scope) }
            case .performanceMatrix(let spec):
                let numbered = scope.pushing(.record(["n": .integer(1)]))
                try check(spec.dutyNumbering, in: numbered)
                try check(spec.activityNumbering, in: numbered)
            case .classified:
                break
            case .indicators(let spec):
                guard let list = scope.lookup(spec.rows), let fields = LayoutSchema.element(of: list) else {
                    throw LayoutError(
                        file: layout.file, location: definition.location,
                        text: LayoutCheckMessages.inTable(name, LayoutCheckMessages.rowsNotAList(spec.rows.joined(separator: "."))))
                }
                let inner = scope.pushing(.record(["n": .integer(1)])).pushing(fields)
                for template in spec.projectRows { try check(template, in: inner) }
            case .balance(let spec):
                for row in spec.income.rows + spec.income.totals + spec.expenditure.rows + spec.expenditure.totals {
                    switch row {
                    case .line(let label, _), .sum(let label, _): try check(label, in: scope)
                    case let .stated(label, values):
                        try check(label, in: scope)
                        for path in values {
                            guard case .amount? = scope.lookup(path) else {
                                throw LayoutError(
                                    file: layout.file, location: definition.location,
                                    text: LayoutCheckMessages.inTable(name, LayoutCheckMessages.notAnAmountOfData(path.joined(separator: "."))))
                            }
                        }
                    case .classes(_, let numbering):
                        if let numbering { try check(numbering, in: scope.pushing(.record(["n": .integer(1)]))) }
                    }
                }
            }
            for note in [definition.emptyNote, definition.footnote].compactMap({ $0 }) { try check(note, in: scope) }
        }
    }

    private func check(_ template: Template, in scope: TemplateScope) throws {
        for segment in template.segments {
            switch segment {
            case .literal:
                break
            case .value(let path, _):
                switch try resolve(path, template, scope) {
                case .list, .record:
                    throw LayoutError(
                        file: layout.file, location: template.location,
                        text: TemplateMessages.inTemplate(TemplateMessages.notAValue(path.joined(separator: ".")), template.source))
                default: break
                }
            case let .phrase(name, current, previous):
                guard layout.phrases[name] != nil else {
                    throw LayoutError(
                        file: layout.file, location: template.location,
                        text: TemplateMessages.inTemplate(TemplateMessages.noPhrase(name), template.source))
                }
                for path in [current, previous] {
                    switch try resolve(path, template, scope) {
                    case .amount, .integer: break
                    default:
                        throw LayoutError(
                            file: layout.file, location: template.location,
                            text: TemplateMessages.inTemplate(TemplateMessages.notAnAmount(path.joined(separator: ".")), template.source))
                    }
                }
            }
        }
    }

    @discardableResult
    private func resolve(_ path: [Substring], _ template: Template, _ scope: TemplateScope) throws -> TemplateValue {
        guard let value = scope.lookup(path) else {
            throw LayoutError(
                file: layout.file, location: template.location,
                text: TemplateMessages.inTemplate(TemplateMessages.unknownField(path.joined(separator: ".")), template.source))
        }
        return value
    }
}
