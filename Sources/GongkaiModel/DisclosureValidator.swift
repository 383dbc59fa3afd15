import Foundation
import GongkaiMessages

/// Checks a disclosure against the rules its figures and text obey (domain rules 1–9), with exact decimal
/// arithmetic and a tolerance of half a unit of the last printed digit. Each finding names its rule, its
/// field and, where known, the line it is on.
public enum DisclosureValidator {
    /// Half a unit of the second decimal: amounts print with two decimals.
    static let tolerance = Decimal(5) / 1000

    /// The first placeholder (in `placeholders`' order) `text` contains, compared byte for byte (far faster
    /// than Foundation's search, and exact for these plain marks): one pass over the text, trying at each
    /// byte only the marks that start with it.
    static func placeholder(in text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            placeholderStarts.withUnsafeBufferPointer { starts in
                firstPlaceholder(in: bytes, starts: starts)
            }
        }
    }

    private static func firstPlaceholder(in bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<UInt64>) -> String? {
        var first = placeholders.count
        for index in bytes.indices {
            var marks = starts[Int(bytes[index])]
            while marks != 0 {
                let mark = marks.trailingZeroBitCount
                guard mark < first else { break }
                marks &= marks - 1
                if Self.matches(placeholderBytes[mark], in: bytes, at: index) {
                    first = mark
                    if mark == 0 { return placeholders[0] }
                    break
                }
            }
        }
        return first < placeholders.count ? placeholders[first] : nil
    }

    private static let placeholderBytes = placeholders.map { Array($0.utf8) }

    /// For each byte, the marks (bits by their place in `placeholders`, at most 64) that start with it.
    private static let placeholderStarts: [UInt64] = {
        precondition(placeholderBytes.count <= 64, "a placeholder past the 64th would never be found")
        var starts = [UInt64](repeating: 0, count: 256)
        for (mark, bytes) in placeholderBytes.enumerated() { starts[Int(bytes[0])] |= 1 << mark }
        return starts
    }()

    private static func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes.count - index >= needle.count else { return false }
        for offset in 1..<needle.count where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// Whether two amounts differ by more than the tolerance, for checks outside the model.
    public static func differs(_ a: Decimal, _ b: Decimal) -> Bool { differ(a, b) }

    /// Whether two amounts differ by more than the tolerance.
    static func differ(_ a: Decimal, _ b: Decimal) -> Bool {
        let difference = a - b
        return (difference < 0 ? -difference : difference) > tolerance
    }

    /// Texts that mark a document as unfinished (domain rule 8).
    static let placeholders = ["XXX", "XX", "××", "xx", "待填写", "待补充", "（略）", "(略)", "TODO"]

    /// - Parameter codeLists: the code lists the standard tables' codes are named from; without them the
    ///   tables' codes are checked for shape and sums only.
    /// - Parameter yearLabelWords: words that, after "<year>年", make the year a budget's label beside the
    ///   built-in ones (a layout's `year_label_words`).
    public static func findings(
        for disclosure: Disclosure, codeLists: CodeListLibrary? = nil, yearLabelWords: [String] = []
    ) -> [Finding] {
        var checker = Checker(disclosure: disclosure)
        checker.yearLabelWords = yearLabelWords.map { Array($0.unicodeScalars) }
        checker.totals()
        checker.threePublic()
        checker.operatingCosts()
        checker.matrixBudgets()
        checker.negativeAmounts()
        checker.sections()
        checker.texts()
        checker.assets()
        var findings = disclosure.readingFindings + checker.findings
        if disclosure.budgetTables == nil, let codeLists {
            // Code lists come with a layout that prints the standard tables: without lines they print empty.
            findings.append(Finding(
                severity: .warning, rule: "missing-section", fieldPath: "budget_tables",
                location: SourceLocation(file: disclosure.sourceFile, line: 1, column: 1),
                text: FindingMessages.noBudgetTables(codeLists: codeLists.directory)))
        }
        if let tables = disclosure.budgetTables {
            var tablesChecker = ClassifiedTablesValidator(disclosure: disclosure, tables: tables, codeLists: codeLists)
            tablesChecker.check()
            findings += tablesChecker.findings
        }
        return findings
    }
}

/// The rules, one method each; `findings` collects what they report.
private struct Checker {
    let disclosure: Disclosure
    var findings: [Finding] = []
    var yearLabelWords: [[Unicode.Scalar]] = []

    mutating func report(_ severity: Finding.Severity, _ rule: String, _ path: String, _ text: LocalizedText) {
        findings.append(
            Finding(severity: severity, rule: rule, fieldPath: path, location: disclosure.location(ofField: path), text: text))
    }

    /// A finding in words the catalogue does not have yet: the same in every language.
    mutating func report(_ severity: Finding.Severity, _ rule: String, _ path: String, _ message: String) {
        report(severity, rule, path, LocalizedText(verbatim: message))
    }

    func plain(_ value: Decimal) -> String { NumberFormat.plain(value) }

    func differ(_ a: Decimal, _ b: Decimal) -> Bool { DisclosureValidator.differ(a, b) }

    /// Rules 1 and 2: totals and their parts; income and expenditure balance.
    mutating func totals() {
        for (prefix, figures) in [("budget", disclosure.budget), ("previous_budget", disclosure.previousBudget)] {
            if let income = figures.income, let stated = income.statedTotal, differ(stated, income.sumOfSources) {
                report(.error, "income-total", "\(prefix).income.total",
                       FindingMessages.statedTotal(plain(stated), parts: "", sum: plain(income.sumOfSources)))
            }
            let basic = figures.expenditure.basic
            if let personnel = basic.personnel, let publicUse = basic.publicUse, let stated = basic.statedTotal,
                differ(stated, personnel + publicUse)
            {
                report(.error, "basic-total", "\(prefix).expenditure.basic.total",
                       FindingMessages.statedTotal(plain(stated), parts: "人员经费 + 公用经费", sum: plain(personnel + publicUse)))
            }
            let expenditure = figures.expenditure
            if let stated = expenditure.statedTotal, differ(stated, basic.total + expenditure.project) {
                report(.error, "expenditure-total", "\(prefix).expenditure.total",
                       FindingMessages.statedTotal(plain(stated), parts: "基本支出 + 项目支出", sum: plain(basic.total + expenditure.project)))
            }
            if let income = figures.income, differ(income.total, expenditure.total) {
                report(.error, "balance", "\(prefix).income.total",
                       FindingMessages.incomeAndExpenditureDiffer(income: plain(income.total), expenditure: plain(expenditure.total)))
            }
        }
    }

    /// Rule 3 beyond arithmetic (the totals are computed): counts and amounts must tell the same story.
    mutating func threePublic() {
        let three = disclosure.threePublic
        if three.vehiclesPurchased > 0, three.current.vehiclePurchase == 0 {
            report(.warning, "vehicle-purchase", "three_public.current.vehicles.purchase",
                   FindingMessages.vehiclesBoughtWithoutCost(three.vehiclesPurchased))
        }
        if three.vehiclesPurchased == 0, three.current.vehiclePurchase > 0 {
            report(.warning, "vehicle-purchase", "three_public.vehicles.purchased",
                   FindingMessages.costWithoutVehicleBought(plain(three.current.vehiclePurchase)))
        }
        if three.vehiclesHeld == 0, three.vehiclesPurchased == 0, three.current.vehicleOperation > 0 {
            report(.warning, "vehicle-operation", "three_public.current.vehicles.operation",
                   FindingMessages.operationWithoutVehicle(plain(three.current.vehicleOperation)))
        }
        if three.tripGroups == 0, three.tripPeople == 0, three.current.tripsAbroad > 0 {
            report(.warning, "trips-abroad", "three_public.current.trips_abroad",
                   FindingMessages.tripsCostWithoutTrip(plain(three.current.tripsAbroad)))
        }
    }

    /// 机关运行经费 is paid from 日常公用经费: it cannot be larger.
    mutating func operatingCosts() {
        if let publicUse = disclosure.budget.expenditure.basic.publicUse, disclosure.operatingCosts.amount > publicUse + DisclosureValidator.tolerance {
            report(.error, "operating-costs", "operating_costs.amount",
                   FindingMessages.operatingCostsExceedPublic(plain(disclosure.operatingCosts.amount), publicUse: plain(publicUse)))
        }
    }

    /// Rule 5 for the matrix: its 年度预算数 against 项目支出 (a warning: a matrix may cover part of it).
    mutating func matrixBudgets() {
        let budgets = disclosure.performance.matrix.flatMap { duty in [duty.budget] + duty.activities.map(\.budget) }.compactMap { $0 }
        guard !budgets.isEmpty else { return }
        let sum = budgets.reduce(Decimal(0), +)
        let project = disclosure.budget.expenditure.project
        if differ(sum, project) {
            report(.warning, "matrix-budget", "performance.matrix",
                   FindingMessages.matrixBudgets(plain(sum), project: plain(project)))
        }
    }

    /// Amounts are never negative in a budget.
    mutating func negativeAmounts() {
        var amounts: [(String, Decimal?)] = []
        for (prefix, figures) in [("budget", disclosure.budget), ("previous_budget", disclosure.previousBudget)] {
            if let income = figures.income {
                amounts += [("\(prefix).income.general_budget", income.generalBudget), ("\(prefix).income.government_fund", income.governmentFund),
                            ("\(prefix).income.special_account", income.specialAccount), ("\(prefix).income.other", income.other)]
            }
            amounts += [("\(prefix).expenditure.basic.personnel", figures.expenditure.basic.personnel),
                        ("\(prefix).expenditure.basic.public", figures.expenditure.basic.publicUse),
                        ("\(prefix).expenditure.project", figures.expenditure.project)]
        }
        for (year, figures) in [("current", disclosure.threePublic.current), ("previous", disclosure.threePublic.previous)] {
            amounts += [("three_public.\(year).trips_abroad", figures.tripsAbroad), ("three_public.\(year).vehicles.purchase", figures.vehiclePurchase),
                        ("three_public.\(year).vehicles.operation", figures.vehicleOperation), ("three_public.\(year).reception", figures.reception)]
        }
        amounts += [("operating_costs.amount", disclosure.operatingCosts.amount), ("procurement.amount", disclosure.procurement.amount)]
        for (index, duty) in disclosure.performance.matrix.enumerated() {
            amounts.append(("performance.matrix[\(index)].budget", duty.budget))
            for (a, activity) in duty.activities.enumerated() {
                amounts.append(("performance.matrix[\(index)].activities[\(a)].budget", activity.budget))
            }
        }
        for (path, value) in amounts {
            if let value, value < 0 { report(.error, "negative-amount", path, FindingMessages.negative(plain(value))) }
        }
    }

    /// The asset table's total against its categories and the text (`DisclosureValidator.assetFindings`), and
    /// the optional details' rules (`DisclosureValidator.detailFindings`).
    mutating func assets() {
        let found = DisclosureValidator.assetFindings(disclosure.assets) + DisclosureValidator.detailFindings(disclosure)
        for (severity, rule, path, message) in found {
            report(severity, rule, path, message)
        }
    }

    /// Sections a disclosure must not leave empty.
    mutating func sections() {
        let required: [(String, Bool)] = [
            ("duties.offices", disclosure.duties.offices.isEmpty), ("duties.organization", disclosure.duties.organization.isEmpty),
            ("performance.duty_goals", disclosure.performance.dutyGoals.isEmpty), ("performance.matrix", disclosure.performance.matrix.isEmpty),
            ("glossary", disclosure.glossary.isEmpty),
            ("assets.rows", disclosure.assets.rows.isEmpty && !disclosure.assets.noFixedAssets),
        ]
        for (path, empty) in required where empty {
            report(.warning, "missing-section", path, FindingMessages.sectionPrintsEmpty)
        }
        let texts: [(String, String)] = [
            ("budget_notes.overview", disclosure.budgetNotes.overview), ("performance.overall_goal", disclosure.performance.overallGoal),
            ("duties.internal_organization", disclosure.duties.internalOrganization), ("other_matters", disclosure.otherMatters),
            ("three_public.reason", disclosure.threePublic.reason),
        ]
        for (path, text) in texts where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(.error, "missing-section", path, FindingMessages.isEmpty)
        }
    }

    /// Rules 7 and 8 over every text the file holds: leftover placeholders, and years that label a budget
    /// other than this year's or last year's.
    mutating func texts() {
        let year = disclosure.year
        let texts = disclosure.texts
        for index in texts.indices {
            // The field's path is made only for a finding.
            let text = texts.text(at: index)
            if let mark = DisclosureValidator.placeholder(in: text) {
                let field = texts[index]
                report(.error, "placeholder", field.fieldPath, FindingMessages.placeholder(mark, detail: field.detail))
            }
            for found in DisclosureValidator.budgetYears(in: text, moreWords: yearLabelWords) where found != year && found != year - 1 {
                let field = texts[index]
                report(.warning, "year-label", field.fieldPath,
                       FindingMessages.yearLabel(found, year: year, detail: field.detail))
            }
        }
    }
}
