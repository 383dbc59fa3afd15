import Foundation

// The fields of 财政拨款"三公"经费 (`three_public`).

extension ThreePublicFigures: DataRecord {
    static let dataFields: [DataField<ThreePublicFigures>] = [
        .amount("trips_abroad", \.tripsAbroad, label: "因公出国（境）费", doc: ""),
        .group("vehicles", doc: "公务用车购置及运行维护费", fields: [
            .amount("purchase", \.vehiclePurchase, label: "公务用车购置费", doc: ""),
            .amount("operation", \.vehicleOperation, label: "公务用车运行维护费", doc: ""),
            .computed("total", .amount, doc: "purchase + operation") { .amount($0.vehicles) },
        ]),
        .amount("reception", \.reception, label: "公务接待费", doc: ""),
        .computed("total", .amount, doc: "\"三公\"经费合计") { .amount($0.total) },
    ]
}

extension ThreePublic: DataRecord {
    static let dataFields: [DataField<ThreePublic>] = [
        .record("current", \.current, label: "本年“三公”经费", labelPrefix: "本年", doc: "this year's \"三公\" figures"),
        .record("previous", \.previous, label: "上年“三公”经费", labelPrefix: "上年", doc: "last year's \"三公\" figures, the shape of `current`"),
        .text("reason", \.reason, label: "“三公”经费增减变化原因", doc: "主要增减变化原因"),
        .group("trips", doc: "因公出国（境）团组", fields: [
            .count("groups", \.tripGroups, label: "因公出国（境）团组数", doc: ""),
            .count("people", \.tripPeople, label: "因公出国（境）人次", doc: ""),
            splitCount("own_groups", \.ownGroups, doc: "本部门组织的团组数"),
            splitCount("own_people", \.ownPeople, doc: "本部门组织的团组人次"),
            splitCount("joined_groups", \.joinedGroups, doc: "参加其他部门组织的团组数"),
            splitCount("joined_people", \.joinedPeople, doc: "参加其他部门组织的团组人次 (with any of the four given, one left out is 0)"),
        ]),
        .record("reasons", \.reasons, optional: true, label: nil, doc: "各项增减变化原因: printed after each item's computed change"),
        .group("vehicles", doc: "公务用车", fields: [
            .count("purchased", \.vehiclesPurchased, label: "本年购置公务用车（辆）", doc: ""),
            .count("held", \.vehiclesHeld, label: "年末公务用车保有量（辆）", doc: ""),
        ]),
    ]

    /// A count of the trips split by who organised them: given one, the others left out are 0.
    private static func splitCount(
        _ key: String, _ part: WritableKeyPath<TripSplit, Int> & Sendable, doc: String
    ) -> DataField<ThreePublic> {
        DataField(
            FieldInfo(key: key, kind: .count, label: nil, doc: doc, optional: true, role: .data),
            read: { three, r in
                guard try r.optional(key) != nil else { return }
                var split = three.tripSplit ?? TripSplit()
                split[keyPath: part] = try r.count(key)
                three.tripSplit = split
            },
            value: { $0.tripSplit.map { .integer($0[keyPath: part]) } ?? .absent })
    }
}

extension ThreePublicReasons: DataRecord {
    static let dataFields: [DataField<ThreePublicReasons>] = [
        .optionalText("trips_abroad", \.tripsAbroad, label: nil, doc: "因公出国（境）费的增减变化原因"),
        .optionalText("vehicles", \.vehicles, label: nil, doc: "公务用车购置及运行维护费的增减变化原因"),
        .optionalText("reception", \.reception, label: nil, doc: "公务接待费的增减变化原因"),
    ]
}
