import GongkaiMessages

/// The catalogue of what the rules of the tables and details find (assets, procurement and trip splits,
/// custom tables, the standard tables), and the text's characters, in English and Chinese.
enum TableFindingMessages {
    static func assetsDeclaredNoneButText(_ amount: String) -> LocalizedText {
        LocalizedText("no_fixed_assets is set, but the text gives \(amount) 万元", zh: "已声明无固定资产（no_fixed_assets），但正文给出 \(amount) 万元")
    }
    static func assetsDeclaredNoneButRow(_ item: String, _ amount: String) -> LocalizedText {
        LocalizedText("no_fixed_assets is set, but \(item) is \(amount)", zh: "已声明无固定资产（no_fixed_assets），但“\(item)”为 \(amount)")
    }
    static func assetTotal(_ total: String, sum: String) -> LocalizedText {
        LocalizedText(
            "资产总额 is \(total), but its categories add up to \(sum) (rows beginning 其中 are parts of their category and are not added)",
            zh: "资产总额为 \(total)，但各类合计为 \(sum)（以“其中”开头的行属于上一类，不重复相加）")
    }
    static func assetText(_ text: String, table: String) -> LocalizedText {
        LocalizedText("the text gives \(text) 万元, but the table's 资产总额 is \(table)", zh: "正文为 \(text) 万元，但资产表的资产总额为 \(table)")
    }
    static func procurementKinds(goods: String, works: String, services: String, sum: String, amount: String) -> LocalizedText {
        LocalizedText(
            "货物 \(goods) + 工程 \(works) + 服务 \(services) make \(sum), but 政府采购预算 (procurement.amount) is \(amount)",
            zh: "货物 \(goods) + 工程 \(works) + 服务 \(services) 合计 \(sum)，但政府采购预算（procurement.amount）为 \(amount)")
    }
    static func procurementWays(centralized: String, decentralized: String, sum: String, amount: String) -> LocalizedText {
        LocalizedText(
            "集中 \(centralized) + 分散 \(decentralized) make \(sum), but 政府采购预算 (procurement.amount) is \(amount)",
            zh: "集中 \(centralized) + 分散 \(decentralized) 合计 \(sum)，但政府采购预算（procurement.amount）为 \(amount)")
    }
    static func tripGroups(own: Int, joined: Int, groups: Int) -> LocalizedText {
        LocalizedText(
            "own \(own) + joined \(joined) groups make \(own + joined), but trips.groups is \(groups)",
            zh: "本部门组织 \(own) + 参加其他部门 \(joined) 个团组合计 \(own + joined)，但团组数（trips.groups）为 \(groups)")
    }
    static func tripPeople(own: Int, joined: Int, people: Int) -> LocalizedText {
        LocalizedText(
            "own \(own) + joined \(joined) 人次 make \(own + joined), but trips.people is \(people)",
            zh: "本部门组织 \(own) + 参加其他部门 \(joined) 人次合计 \(own + joined)，但人次（trips.people）为 \(people)")
    }
    static func customTableRow(cells: Int, columns: Int) -> LocalizedText {
        LocalizedText(
            "has \(cells) cells, but the header's last row has \(columns) columns", zh: "有 \(cells) 格，但表头最后一行有 \(columns) 列")
    }
    static func lineTotal(_ code: String, total: String, sum: String) -> LocalizedText {
        LocalizedText(
            "\(code): 合计 \(total) is stated, but 基本支出 + 项目支出 make \(sum)", zh: "\(code)：填报合计 \(total)，但基本支出 + 项目支出为 \(sum)")
    }
    static func lineBasic(_ code: String, basic: String, sum: String) -> LocalizedText {
        LocalizedText(
            "\(code): 基本支出 \(basic) is stated, but 人员经费 + 公用经费 make \(sum)", zh: "\(code)：填报基本支出 \(basic)，但人员经费 + 公用经费为 \(sum)")
    }
    static func subtotal(_ code: String, name: String, what: String, stated: String, computed: String) -> LocalizedText {
        LocalizedText(
            "\(code) \(name) states \(what) \(stated), but the codes under it add up to \(computed)",
            zh: "\(code) \(name) 填报\(what) \(stated)，但其下级科目合计为 \(computed)")
    }
    static func textAgainstTable(text: String, name: String, table: String) -> LocalizedText {
        LocalizedText(
            "the text gives \(text), but the tables' \(name) (budget_tables.function) is \(table)",
            zh: "正文为 \(text)，但公开表的\(name)（budget_tables.function）为 \(table)")
    }
    static func crossTables(_ what: String, economic: String, function: String) -> LocalizedText {
        LocalizedText(
            "\(what) is \(economic) by economic classification but \(function) by function classification",
            zh: "\(what)按经济分类为 \(economic)，按功能分类为 \(function)")
    }
    static func noCodeLists(year: Int, directory: String, known: [Int]) -> LocalizedText {
        let list = known.map(String.init)
        return LocalizedText(
            "no code lists for \(year) in \(directory) (lists for: \(list.isEmpty ? "none" : list.joined(separator: ", ")))",
            zh: "\(directory) 中没有 \(year) 年的科目代码表（现有：\(list.isEmpty ? "无" : list.joined(separator: "、"))）")
    }

    // MARK: - Characters

    static func unwantedCharacter(_ code: String, name: String?, position: Int, bidi: Bool) -> LocalizedText {
        LocalizedText(
            "contains \(code)\(name.map { " (\($0))" } ?? "") at character \(position); "
                + (bidi ? "it would make the text read otherwise than it is written" : "no font draws it") + ", so it is left out of the PDF",
            zh: "第 \(position) 个字符是 \(code)\(name.map { "（\($0)）" } ?? "")；"
                + (bidi ? "它会使文字的显示顺序与书写不同" : "没有字体能显示它") + "，PDF 中将略去")
    }
    static func noFontCanDraw(_ characters: [(String, Int)], more: Int, detail: String) -> LocalizedText {
        LocalizedText(
            "\(detail)no font in its role's chain can draw "
                + characters.map { "\($0.0) at character \($0.1)" }.joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""),
            zh: "\(detail)字体链中没有字体能显示" + characters.map { "第 \($0.1) 个字符 \($0.0)" }.joined(separator: "、")
                + (more > 0 ? " 等（另有 \(more) 个）" : ""))
    }
    static func layoutTextHasNoFont(_ characters: [String], more: Int) -> LocalizedText {
        LocalizedText(
            "the layout's text holds " + characters.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
                + ", which no font in its role's chain can draw",
            zh: "版式文字中的 " + characters.joined(separator: "、") + (more > 0 ? " 等（另有 \(more) 个）" : "") + " 没有字体能显示")
    }
}
