import GongkaiMessages

// The fields of 部门 and 部门职责及机构设置 (docs/data-format.md, "Top level" and "duties").

extension Department: DataRecord {
    static let dataFields: [DataField<Department>] = [
        .text("code", \.code, label: "部门编码", doc: "e.g. `\"116\"`; used in table caption lines and output names"),
        .text("name", \.name, label: "部门名称", doc: "full name, e.g. 承德高新技术产业开发区总工会"),
        DataField(
            FieldInfo(key: "short_name", kind: .text, label: "部门简称", doc: "e.g. 承德高新区总工会; defaults to `name`", optional: true, role: .data),
            read: { department, r in department.shortName = try r.optionalText("short_name") ?? department.name },
            value: { .text($0.shortName) }),
        DataField(
            FieldInfo(
                key: "kind", kind: .text, label: "部门 / 单位",
                doc: "`department` (default) or `unit`: a single unit (a school, an institute) says 单位 where a department says 部门 (the layout's `{department.word}`)",
                optional: true, role: .data),
            read: { department, r in
                guard let node = try r.optional("kind") else { return }
                let word = try node.text()
                guard let kind = DepartmentKind(rawValue: word) else {
                    throw node.error(.invalidValue, ModelMessages.expectedDepartmentOrUnit(word))
                }
                department.kind = kind
            },
            value: { .text($0.kind.rawValue) }),
        .computed("word", .text, doc: "部门 or 单位, as `kind` says") { .text($0.kind.word) },
    ]

    mutating func validate(_ r: NodeReader) throws {
        for (field, value) in [("code", code), ("name", name)] where value.trimmingWhitespace.isEmpty {
            throw try r.required(field).error(.invalidValue, ModelMessages.mustNotBeEmpty)
        }
    }
}

extension Duties: DataRecord {
    static let dataFields: [DataField<Duties>] = [
        .list("offices", \.offices, label: "各科室职责", doc: "list of offices"),
        .text("internal_organization", \.internalOrganization, label: "内设机构", doc: "a paragraph"),
        .list("organization", \.organization, label: "机构设置情况表", doc: "list of rows"),
    ]
}

extension Office: DataRecord {
    static let dataFields: [DataField<Office>] = [
        .optionalText("label", \.label, label: "编号", doc: "e.g. `\"（一）、\"`"),
        .optionalText("title", \.title, label: "科室职责标题", doc: "e.g. 办公室工作职责 (left out: the items print as a plain numbered list)"),
        .texts("items", \.items, label: "职责条目", doc: "numbered 1、2、… by the layout"),
    ]
}

extension OrganizationRow: DataRecord {
    static let dataFields: [DataField<OrganizationRow>] = [
        .text("name", \.name, label: "部门名称", doc: ""),
        .text("nature", \.nature, label: "部门性质", doc: "e.g. 社会团体"),
        .text("rank", \.rank, label: "部门规格", doc: "e.g. 正处级"),
        .text("funding", \.funding, label: "经费保障形式", doc: "e.g. 财政拨款"),
    ]
}
