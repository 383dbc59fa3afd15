import GongkaiDocument
import GongkaiModel

/// A layout: page geometry, font roles, styles, boilerplate and the order of the content, read from
/// `Layouts/<name>/layout.yaml`. A new region's layout is a new file, not new code.
public struct Layout: Sendable {
    /// The layout's name, for messages.
    public var name: String
    /// The layout file.
    public var file: String
    public var page: PageGeometry
    /// Font roles by name (`fangsong`, `heiti` …), each a chain of families.
    public var fonts: [String: FontSpec]
    /// Paragraph styles by name, resolved (inheritance and em units applied).
    public var styles: [String: ParagraphStyle]
    public var runningHeader: RunningHeaderTemplate?
    public var pageNumber: PageNumberStyle?
    /// The PDF's title, subject and keywords.
    public var metadata: MetadataTemplate
    /// Year-on-year wordings by name.
    public var phrases: [String: Phrase]
    /// Amounts in sentences (`{x}`).
    public var textNumbers: NumberStyle
    /// Amounts in tables (`{x|table}`).
    public var tableNumbers: NumberStyle
    /// The classification code lists the standard tables name their codes from, if the layout has any.
    public var codeLists: CodeListLibrary?
    /// Tables by name.
    public var tables: [String: TableDefinition]
    /// The document's content, top to bottom.
    public var content: [ContentElement]
    /// The fields the layout declares for its documents (`fields.<key>` in the data and the templates).
    public var fields: [FieldDeclaration] = []
    /// The layout's own checks of its documents.
    public var rules: [LayoutRule] = []
    /// Built-in checks the layout turns off.
    public var waivers: [RuleWaiver] = []
    /// Words that, after "<year>年", make the year the label of a document's figures besides the built-in
    /// ones (预算, 收支 …), for the check that texts label no year but this one and the last.
    public var yearLabelWords: [String] = []
    /// What the layout's document calls a data field where the data format's label would be wrong for it
    /// (`budget_tables: 部门决算公开表`), by field path without indices: the label messages name the field by.
    public var fieldLabels: [String: String] = [:]
}

/// The running header's texts, with placeholders.
public struct RunningHeaderTemplate: Sendable {
    public var left: Template
    public var right: Template
    public var style: TextStyle
    public var distanceAboveTypeArea: Double
    public var ruleWidth: Double
    public var skipFirstPage: Bool
    /// The style's paragraph settings, whose spacing rules the header's texts follow.
    public var paragraphStyle: ParagraphStyle?
}

/// The document metadata's texts, with placeholders.
public struct MetadataTemplate: Sendable {
    public var title: Template
    public var subject: Template
    public var keywords: [Template]
}

/// One element of a layout's content.
public indirect enum ContentElement: Sendable {
    /// A paragraph from a template.
    case paragraph(Template, style: String, role: ParagraphRole)
    /// For each element of the list at `path` (numbered from 1 as `{n}`, with `{number}` the element's
    /// own `label` or else `numbering`), a paragraph and then nested content in the element's scope.
    /// A list of plain strings shows each as `{item}`.
    case each(EachElement)
    /// A table from the layout's `tables`.
    case table(name: String, location: SourceLocation?)
    case pageBreak
    /// A table of contents (目录) of the headings after it, with their page numbers.
    case contents(ContentsElement)
    /// Content printed only when a field is given (`LayoutReader.readDetailElement`).
    case when(WhenElement)
    /// The department's own tables of one section (`custom_tables`), styled like one of the layout's tables.
    case customTables(section: String, like: String, location: SourceLocation?)
}

/// The parts of an `each` element.
public struct EachElement: Sendable {
    public var path: [Substring]
    public var location: SourceLocation?
    public var numbering: Template?
    public var paragraph: Template?
    public var style: String
    public var role: ParagraphRole
    public var content: [ContentElement]
    /// Put the number in the left margin of the text (a hanging indent) instead of inline.
    public var hangingNumber: Bool
}

/// A table's definition in a layout.
public struct TableDefinition: Sendable {
    public enum Kind: Sendable {
        /// One row per element of a list, one cell per column template.
        case rows(path: [Substring], columns: [ListTableColumn])
        /// Rows written in the layout, one template per cell (e.g. 上年 and 本年 of the "三公" table).
        case fixed(rows: [[Template]], columns: [ListTableColumn])
        /// The performance matrix: duties, activities and indicators with row spans and a two-level header.
        case performanceMatrix(PerformanceMatrixSpec)
        /// A standard table by classification code: one row per code, parents before children, amounts
        /// summed from the classified lines.
        case classified(ClassifiedTableSpec)
        /// A standard table of two blocks side by side, income and expenditure (收支总表).
        case balance(BalanceTableSpec)
        /// A three-level indicator table, project by project (项目支出绩效目标表).
        case indicators(IndicatorTableSpec)
    }

    public var name: String
    public var location: SourceLocation?
    public var kind: Kind
    /// A centred title above the table.
    public var title: Template?
    /// Makes the title a heading of this level (in the outline and the tags); a plain paragraph if nil.
    public var outlineLevel: Int?
    /// The caption line (left and right) repeated on every page.
    public var captionLeft: Template?
    public var captionRight: Template?
    /// The caption's left text on continuation pages (e.g. "续表"); the same as the first page's if nil.
    public var captionContinued: Template?
    /// Set the table on pages of its own, across the portrait sheet (its head turned toward the binding on
    /// odd pages and toward the cut on even ones, GB/T 9704).
    public var landscape: Bool
    /// Start the table on a new page.
    public var newPage: Bool = false
    public var style: TableStyle
    /// Printed under the table when it has no data, saying why (standard tables are published even empty).
    public var emptyNote: Template?
    /// Printed under the table when it renders to some text.
    public var footnote: Template?
    /// The style of the notes under the table.
    public var noteStyle: String?
}

/// A column of a row table.
public struct ListTableColumn: Sendable {
    public var header: String
    /// A header over this and the neighbouring columns with the same group (a two-level header).
    public var group: String?
    public var width: ColumnWidth
    public var alignment: TextAlignment
    /// Numbers line up on the decimal point.
    public var decimal: Bool
    /// The cell of each row (tables with rows from the data; fixed rows give their cells themselves).
    public var cell: Template?
}

/// The performance matrix's column headers, widths and numbering.
public struct PerformanceMatrixSpec: Sendable {
    public struct Column: Sendable {
        public var header: String
        public var width: ColumnWidth
        public var alignment: TextAlignment
        /// Numbers line up on the decimal point.
        public var decimal: Bool = false
        /// The text is repeated (with the continuation mark) where the column's cell continues on a new page.
        public var repeatWhenSplit: Bool = false
    }

    public var activity: Column
    public var budget: Column
    public var description: Column
    public var goal: Column
    public var indicator: Column
    /// The header over the four grades (评价标准).
    public var gradesHeader: String
    /// 优, 良, 中, 差.
    public var grades: [Column]
    public var dutyNumbering: Template
    public var activityNumbering: Template
    /// The style of the duty rows (一、…), set apart from their activities (bold); the body's if nil.
    public var dutyStyle: ParagraphStyle?
}
