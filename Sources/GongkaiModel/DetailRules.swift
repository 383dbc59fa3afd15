import Foundation
import GongkaiMessages

/// The optional details' own rules: splits that add up to their total, amounts that are not negative,
/// tables of the department's own whose rows fit their header.
extension DisclosureValidator {
    /// The findings about the details of `disclosure` (severity, rule, field, message).
    static func detailFindings(_ disclosure: Disclosure) -> [(Finding.Severity, String, String, LocalizedText)] {
        var found: [(Finding.Severity, String, String, LocalizedText)] = []
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
                              TableFindingMessages.procurementKinds(goods: plain(kinds.goods), works: plain(kinds.works), services: plain(kinds.services), sum: plain(kinds.total), amount: plain(procurement.amount))))
            }
        }
        if let ways = procurement.byOrganization {
            amounts += [("procurement.centralized", ways.centralized), ("procurement.decentralized", ways.decentralized)]
            if differ(ways.total, procurement.amount) {
                found.append((.error, "procurement-parts", "procurement.centralized",
                              TableFindingMessages.procurementWays(centralized: plain(ways.centralized), decentralized: plain(ways.decentralized), sum: plain(ways.total), amount: plain(procurement.amount))))
            }
        }
        for (path, value) in amounts {
            if let value, value < 0 { found.append((.error, "negative-amount", path, FindingMessages.negative(plain(value)))) }
        }
        let three = disclosure.threePublic
        if let split = three.tripSplit {
            if split.ownGroups + split.joinedGroups != three.tripGroups {
                found.append((.error, "trip-parts", "three_public.trips.own_groups",
                              TableFindingMessages.tripGroups(own: split.ownGroups, joined: split.joinedGroups, groups: three.tripGroups)))
            }
            if split.ownPeople + split.joinedPeople != three.tripPeople {
                found.append((.error, "trip-parts", "three_public.trips.own_people",
                              TableFindingMessages.tripPeople(own: split.ownPeople, joined: split.joinedPeople, people: three.tripPeople)))
            }
        }
        for (index, table) in disclosure.customTables.enumerated() {
            let width = table.header.last?.count ?? 0
            for (row, cells) in table.rows.enumerated() where cells.count != width {
                found.append((.error, "custom-table", "custom_tables[\(index)].rows[\(row)]",
                              TableFindingMessages.customTableRow(cells: cells.count, columns: width)))
            }
        }
        return found
    }
}
