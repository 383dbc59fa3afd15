import Foundation
import GongkaiMessages

// The fields of 国有资产信息 (`assets`), 名词解释 (`glossary`) and the department's own tables
// (`custom_tables`).

extension Assets: DataRecord {
    static let dataFields: [DataField<Assets>] = [
        // Read first: with no fixed assets the rows may be left out.
        DataField(
            FieldInfo(
                key: "no_fixed_assets", kind: .boolean, label: nil,
                doc: "`true`: the department holds no fixed assets (本单位无固定资产); its table prints empty with a note saying so",
                optional: true, role: .dataOnly),
            read: { assets, r in assets.noFixedAssets = try r.optional("no_fixed_assets")?.boolean() ?? false },
            value: nil),
        .amount("fixed_assets_total", \.fixedAssetsTotal, label: "上年末固定资产金额", doc: ""),
        .amount("planned_purchases", \.plannedPurchases, label: "本年度拟购置固定资产总额", doc: ""),
        .text("table_title", \.tableTitle, label: "资产表标题", doc: "e.g. 承德高新区区直部门固定资产占用情况表"),
        .text("prepared_by", \.preparedBy, label: "编制单位", doc: ""),
        .text("as_of", \.asOf, label: "截止时间", doc: "e.g. 2022年12月31日"),
        DataField(
            FieldInfo(
                key: "rows", kind: .list(.record(AssetRow.dataFields.map { $0.info })), label: "资产明细",
                doc: "list of rows, or a table from an export; may be left out with `no_fixed_assets`", optional: false, role: .data),
            read: { assets, r in
                guard let node = try r.optional("rows") ?? (assets.noFixedAssets ? nil : r.required("rows")) else { return }
                assets.rows = try TableSource.read(
                    node, labels: TableMapping.assetLabels, imported: TableMapping.assetRows, written: AssetRow.init)
            },
            value: { .list($0.rows.map { $0.templateValue }) }),
    ]
}

extension AssetRow: DataRecord {
    static let dataFields: [DataField<AssetRow>] = [
        .text("item", \.item, label: "项目", doc: ""),
        .optionalText("quantity", \.quantity, label: "数量", doc: "as printed: a number, —— or blank"),
        .optionalAmount("value", \.value, label: "价值", doc: "blank stays blank"),
    ]
}

extension GlossaryEntry: DataRecord {
    static let dataFields: [DataField<GlossaryEntry>] = [
        .text("term", \.term, label: "名词", doc: ""),
        .text("definition", \.definition, label: "解释", doc: ""),
    ]
}

extension CustomTable: DataRecord {
    static let dataFields: [DataField<CustomTable>] = [
        .text("section", \.section, label: nil, doc: "the anchor of a section in the layout"),
        .text("title", \.title, label: nil, doc: "centred above the table"),
        DataField(
            FieldInfo(
                key: "header", kind: .list(.list(.text)), label: nil,
                doc: "list of rows, each a list of strings (at least one row)", optional: false, role: .data),
            read: { table, r in table.header = try r.list("header").map { try $0.elements().map { try $0.text() } } },
            value: { cells($0.header) }),
        DataField(
            FieldInfo(key: "rows", kind: .list(.list(.text)), label: nil, doc: "list of rows; `\"\"` is an empty cell", optional: true, role: .data),
            read: { table, r in table.rows = try r.optionalList("rows").map { try $0.elements().map { try cell($0) } } },
            value: { cells($0.rows) }),
        .texts("notes", \.notes, optional: true, label: nil, doc: "printed under the table"),
    ]

    mutating func validate(_ r: NodeReader) throws {
        guard !header.isEmpty, header.allSatisfy({ !$0.isEmpty }) else {
            throw r.error(.invalidValue, ModelMessages.tableNeedsHeader, path: r.path + ".header")
        }
    }

    /// A cell: text as written; a blank cell is empty.
    private static func cell(_ node: NodeReader) throws -> String {
        if let text = node.node.scalarText, text.isEmpty || text == "~" || text == "null" {
            return ""
        }
        return try node.text()
    }

    private static func cells(_ rows: [[String]]) -> TemplateValue {
        .list(rows.map { .list($0.map(TemplateValue.text)) })
    }
}
