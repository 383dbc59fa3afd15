import Foundation
import GongkaiMessages
import GongkaiModel

/// The catalogue of what a layout's own rules (`rules:` in layout.yaml) find, in English and Chinese, from
/// typed arguments (amounts as printed). Every field is named by its key, and in Chinese also by its label: the
/// label the layout declares for it (`fields.opening（年初预算数）`), or the one the data format gives it
/// (`budget.income.total（收入合计）`).
enum LayoutFindingMessages {
    /// One side of an equation: its terms, the amounts they stand for and their sum.
    struct Side {
        var terms: [LocalizedText]
        var parts: String
        var total: String

        var text: LocalizedText {
            let names = LocalizedText(
                terms.map(\.english).joined(separator: " + "), zh: terms.map(\.chinese).joined(separator: " + "))
            guard terms.count > 1 else { return names + LocalizedText(" is \(total)", zh: " 为 \(total)") }
            return names + LocalizedText(" make \(parts) = \(total)", zh: " 合计 \(parts) = \(total)")
        }
    }

    /// What the rule says (`about:`, in the document's words) in front of what it found.
    static func about(_ about: String?, _ what: LocalizedText) -> LocalizedText {
        guard let about else { return what }
        return LocalizedText("\(about): ", zh: "\(about)：") + what
    }

    static func unequal(_ left: Side, _ right: Side) -> LocalizedText {
        left.text + LocalizedText(", but ", zh: "，但 ") + right.text
    }

    static func rate(stated: String, part: LocalizedText, whole: LocalizedText, p: String, w: String, computed: String) -> LocalizedText {
        LocalizedText(
            "\(stated)% is stated, but \(part.english) / \(whole.english) = \(p) / \(w) is \(computed)%",
            zh: "填报 \(stated)%，但 \(part.chinese) / \(whole.chinese) = \(p) / \(w) 为 \(computed)%")
    }

    static func unbalanced(table: String, income: String, expenditure: String) -> LocalizedText {
        LocalizedText(
            "table `\(table)`: its income side totals \(income), its expenditure side \(expenditure)",
            zh: "表格 `\(table)`：收入方合计 \(income)，支出方合计 \(expenditure)，不相等")
    }

    // MARK: - Naming fields

    /// A field path as messages name it: the key, and in Chinese its label in brackets where it has one.
    static func named(_ path: String, declared: [FieldDeclaration], shownAs shown: String? = nil) -> LocalizedText {
        let shown = shown ?? path
        guard let label = label(of: path, declared: declared) else { return LocalizedText(verbatim: shown) }
        return LocalizedText(shown, zh: "\(shown)（\(label)）")
    }

    /// The label of `path`: the layout's declared label for `fields.…`, else the data format's.
    static func label(of path: String, declared: [FieldDeclaration]) -> String? {
        let keys = path.split(separator: ".").map(String.init)
        guard keys.first == "fields", keys.count > 1 else { return FieldLabels.label(of: path) }
        var fields = declared
        var label: String?
        for key in keys.dropFirst() {
            guard let field = fields.first(where: { $0.key == key }) else { return nil }
            label = field.label
            switch field.type {
            case .record(let inner): fields = inner
            case .list(let element):
                if case .record(let inner) = element.type { fields = inner } else { fields = [] }
            default: fields = []
            }
        }
        return label
    }
}
