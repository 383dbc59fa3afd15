import Foundation
import GongkaiDocument
import GongkaiMessages
import GongkaiModel

// Reading the standard tables' definitions: filters over the classified lines, classified tables and
// balance tables. See docs/layouts.md, "Standard tables".

extension LayoutReader {
    /// `code_lists`: a folder of code lists per year, relative to the layout file.
    func readCodeLists(_ node: NodeReader) throws -> CodeListLibrary {
        let path = try node.text()
        let directory =
            path.hasPrefix("/")
            ? path
            : URL(fileURLWithPath: root.file).absoluteURL.deletingLastPathComponent().appendingPathComponent(path)
                .standardizedFileURL.path
        do {
            return try CodeListLibrary(directory: directory)
        } catch let error as DataError {
            throw node.error(.invalidValue, LayoutMessages.codeLists(error))
        }
    }

    /// A column of a row table; `cell` is required for rows from the data.
    func listColumn(_ column: NodeReader, needsCell: Bool) throws -> ListTableColumn {
        _ = try column.mapping(allowing: ["header", "group", "width", "align", "cell"])
        let cell = try needsCell ? template(column.required("cell")) : column.optional("cell").map { try template($0) }
        return ListTableColumn(
            header: try column.text("header"), group: try column.optionalText("group"), width: try width(column.required("width")),
            alignment: try alignment(column.optional("align"), default: .left), decimal: try isDecimal(column.optional("align")),
            cell: cell)
    }

    /// `where: {source: general_budget, kind: [personnel, public], year: previous}`; every key optional.
    func readFilter(_ node: NodeReader?) throws -> LineFilter {
        guard let node else { return .all }
        _ = try node.mapping(allowing: ["source", "kind", "year", "figure"])
        func names(_ key: String) throws -> [(String, NodeReader)]? {
            guard let value = try node.optional(key) else { return nil }
            if value.node.isSequence { return try value.elements().map { (try $0.text(), $0) } }
            return [(try value.text(), value)]
        }
        var filter = LineFilter()
        if let sources = try names("source") {
            filter.sources = Set(try sources.map { name, at in
                guard let source = FundSource(rawValue: name) else {
                    throw at.error(.invalidValue, LayoutMessages.unknownFundSource(name, known: FundSource.allCases.map(\.rawValue)))
                }
                return source
            })
        }
        if let kinds = try names("kind") {
            var set: Set<ExpenditureKind> = []
            for (name, at) in kinds {
                if name == "basic" {
                    set.formUnion([.personnel, .publicUse])
                } else if let kind = ExpenditureKind(rawValue: name) {
                    set.insert(kind)
                } else {
                    throw at.error(.invalidValue, LayoutMessages.unknownLineKind(name))
                }
            }
            filter.kinds = set
        }
        if let year = try node.optional("year") {
            switch try year.text() {
            case "current": filter.previousYear = false
            case "previous": filter.previousYear = true
            default: throw year.error(.invalidValue, LayoutMessages.expectedYear)
            }
            if filter.previousYear, filter.kinds != nil {
                throw year.error(.invalidValue, LayoutMessages.previousYearTotalsOnly)
            }
        }
        if let figure = try node.optional("figure") {
            filter.figure = try figure.text()
            if filter.kinds != nil || filter.previousYear {
                throw figure.error(.invalidValue, LayoutMessages.namedFigureIsTotal)
            }
        }
        return filter
    }

    func classification(_ r: NodeReader, key: String = "classification") throws -> Classification {
        let node = try r.required(key)
        let text = try node.text()
        guard let classification = Classification(rawValue: text) else {
            throw node.error(.invalidValue, LayoutMessages.expectedClassification(found: text))
        }
        return classification
    }

    func readClassified(_ r: NodeReader) throws -> ClassifiedTableSpec {
        let classification = try classification(r)
        let columns = try r.list("columns").map { column -> ClassifiedTableSpec.Column in
            _ = try column.mapping(allowing: ["header", "group", "width", "align", "value", "level", "where"])
            let valueName = try column.optionalText("value") ?? "amount"
            let value: ClassifiedTableSpec.Value
            switch valueName {
            case "code":
                let level = try column.optional("level").map { try $0.integer() }
                if let level, !(1...classification.codeLengths.count).contains(level) {
                    throw try column.required("level").error(
                        .invalidValue, LayoutMessages.codeLevels(classification.chineseName, levels: classification.codeLengths.count))
                }
                value = .code(level: level)
            case "name": value = .name
            case "amount": value = .amount(try readFilter(column.optional("where")))
            default: throw try column.required("value").error(.invalidValue, LayoutMessages.expectedClassifiedValue)
            }
            let isAmount = if case .amount = value { true } else { false }
            let defaultAlignment: TextAlignment = isAmount ? .right : (valueName == "code" ? .center : .left)
            return ClassifiedTableSpec.Column(
                header: try column.text("header"), group: try column.optionalText("group"),
                width: try column.optional("width").map { try width($0) } ?? (isAmount ? .fitBody : .fraction(1)),
                alignment: try alignment(column.optional("align"), default: defaultAlignment),
                decimal: try column.optional("align").map { try isDecimal($0) } ?? isAmount, value: value)
        }
        guard columns.contains(where: { if case .amount = $0.value { true } else { false } }) else {
            throw try r.required("columns").error(.invalidValue, LayoutMessages.classifiedNeedsAmount)
        }
        let levels = try r.optional("levels").map { try $0.integer() }
        return ClassifiedTableSpec(
            classification: classification, filter: try readFilter(r.optional("where")), columns: columns,
            totalLabel: try r.optionalText("total"),
            indentPerLevel: try r.optional("indent").map { try length($0, em: styles["table_body"]?.text.size ?? 10.5) } ?? 10.5,
            maxLevel: levels)
    }

    func readBalance(_ r: NodeReader) throws -> BalanceTableSpec {
        let classification = try classification(r)
        func side(_ node: NodeReader) throws -> BalanceTableSpec.Side {
            _ = try node.mapping(allowing: ["header", "label", "columns", "rows", "totals"])
            let label = try node.required("label")
            _ = try label.mapping(allowing: ["header", "width"])
            let columns = try node.list("columns").map { column -> BalanceTableSpec.AmountColumn in
                _ = try column.mapping(allowing: ["header", "width", "where"])
                return BalanceTableSpec.AmountColumn(
                    header: try column.text("header"), width: try column.optional("width").map { try width($0) } ?? .fitBody,
                    filter: try readFilter(column.optional("where")))
            }
            guard !columns.isEmpty else { throw try node.required("columns").error(.invalidValue, LayoutMessages.sideNeedsAmount) }
            return BalanceTableSpec.Side(
                header: try node.text("header"), labelHeader: try label.text("header"), labelWidth: try width(label.required("width")),
                columns: columns, rows: try node.list("rows").map { try row($0) },
                totals: try node.optionalList("totals").map { node in
                    let total = try row(node)
                    if case .classes = total { throw node.error(.invalidValue, LayoutMessages.classesInTotals) }
                    return total
                })
        }
        func row(_ node: NodeReader) throws -> BalanceTableSpec.Row {
            _ = try node.mapping(allowing: ["label", "where", "sum", "classes", "numbering", "values"])
            if let classes = try node.optional("classes") {
                let which = try classes.text()
                guard which == "all" || which == "present" else {
                    throw classes.error(.invalidValue, LayoutMessages.expectedClasses)
                }
                return .classes(all: which == "all", numbering: try node.optional("numbering").map { try template($0) })
            }
            let label = try template(node.required("label"))
            if let sum = try node.optional("sum") {
                switch try sum.text() {
                case "rows": return .sum(label: label, includesTotals: false)
                case "all": return .sum(label: label, includesTotals: true)
                default: throw sum.error(.invalidValue, LayoutMessages.expectedSumOver)
                }
            }
            if let values = try node.optional("values") {
                let paths = try (values.node.isSequence ? values.elements() : [values]).map {
                    try Template.path($0.text(), in: $0, file: root.file)
                }
                return .stated(label: label, values: paths)
            }
            return .line(label: label, filter: try node.optional("where").map { try readFilter($0) })
        }
        return BalanceTableSpec(
            classification: classification, filter: try readFilter(r.optional("where")),
            income: try side(r.required("income")), expenditure: try side(r.required("expenditure")))
    }
}
