import Foundation
import GongkaiModel

// The optional details as template values: a detail not given is `.absent`, so that a layout's `when`
// leaves out what mentions it and the document prints as it would without it.

extension ThreePublic {
    /// `three_public.trips`: groups and people, and the split by who organised them when given.
    var tripsValue: TemplateValue {
        var fields: [String: TemplateValue] = ["groups": .integer(tripGroups), "people": .integer(tripPeople)]
        let split = tripSplit
        fields["own_groups"] = split.map { .integer($0.ownGroups) } ?? .absent
        fields["own_people"] = split.map { .integer($0.ownPeople) } ?? .absent
        fields["joined_groups"] = split.map { .integer($0.joinedGroups) } ?? .absent
        fields["joined_people"] = split.map { .integer($0.joinedPeople) } ?? .absent
        return .record(fields)
    }
}

extension ThreePublicReasons {
    var templateValue: TemplateValue {
        .record([
            "trips_abroad": tripsAbroad.map(TemplateValue.text) ?? .absent,
            "vehicles": vehicles.map(TemplateValue.text) ?? .absent,
            "reception": reception.map(TemplateValue.text) ?? .absent,
        ])
    }
}

extension Procurement {
    /// `procurement`: the amount, the parts of each split given, and each part's share of the amount
    /// (`goods_share`: a percentage with two decimals, as text).
    var templateValue: TemplateValue {
        var fields: [String: TemplateValue] = [
            "amount": .amount(amount), "previous_amount": previousAmount.map(TemplateValue.amount) ?? .absent,
        ]
        let parts: [(String, Decimal?)] = [
            ("goods", byKind?.goods), ("works", byKind?.works), ("services", byKind?.services),
            ("centralized", byOrganization?.centralized), ("decentralized", byOrganization?.decentralized),
        ]
        for (name, part) in parts {
            fields[name] = part.map(TemplateValue.amount) ?? .absent
            fields[name + "_share"] = part.map { .text(Self.share($0, of: amount)) } ?? .absent
        }
        return .record(fields)
    }

    /// `part` as a percentage of `total`, two decimals ("58.82"); "0.00" of a zero total.
    static func share(_ part: Decimal, of total: Decimal) -> String {
        guard total != 0 else { return NumberFormatting.fixed(0, places: 2) }
        return NumberFormatting.fixed(part / total * 100, places: 2)
    }
}

extension CustomTable {
    var templateValue: TemplateValue {
        let rows = { (rows: [[String]]) in TemplateValue.list(rows.map { .list($0.map(TemplateValue.text)) }) }
        return .record([
            "section": .text(section), "title": .text(title), "header": rows(header), "rows": rows(self.rows),
            "notes": .list(notes.map(TemplateValue.text)),
        ])
    }
}
