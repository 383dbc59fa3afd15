import Foundation
import GongkaiDocument
import GongkaiMessages
import GongkaiModel

/// Reads `layout.yaml` into a `Layout`. Every problem is reported with the layout file, line and the
/// field's path, before any document is composed with it.
public enum LayoutLoader {
    /// Loads the layout in `directory` (its `layout.yaml`), or the layout file itself.
    public static func load(from location: String) throws -> Layout {
        var isDirectory: ObjCBool = false
        let file =
            FileManager.default.fileExists(atPath: location, isDirectory: &isDirectory) && isDirectory.boolValue
            ? (location as NSString).appendingPathComponent("layout.yaml") : location
        var reader = LayoutReader(root: try NodeReader.read(contentsOf: file, typing: .deferred))
        return try reader.layout()
    }

    /// Reads a layout from YAML text (for tests), reporting errors against `file`.
    public static func load(yaml: String, file: String) throws -> Layout {
        var reader = LayoutReader(root: try NodeReader.parse(yaml: yaml, file: file, typing: .deferred))
        return try reader.layout()
    }
}

/// The reading itself; styles must be read before anything that names them.
struct LayoutReader {
    let root: NodeReader
    var fonts: [String: FontSpec] = [:]
    var styles: [String: ParagraphStyle] = [:]

    init(root: NodeReader) {
        self.root = root
    }

    mutating func layout() throws -> Layout {
        _ = try root.mapping(allowing: [
            "name", "page", "fonts", "styles", "grid", "numbers", "running_header", "page_number", "metadata", "phrases", "tables",
            "code_lists", "content", "fields", "rules", "waive", "year_label_words", "field_labels",
        ])
        let name = try root.text("name")
        let page = try readPage(root.required("page"))
        fonts = try readFonts(root.required("fonts"))
        styles = try readStyles(root.required("styles"))
        if let grid = try root.optional("grid") { try applyGrid(grid, page: page) }
        let header = try root.optional("running_header").map { try readRunningHeader($0) }
        let number = try root.optional("page_number").map { try readPageNumber($0) }
        let metadata = try readMetadata(root.required("metadata"))
        var phrases: [String: Phrase] = [:]
        if let node = try root.optional("phrases") {
            for key in try node.mapping(allowing: try keys(of: node)).keys {
                let name = key.string ?? ""
                phrases[name] = try readPhrase(node.required(name))
            }
        }
        var tables: [String: TableDefinition] = [:]
        if let node = try root.optional("tables") {
            for key in try node.mapping(allowing: try keys(of: node)).keys {
                let name = key.string ?? ""
                tables[name] = try readTable(node.required(name), name: name)
            }
        }
        var textNumbers = NumberStyle(decimals: 2)
        var tableNumbers = NumberStyle(decimals: 2)
        if let numbers = try root.optional("numbers") {
            _ = try numbers.mapping(allowing: ["text", "table"])
            if let text = try numbers.optional("text") { textNumbers = try readNumberStyle(text) }
            if let table = try numbers.optional("table") { tableNumbers = try readNumberStyle(table) }
        }
        let content = try root.list("content").map { try readElement($0) }
        let codeLists = try root.optional("code_lists").map { try readCodeLists($0) }
        var layout = Layout(
            name: name, file: root.file, page: page, fonts: fonts, styles: styles, runningHeader: header,
            pageNumber: number, metadata: metadata, phrases: phrases, textNumbers: textNumbers, tableNumbers: tableNumbers,
            codeLists: codeLists, tables: tables, content: content)
        layout.fields = try root.optional("fields").map { try readFields($0) } ?? []
        layout.rules = try root.optional("rules").map { try readRules($0) } ?? []
        layout.waivers = try root.optional("waive").map { try readWaivers($0) } ?? []
        layout.yearLabelWords = try root.optional("year_label_words").map { try $0.elements().map { try $0.text() } } ?? []
        layout.fieldLabels = try root.optional("field_labels").map { try readFieldLabels($0) } ?? [:]
        try LayoutChecker(layout: layout).check()
        try checkRules(layout)
        return layout
    }

    /// `field_labels`: a data field's path and what this layout's document calls it. Only a field that has
    /// a label in the data format can be renamed, so that a misspelt path is an error, not a label never used.
    func readFieldLabels(_ node: NodeReader) throws -> [String: String] {
        var labels: [String: String] = [:]
        for path in try keys(of: node) {
            let entry = try node.required(path)
            guard FieldLabels.label(of: path) != nil, FieldLabels.withoutIndices(path) == path else {
                throw entry.error(.invalidValue, LayoutMessages.unlabelledField(path))
            }
            labels[path] = try entry.text()
        }
        return labels
    }

    func keys(of node: NodeReader) throws -> [String] {
        guard node.node.isMapping else { throw node.error(.wrongType, LayoutMessages.expectedMapping) }
        return node.node.keys.compactMap(\.string)
    }

    func template(_ node: NodeReader) throws -> Template {
        try Template(node.text(), location: node.location(), file: root.file)
    }

    func number(_ node: NodeReader) throws -> Double {
        Double(truncating: try node.amount() as NSDecimalNumber)
    }

    func bool(_ node: NodeReader) throws -> Bool {
        switch try node.text() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let other: throw node.error(.wrongType, LayoutMessages.expectedBoolean(found: other))
        }
    }

    /// A length: a number of points, or "2em" (of `em` points), "7mm", "12pt".
    func length(_ node: NodeReader, em: Double) throws -> Double {
        let text = try node.text().trimmingCharacters(in: .whitespaces)
        for (suffix, factor) in [("em", em), ("mm", Length.pointsPerMillimetre), ("pt", 1.0)] where text.hasSuffix(suffix) {
            if let value = Double(text.dropLast(2)) { return value * factor }
        }
        guard let value = Double(text) else {
            throw node.error(.wrongType, LayoutMessages.expectedLength(found: text))
        }
        return value
    }

    private func readPage(_ r: NodeReader) throws -> PageGeometry {
        _ = try r.mapping(allowing: ["size_mm", "margins_mm"])
        let size = try r.list("size_mm").map { try number($0) }
        guard size.count == 2, size.allSatisfy({ $0 > 0 }) else {
            throw try r.required("size_mm").error(.invalidValue, LayoutMessages.expectedPageSize)
        }
        let margins = try r.required("margins_mm")
        _ = try margins.mapping(allowing: ["top", "bottom", "left", "right"])
        let mm = Length.millimetres
        let geometry = PageGeometry(
            width: mm(size[0]), height: mm(size[1]), marginTop: mm(try number(margins.required("top"))),
            marginBottom: mm(try number(margins.required("bottom"))), marginLeft: mm(try number(margins.required("left"))),
            marginRight: mm(try number(margins.required("right"))))
        guard geometry.contentWidth > 0, geometry.contentHeight > 0 else {
            throw margins.error(.invalidValue, LayoutMessages.marginsLeaveNoTypeArea)
        }
        return geometry
    }

    private func readFonts(_ r: NodeReader) throws -> [String: FontSpec] {
        var fonts: [String: FontSpec] = [:]
        for role in try keys(of: r) {
            let node = try r.required(role)
            _ = try node.mapping(allowing: ["families", "weight"])
            let families = try node.texts("families")
            guard !families.isEmpty else { throw try node.required("families").error(.invalidValue, LayoutMessages.nameAFamily) }
            let weightText = try node.optionalText("weight") ?? "regular"
            guard let weight = FontWeight(rawValue: weightText) else {
                throw try node.required("weight").error(.invalidValue, LayoutMessages.expectedWeight(found: weightText))
            }
            fonts[role] = FontSpec(families: families, weight: weight)
        }
        return fonts
    }

    private static let styleFields: [String] = [
        "extends", "font", "size", "line_height", "first_line_indent", "left_indent", "right_indent", "align",
        "space_before", "space_after", "keep_with_next", "orphans", "widows", "cjk_latin_spacing",
        "compress_punctuation", "last_line_fill", "compress_punctuation_at_line_edges", "line_break_rules",
        "avoid_lone_character", "balance_lines", "number_units",
    ]

    /// Styles may extend one another (`extends: body`); each is resolved after its parent.
    private func readStyles(_ r: NodeReader) throws -> [String: ParagraphStyle] {
        var resolved: [String: ParagraphStyle] = [:]
        var visiting: Set<String> = []
        func resolve(_ name: String, from reference: NodeReader?) throws -> ParagraphStyle {
            if let done = resolved[name] { return done }
            guard let node = try r.optional(name) else {
                throw (reference ?? r).error(.invalidValue, LayoutMessages.noStyle(name))
            }
            guard visiting.insert(name).inserted else { throw node.error(.invalidValue, LayoutMessages.stylesInACircle) }
            _ = try node.mapping(allowing: Self.styleFields)
            var style: ParagraphStyle
            if let parent = try node.optional("extends") {
                style = try resolve(try parent.text(), from: parent)
            } else {
                let fontNode = try node.required("font")
                style = ParagraphStyle(text: TextStyle(font: try font(fontNode), size: 12), lineHeight: 18)
            }
            if let fontNode = try node.optional("font") { style.text.font = try font(fontNode) }
            if let size = try node.optional("size") {
                style.text.size = try number(size)
                if try node.optional("line_height") == nil, try node.optional("extends") == nil {
                    style.lineHeight = style.text.size * 1.5
                }
            }
            let em = style.text.size
            if let v = try node.optional("line_height") { style.lineHeight = try length(v, em: em) }
            if let v = try node.optional("first_line_indent") { style.firstLineIndent = try length(v, em: em) }
            if let v = try node.optional("left_indent") { style.leftIndent = try length(v, em: em) }
            if let v = try node.optional("right_indent") { style.rightIndent = try length(v, em: em) }
            if let v = try node.optional("space_before") { style.spaceBefore = try length(v, em: em) }
            if let v = try node.optional("space_after") { style.spaceAfter = try length(v, em: em) }
            if let v = try node.optional("keep_with_next") { style.keepWithNext = try bool(v) }
            if let v = try node.optional("orphans") { style.orphans = max(1, try v.integer()) }
            if let v = try node.optional("widows") { style.widows = max(1, try v.integer()) }
            if let v = try node.optional("cjk_latin_spacing") { style.cjkLatinSpacing = try length(v, em: 1) }
            if let v = try node.optional("compress_punctuation") { style.compressesPunctuation = try bool(v) }
            if let v = try node.optional("last_line_fill") { style.lastLineFill = try length(v, em: em) }
            if let v = try node.optional("line_break_rules") { style.prohibitsLineBreaks = try bool(v) }
            if let v = try node.optional("avoid_lone_character") { style.avoidsLoneLastCharacter = try bool(v) }
            if let v = try node.optional("balance_lines") { style.balancesLines = try bool(v) }
            if let v = try node.optional("number_units") {
                // A list of units, or false to let numbers break from their units.
                style.numberUnits = v.node.isSequence ? NumberUnits(try v.elements().map { try $0.text() }) : (try bool(v) ? .standard : nil)
            }
            if let v = try node.optional("compress_punctuation_at_line_edges") {
                style.compressesPunctuationAtLineEdges = try bool(v)
            }
            if let v = try node.optional("align") {
                guard let alignment = TextAlignment(rawValue: try v.text()) else {
                    throw v.error(.invalidValue, LayoutMessages.expectedParagraphAlignment)
                }
                style.alignment = alignment
            }
            visiting.remove(name)
            resolved[name] = style
            return style
        }
        for name in try keys(of: r) { _ = try resolve(name, from: nil) }
        return resolved
    }

    /// GB/T 9704's grid (`grid: {size: 16, characters: 28, lines: 22}`): every style set at the grid's
    /// size gets the grid's character advance and line height; its em lengths follow the grid.
    private mutating func applyGrid(_ r: NodeReader, page: PageGeometry) throws {
        _ = try r.mapping(allowing: ["size", "characters", "lines"])
        let size = try number(r.required("size"))
        let characters = try r.integer("characters")
        let lines = try r.integer("lines")
        guard characters > 0, lines > 0 else { throw r.error(.invalidValue, LayoutMessages.gridMustBePositive) }
        let advance = page.contentWidth / Double(characters)
        let lineHeight = page.contentHeight / Double(lines)
        for (name, style) in styles where abs(style.text.size - size) < 0.01 {
            var gridded = style
            let scale = advance / size
            gridded.gridAdvance = advance
            gridded.lineHeight = lineHeight
            gridded.firstLineIndent *= scale
            gridded.leftIndent *= scale
            gridded.rightIndent *= scale
            styles[name] = gridded
        }
    }

    private func font(_ node: NodeReader) throws -> FontSpec {
        let role = try node.text()
        guard let font = fonts[role] else {
            throw node.error(.invalidValue, LayoutMessages.noFontRole(role, have: fonts.keys.sorted()))
        }
        return font
    }

    func style(_ node: NodeReader) throws -> ParagraphStyle {
        let name = try node.text()
        guard let style = styles[name] else { throw node.error(.invalidValue, LayoutMessages.noStyle(name)) }
        return style
    }

    private func readRunningHeader(_ r: NodeReader) throws -> RunningHeaderTemplate {
        _ = try r.mapping(allowing: ["left", "right", "style", "distance_mm", "rule_width", "skip_first_page"])
        let headerStyle = try style(r.required("style"))
        return RunningHeaderTemplate(
            left: try template(r.required("left")), right: try template(r.required("right")),
            style: headerStyle.text,
            distanceAboveTypeArea: Length.millimetres(try number(r.required("distance_mm"))),
            ruleWidth: try r.optional("rule_width").map { try number($0) } ?? 0,
            skipFirstPage: try r.optional("skip_first_page").map { try bool($0) } ?? false, paragraphStyle: headerStyle)
    }

    private func readPageNumber(_ r: NodeReader) throws -> PageNumberStyle {
        _ = try r.mapping(allowing: ["format", "style", "placement", "indent", "distance_mm", "dashes"])
        let text = try style(r.required("style")).text
        let placementText = try r.optionalText("placement") ?? "outside"
        guard let placement = PageNumberPlacement(rawValue: placementText) else {
            throw try r.required("placement").error(.invalidValue, LayoutMessages.expectedPlacement)
        }
        let format = try r.text("format")
        guard format.contains("{n}") else { throw try r.required("format").error(.invalidValue, LayoutMessages.formatNeedsNumber) }
        var style = PageNumberStyle(
            format: format, text: text, placement: placement,
            indent: try r.optional("indent").map { try length($0, em: text.size) } ?? 0,
            distanceBelowTypeArea: Length.millimetres(try number(r.required("distance_mm"))))
        switch try r.optionalText("dashes") ?? "rule" {
        case "rule": style.dashesAsRules = true
        case "glyph": style.dashesAsRules = false
        default: throw try r.required("dashes").error(.invalidValue, LayoutMessages.expectedDashes)
        }
        return style
    }

    private func readMetadata(_ r: NodeReader) throws -> MetadataTemplate {
        _ = try r.mapping(allowing: ["title", "subject", "keywords"])
        return MetadataTemplate(
            title: try template(r.required("title")), subject: try template(r.required("subject")),
            keywords: try r.optionalList("keywords").map { try template($0) })
    }

    func readElement(_ r: NodeReader) throws -> ContentElement {
        _ = try r.mapping(allowing: Self.elementKeys)
        if let element = try readDetailElement(r) { return element }
        if try r.optional("page_break") != nil { return .pageBreak }
        if let table = try r.optional("table") {
            return .table(name: try table.text(), location: table.location())
        }
        let level = try r.optional("level").map { try $0.integer() }
        if let each = try r.optional("each") {
            let paragraph = try (r.optional("paragraph") ?? r.optional("heading")).map { try template($0) }
            let isHeading = try r.optional("heading") != nil
            let styleName = try r.optionalText("style") ?? (isHeading ? "heading\(level ?? 2)" : "body")
            guard styles[styleName] != nil else {
                throw (try r.optional("style") ?? r).error(.invalidValue, LayoutMessages.noStyle(styleName))
            }
            return .each(
                EachElement(
                    path: try Template.path(try each.text(), in: each, file: root.file), location: each.location(),
                    numbering: try r.optional("numbering").map { try template($0) }, paragraph: paragraph,
                    style: styleName, role: isHeading ? .heading(level: level ?? 2) : .body,
                    content: try r.optionalList("content").map { try readElement($0) },
                    hangingNumber: try r.optional("hanging").map { try bool($0) } ?? false))
        }
        if let heading = try r.optional("heading") {
            let styleName = try r.optionalText("style") ?? "heading\(level ?? 1)"
            guard styles[styleName] != nil else {
                throw (try r.optional("style") ?? heading).error(.invalidValue, LayoutMessages.noStyle(styleName))
            }
            return .paragraph(try template(heading), style: styleName, role: .heading(level: level ?? 1))
        }
        if let paragraph = try r.optional("paragraph") {
            let styleName = try r.optionalText("style") ?? "body"
            guard styles[styleName] != nil else {
                throw (try r.optional("style") ?? paragraph).error(.invalidValue, LayoutMessages.noStyle(styleName))
            }
            let role: ParagraphRole = styleName == "title" ? .title : .body
            return .paragraph(try template(paragraph), style: styleName, role: role)
        }
        throw r.error(.missingField, LayoutMessages.elementNeedsKind)
    }
}

extension Template {
    /// A dotted field path written in a layout (`duties.offices`).
    static func path(_ text: String, in node: NodeReader, file: String) throws -> [Substring] {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else {
            throw node.error(.invalidValue, LayoutMessages.expectedFieldPath(found: text))
        }
        return parts
    }
}
