import Foundation

// The fields of 政府采购预算 (`procurement`).

extension Procurement: DataRecord {
    static let dataFields: [DataField<Procurement>] = [
        .amount("amount", \.amount, label: "政府采购预算", doc: ""),
        .optionalAmount(
            "previous_amount", \.previousAmount, label: "上年政府采购预算",
            doc: "the layout then phrases the change (同比增加/减少 …，增长/下降 …%)"),
        part("goods", \.byKind, \.goods, doc: "货物类采购预算"),
        part("works", \.byKind, \.works, doc: "工程类采购预算"),
        part("services", \.byKind, \.services, doc: "服务类采购预算 (with one of the three given, one left out is 0)"),
        part("centralized", \.byOrganization, \.centralized, doc: "政府集中采购预算"),
        part("decentralized", \.byOrganization, \.decentralized, doc: "分散采购预算 (likewise)"),
        shareOf("goods", \.byKind?.goods), shareOf("works", \.byKind?.works), shareOf("services", \.byKind?.services),
        shareOf("centralized", \.byOrganization?.centralized), shareOf("decentralized", \.byOrganization?.decentralized),
    ]

    /// A part of a split of the amount: given one part, the others left out are 0.
    private static func part<Split: AmountSplit>(
        _ key: String, _ split: WritableKeyPath<Procurement, Split?> & Sendable,
        _ part: WritableKeyPath<Split, Decimal> & Sendable, doc: String
    ) -> DataField<Procurement> {
        DataField(
            FieldInfo(key: key, kind: .amount, label: nil, doc: doc, optional: true, role: .data),
            read: { procurement, r in
                guard let amount = try r.optionalAmount(key) else { return }
                var parts = procurement[keyPath: split] ?? Split()
                parts[keyPath: part] = amount
                procurement[keyPath: split] = parts
            },
            value: { $0[keyPath: split].map { .amount($0[keyPath: part]) } ?? .absent })
    }

    /// `<part>_share`: the part's share of the amount, a percentage with two decimals as text ("58.82").
    private static func shareOf(_ key: String, _ part: KeyPath<Procurement, Decimal?> & Sendable) -> DataField<Procurement> {
        .computed(key + "_share", .text, doc: "`\(key)` as a percentage of `amount`, two decimals") { procurement in
            procurement[keyPath: part].map { .text(share($0, of: procurement.amount)) } ?? .absent
        }
    }

    /// `part` as a percentage of `total`, two decimals ("58.82"); "0.00" of a zero total.
    static func share(_ part: Decimal, of total: Decimal) -> String {
        guard total != 0 else { return NumberFormat.fixed(0, places: 2) }
        return NumberFormat.fixed(part / total * 100, places: 2)
    }
}

/// A split of the procurement amount, all parts 0 before any is read.
protocol AmountSplit: Sendable { init() }

extension ProcurementByKind: AmountSplit {}
extension ProcurementByOrganization: AmountSplit {}
