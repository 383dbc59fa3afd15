import GongkaiMessages
import GongkaiModel

/// The catalogue of what reading a layout file (`layout.yaml`) says, in English and Chinese, from typed
/// arguments: the value a setting should have, or what it names that the layout does not have. The reader
/// puts the file, line and setting in front (`DataError`); templates' messages are in `TemplateMessages`,
/// what checking the layout against the data finds in `LayoutCheckMessages`.
enum LayoutMessages {
    /// A list of choices joined as each language writes one.
    static func choices(_ items: [String]) -> LocalizedText {
        LocalizedText(items.joined(separator: ", "), zh: items.joined(separator: "、"))
    }

    // MARK: - What a layout names

    static func unlabelledField(_ path: String) -> LocalizedText {
        LocalizedText(
            "`\(path)` in `field_labels` is not a data field with a label (docs/data-format.md)",
            zh: "`field_labels` 中的 `\(path)` 不是有名称的数据字段（见 docs/data-format.md）")
    }
    static func noStyle(_ name: String) -> LocalizedText {
        LocalizedText("no style named `\(name)` in `styles`", zh: "`styles` 中没有名为 `\(name)` 的样式")
    }
    static func noTable(_ name: String) -> LocalizedText {
        LocalizedText("no table named `\(name)` in `tables`", zh: "`tables` 中没有名为 `\(name)` 的表格")
    }
    static func noFontRole(_ role: String, have: [String]) -> LocalizedText {
        LocalizedText("no font role `\(role)` in `fonts` (have: ", zh: "`fonts` 中没有字体角色 `\(role)`（现有：")
            + choices(have) + LocalizedText(")", zh: "）")
    }
    static let nameAStyle = LocalizedText("name a style for the entries", zh: "请为目录条目指定样式")
    static let stylesInACircle = LocalizedText("styles extend each other in a circle", zh: "样式相互继承，形成循环")
    static func codeLists(_ error: DataError) -> LocalizedText {
        LocalizedText("code lists: \(error.description(in: .english))", zh: "科目代码表：\(error.description(in: .chinese))")
    }

    // MARK: - Values of settings

    static let expectedMapping = LocalizedText("expected a mapping", zh: "应为映射（字段）")
    static func expectedBoolean(found: String) -> LocalizedText {
        LocalizedText("expected true or false, found \"\(found)\"", zh: "应为 true 或 false，实为 \"\(found)\"")
    }
    static func expectedLength(found: String) -> LocalizedText {
        LocalizedText(
            "expected a length (12, \"2em\", \"7mm\", \"12pt\"), found \"\(found)\"",
            zh: "应为长度（12、\"2em\"、\"7mm\"、\"12pt\"），实为 \"\(found)\"")
    }
    static let expectedPageSize = LocalizedText("expected [width, height] in millimetres", zh: "应为 [宽, 高]，单位毫米")
    static let marginsLeaveNoTypeArea = LocalizedText("the margins leave no type area", zh: "页边距过大，没有留下版心")
    static let nameAFamily = LocalizedText("name at least one family", zh: "请至少指定一种字体")
    static func expectedWeight(found: String) -> LocalizedText {
        LocalizedText("expected regular or bold, found \"\(found)\"", zh: "应为 regular（常规）或 bold（粗体），实为 \"\(found)\"")
    }
    static let expectedParagraphAlignment = LocalizedText(
        "expected left, center, right or justified", zh: "应为 left、center、right 或 justified（两端对齐）")
    static let expectedCellAlignment = LocalizedText(
        "expected left, center, right, justified or (in tables) decimal", zh: "应为 left、center、right、justified，或（表格中）decimal（小数点对齐）")
    static let expectedVerticalAlignment = LocalizedText("expected top, middle or bottom", zh: "应为 top、middle 或 bottom")
    static let gridMustBePositive = LocalizedText("characters and lines must be positive", zh: "每行字数和每页行数须为正数")
    static let expectedPlacement = LocalizedText("expected outside, center or right", zh: "应为 outside、center 或 right")
    static let formatNeedsNumber = LocalizedText("must contain {n}", zh: "须含有 {n}")
    static let expectedDashes = LocalizedText("expected rule or glyph", zh: "应为 rule 或 glyph")
    static let elementNeedsKind = LocalizedText(
        "an element needs one of paragraph, heading, each, table, page_break, when, custom_tables",
        zh: "每个元素须有 paragraph、heading、each、table、page_break、when、custom_tables 之一")
    static func expectedFieldPath(found: String) -> LocalizedText {
        LocalizedText(
            "expected a field path such as duties.offices, found \"\(found)\"", zh: "应为字段路径（如 duties.offices），实为 \"\(found)\"")
    }

    // MARK: - Numbers and rules

    static let expectedUnit = LocalizedText("expected 万元 or 元", zh: "应为 万元 或 元")
    static let expectedDecimals = LocalizedText("expected 0 to 6, or as_given", zh: "应为 0 到 6，或 as_given（按填写）")
    static let ruleNeedsCheck = LocalizedText(
        "a rule needs `sum` and `equals`, `rate` with `of` and `over`, or `balanced`",
        zh: "规则须有 `sum` 和 `equals`、带 `of` 和 `over` 的 `rate`，或 `balanced`")
    static let expectedSeverity = LocalizedText("expected error or warning", zh: "应为 error（错误）或 warning（警告）")

    // MARK: - Declared fields

    static func expectedFieldType(found: String) -> LocalizedText {
        LocalizedText(
            "expected amount, text, integer, list or record, found \"\(found)\"", zh: "应为 amount、text、integer、list 或 record，实为 \"\(found)\"")
    }
    static let itemsBelongToList = LocalizedText("`items` belongs to a field of type list", zh: "`items` 只用于 list 类型的字段")
    static let fieldsBelongToRecord = LocalizedText("`fields` belongs to a field of type record", zh: "`fields` 只用于 record 类型的字段")

    // MARK: - Tables

    static func expectedTableKind(found: String) -> LocalizedText {
        LocalizedText(
            "expected rows, performance_matrix, classified, balance or indicator_table, found \"\(found)\"",
            zh: "应为 rows、performance_matrix、classified、balance 或 indicator_table，实为 \"\(found)\"")
    }
    static func expectedWidth(found: String) -> LocalizedText {
        LocalizedText(
            "expected a share (2.5), a fixed width (\"30mm\"), auto or fit, found \"\(found)\"",
            zh: "应为比例（2.5）、固定宽度（\"30mm\"）、auto 或 fit，实为 \"\(found)\"")
    }
    static func rowCells(_ found: Int, columns: Int) -> LocalizedText {
        LocalizedText(
            "a row needs \(columns) cells, one per column; found \(found)", zh: "每行须有 \(columns) 格，每列一格；实有 \(found) 格")
    }
    static let fourGradeLabels = LocalizedText("expected 4 grade labels", zh: "评价标准应有 4 档标签")
    static func unknownFundSource(_ name: String, known: [String]) -> LocalizedText {
        LocalizedText("unknown fund source \"\(name)\"; expected one of ", zh: "未知的资金来源 \"\(name)\"；应为以下之一：") + choices(known)
    }
    static func unknownLineKind(_ name: String) -> LocalizedText {
        LocalizedText(
            "unknown kind \"\(name)\"; expected personnel, public, basic or project",
            zh: "未知的支出类型 \"\(name)\"；应为 personnel（人员经费）、public（公用经费）、basic（基本支出）或 project（项目支出）")
    }
    static let expectedYear = LocalizedText("expected current or previous", zh: "应为 current（本年）或 previous（上年）")
    static let previousYearTotalsOnly = LocalizedText(
        "last year's lines have totals only: `kind` does not apply with `year: previous`",
        zh: "上年数只有合计：`year: previous` 时不能用 `kind`")
    static let namedFigureIsTotal = LocalizedText(
        "a named figure is a total: `kind` and `year` do not apply with `figure`", zh: "指定的数字是合计：用 `figure` 时不能用 `kind` 和 `year`")
    static func expectedClassification(found: String) -> LocalizedText {
        LocalizedText(
            "expected function (支出功能分类) or economic (支出经济分类), found \"\(found)\"",
            zh: "应为 function（支出功能分类）或 economic（支出经济分类），实为 \"\(found)\"")
    }
    static func codeLevels(_ classification: String, levels: Int) -> LocalizedText {
        LocalizedText("a \(classification) code has levels 1 to \(levels)", zh: "\(classification)科目编码的级次为 1 到 \(levels)")
    }
    static let expectedClassifiedValue = LocalizedText("expected code, name or amount", zh: "应为 code（编码）、name（名称）或 amount（金额）")
    static let classifiedNeedsAmount = LocalizedText(
        "a classified table needs at least one amount column", zh: "分类明细表至少要有一列金额")
    static let sideNeedsAmount = LocalizedText("a side needs an amount column", zh: "收支每一方都要有一列金额")
    static let classesInTotals = LocalizedText(
        "`classes` rows belong in `rows`, not in `totals`", zh: "`classes` 行应写在 `rows` 中，不能写在 `totals` 中")
    static let expectedClasses = LocalizedText(
        "expected all (every 类 of the code list) or present (those with money)", zh: "应为 all（代码表中所有的类）或 present（有金额的类）")
    static let expectedSumOver = LocalizedText(
        "expected rows (the body rows) or all (every row above that is not a sum)", zh: "应为 rows（表体各行）或 all（上方所有非合计行）")
    static func expectedIndicatorValue(known: [String]) -> LocalizedText {
        LocalizedText("expected one of ", zh: "应为以下之一：") + choices(known)
    }
    static let appendBelongsToValue = LocalizedText(
        "`unit: append` belongs to the value (指标值) column", zh: "`unit: append` 只用于 value（指标值）列")
    static let indicatorTableColumns = LocalizedText(
        "an indicator table needs a level3 (三级指标) and a value (指标值) column", zh: "绩效指标表须有 level3（三级指标）列和 value（指标值）列")
}
