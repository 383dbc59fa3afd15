import Foundation
import GongkaiModel

/// A check a layout switches on for its documents (`rules:` in layout.yaml), in one of a few general
/// forms; `gongkai check` reports a broken rule like the built-in checks, with its field and line.
public struct LayoutRule: Sendable {
    /// An amount a rule adds up: a field of the data, or the total of classified lines matching a filter.
    public enum Term: Sendable {
        case field([Substring])
        case lines(Classification, LineFilter)
        /// The sum of one amount field over the elements of a list (`{sum_of: PATH, field: final}`).
        case listSum([Substring], field: String)
    }

    public enum Check: Sendable {
        /// The sum of `left` equals the sum of `right` (e.g. 收入 + 年初结转和结余 = 支出 + 年末结转和结余).
        case equal(left: [Term], right: [Term])
        /// The percentage stated at `stated` equals `part` / `whole` × 100 to its two decimals (完成率).
        case rate(stated: [Substring], part: Term, whole: Term)
        /// A balance table's last total rows agree, income side and expenditure side (总计 = 总计).
        case balanced(table: String)
    }

    /// The rule's name in findings (`carry-over`).
    public var name: String
    public var check: Check
    /// What the rule says, in the document's words, for the message.
    public var about: String?
    public var severity: Finding.Severity
    public var location: SourceLocation?
}

/// A built-in check a layout turns off for its documents, for every field or one (`waive:`): for a
/// document whose income and expenditure differ by design (by what is carried over), say.
public struct RuleWaiver: Sendable {
    public var rule: String
    public var field: String?

    func covers(_ finding: Finding) -> Bool {
        finding.rule == rule && (field.map { $0 == finding.fieldPath } ?? true)
    }
}

extension LayoutRule.Term {
    var fieldPath: String? {
        if case .field(let path) = self { path.joined(separator: ".") } else { nil }
    }

    var description: String {
        switch self {
        case .field(let path): path.joined(separator: ".")
        case .lines(let classification, _): "budget_tables.\(classification.rawValue)"
        case let .listSum(path, field): "\(path.joined(separator: "."))[*].\(field)"
        }
    }
}
