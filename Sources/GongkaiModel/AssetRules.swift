import Foundation
import GongkaiMessages

/// The fixed-asset table's own arithmetic: its 资产总额 against its categories, and against the text.
extension DisclosureValidator {
    /// Whether an asset row's item is the table's total (资产总额, 合计), spaces aside.
    static func isAssetTotal(_ item: String) -> Bool {
        let bare = item.filter { !$0.isWhitespace }
        return bare.hasPrefix("资产总额") || bare == "合计" || bare == "总计"
    }

    /// Whether an asset row is a part of the category above it (其中：…), which its category already counts.
    static func isAssetPart(_ item: String) -> Bool {
        item.drop { $0.isWhitespace }.hasPrefix("其中")
    }

    /// The findings about the asset table: a declared absence of fixed assets contradicted by figures; a
    /// 资产总额 that its categories do not add up to; a text figure that differs from the table's total.
    static func assetFindings(_ assets: Assets) -> [(Finding.Severity, String, String, LocalizedText)] {
        var found: [(Finding.Severity, String, String, LocalizedText)] = []
        let plain = NumberFormat.plain
        if assets.noFixedAssets {
            if assets.fixedAssetsTotal != 0 {
                found.append((.error, "assets-declared-none", "assets.fixed_assets_total",
                              TableFindingMessages.assetsDeclaredNoneButText(plain(assets.fixedAssetsTotal))))
            }
            if let index = assets.rows.firstIndex(where: { ($0.value ?? 0) != 0 }) {
                found.append((.error, "assets-declared-none", "assets.rows[\(index)].value",
                              TableFindingMessages.assetsDeclaredNoneButRow(assets.rows[index].item, plain(assets.rows[index].value ?? 0))))
            }
            return found
        }
        guard let totalIndex = assets.rows.firstIndex(where: { isAssetTotal($0.item) }) else { return found }
        let total = assets.rows[totalIndex].value ?? 0
        let categories = assets.rows.indices.filter { $0 != totalIndex && !isAssetPart(assets.rows[$0].item) }
        let sum = categories.reduce(Decimal(0)) { $0 + (assets.rows[$1].value ?? 0) }
        // A table of the total alone has nothing to add up.
        if !categories.isEmpty, differ(total, sum) {
            found.append((.error, "asset-total", "assets.rows[\(totalIndex)].value",
                          TableFindingMessages.assetTotal(plain(total), sum: plain(sum))))
        }
        if differ(assets.fixedAssetsTotal, total) {
            found.append((.error, "asset-text", "assets.fixed_assets_total",
                          TableFindingMessages.assetText(plain(assets.fixedAssetsTotal), table: plain(total))))
        }
        return found
    }
}
