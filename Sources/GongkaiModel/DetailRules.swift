import Foundation

/// The optional details' own rules: splits that add up to their total, amounts that are not negative,
/// tables of the department's own whose rows fit their header.
extension DisclosureValidator {
    /// The findings about the details of `disclosure` (severity, rule, field, message).
    static func detailFindings(_ disclosure: Disclosure) -> [(Finding.Severity, String, String, String)] {
        var found: [(Finding.Severity, String, String, String)] = []
        let plain = NumberFormat.plain
        var amounts: [(String, Decimal?)] = [
            ("operating_costs.previous_amount", disclosure.operatingCosts.previousAmount),
            ("procurement.previous_amount", disclosure.procurement.previousAmount),
        ]
        let procurement = disclosure.procurement
        if let kinds = procurement.byKind {
            amounts += [("procurement.goods", kinds.goods), ("procurement.works", kinds.works), ("procurement.services", kinds.services)]
            if differ(kinds.total, procurement.amount) {
                found.append((.error, "procurement-parts", "procurement.goods",
                              "货物 \(plain(kinds.goods)) + 工程 \(plain(kinds.works)) + 服务 \(plain(kinds.services)) make \(plain(kinds.total)), but 政府采购预算 (procurement.amount) is \(plain(procurement.amount))"))
            }
        }
        if let ways = procurement.byOrganization {
            amounts += [("procurement.centralized", ways.centralized), ("procurement.decentralized", ways.decentralized)]
            if differ(ways.total, procurement.amount) {
                found.append((.error, "procurement-parts", "procurement.centralized",
                              "集中 \(plain(ways.centralized)) + 分散 \(plain(ways.decentralized)) make \(plain(ways.total)), but 政府采购预算 (procurement.amount) is \(plain(procurement.amount))"))
            }
        }
        for (path, value) in amounts {
            if let value, value < 0 { found.append((.error, "negative-amount", path, "\(plain(value)) is negative")) }
        }
        let three = disclosure.threePublic
        if let split = three.tripSplit {
            if split.ownGroups + split.joinedGroups != three.tripGroups {
                found.append((.error, "trip-parts", "three_public.trips.own_groups",
                              "own \(split.ownGroups) + joined \(split.joinedGroups) groups make \(split.ownGroups + split.joinedGroups), but trips.groups is \(three.tripGroups)"))
            }
            if split.ownPeople + split.joinedPeople != three.tripPeople {
                found.append((.error, "trip-parts", "three_public.trips.own_people",
                              "own \(split.ownPeople) + joined \(split.joinedPeople) 人次 make \(split.ownPeople + split.joinedPeople), but trips.people is \(three.tripPeople)"))
            }
        }
        for (index, table) in disclosure.customTables.enumerated() {
            let width = table.header.last?.count ?? 0
            for (row, cells) in table.rows.enumerated() where cells.count != width {
                found.append((.error, "custom-table", "custom_tables[\(index)].rows[\(row)]",
                              "has \(cells.count) cells, but the header's last row has \(width) columns"))
            }
        }
        return found
    }
}
