import Foundation
import GongkaiModel

/// Wording for a year-on-year comparison, chosen by the figures, never typed by hand:
/// `increase`, `decrease`, `unchanged` (both years equal, including 0 → 0) and `new` (0 → more).
/// Its templates see `{current}`, `{previous}`, `{delta}` (the change's size, always positive: the
/// direction is in the wording) and `{rate}` (the change as a percentage of last year, two decimals; none
/// when last year is zero), so that every phrase can give both the amount and the rate; `{ratio}` is the
/// first figure as a percentage of the second (a completion rate, 完成率), none when the second is zero.
public struct Phrase: Hashable, Sendable {
    public var increase: Template
    public var decrease: Template
    public var unchanged: Template
    public var new: Template

    /// Which case applies, and its variables.
    func variables(current: Decimal, previous: Decimal) -> (Template, TemplateValue) {
        let delta = current - previous
        let magnitude = delta < 0 ? -delta : delta
        var fields: [String: TemplateValue] = [
            "current": .amount(current), "previous": .amount(previous), "delta": .amount(magnitude),
        ]
        if previous != 0 {
            let ratio = magnitude / (previous < 0 ? -previous : previous) * 100
            fields["rate"] = .text(NumberFormatting.fixed(ratio, places: 2))
            fields["ratio"] = .text(NumberFormatting.fixed(current / previous * 100, places: 2))
        } else {
            fields["rate"] = .absent
            fields["ratio"] = .absent
        }
        let chosen: Template
        if delta == 0 {
            chosen = unchanged
        } else if previous == 0 && current > 0 {
            chosen = new
        } else {
            chosen = delta > 0 ? increase : decrease
        }
        return (chosen, .record(fields))
    }
}

extension Phrase {
    /// The phrase for these figures, its amounts printed in `numbers` (the layout's sentence style).
    /// - Throws: `LayoutError` for a template that names a variable the phrase does not have.
    public func text(current: Decimal, previous: Decimal, numbers: NumberStyle = NumberStyle(decimals: 2)) throws -> String {
        let renderer = TemplateRenderer(phrases: [:], file: "phrase", textNumbers: numbers)
        let (chosen, variables) = variables(current: current, previous: previous)
        return try renderer.render(chosen, in: TemplateScope(frames: [variables]))
    }
}
