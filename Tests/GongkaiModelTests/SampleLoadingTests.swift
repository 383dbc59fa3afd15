import Foundation
import GongkaiModel
import Testing

/// The real sample, Layouts/department-budget/samples/116-2023.yaml, read field by field.
@Suite("Loading the 116-2023 sample")
struct SampleLoadingTests {
    let sample: Disclosure

    init() throws {
        sample = try DisclosureLoader.load(contentsOf: Fixture.samplePath)
    }

    @Test func departmentAndYear() {
        #expect(sample.department.code == "116")
        #expect(sample.department.name == "承德高新技术产业开发区总工会")
        #expect(sample.department.shortName == "承德高新区总工会")
        #expect(sample.year == 2023)
        #expect(sample.sourceFile == Fixture.samplePath)
    }

    @Test func officesKeepTheirItemsAndLabels() throws {
        let offices = sample.duties.offices
        #expect(offices.map(\.items.count) == [9, 8, 6, 10, 5, 9])
        let first = try #require(offices.first)
        #expect(first.label == "（一）、")
        #expect(first.title == "办公室工作职责")
        #expect(first.items.first == "协助工会领导处理、协调机关日常工会事务；")
        #expect(first.items.last == "完成领导交办的其它任务。")
        #expect(offices.map(\.label) == ["（一）、", "(二)、", "(三)、", "(四)、", "（五）、", "(六)、"])
        #expect(sample.duties.organization.count == 1)
        #expect(sample.duties.organization.first?.nature == "社会团体")
    }

    @Test func thisYearsFigures() throws {
        let income = try #require(sample.budget.income)
        #expect(income.generalBudget == decimal("273.87"))
        #expect(income.governmentFund == 0)
        #expect(income.specialAccount == 0)
        #expect(income.other == 0)
        #expect(income.statedTotal == decimal("273.87"))
        #expect(income.sumOfSources == decimal("273.87"))
        #expect(income.total == decimal("273.87"))

        let expenditure = sample.budget.expenditure
        #expect(expenditure.basic.personnel == decimal("82.58"))
        #expect(expenditure.basic.publicUse == decimal("8.15"))
        #expect(expenditure.basic.total == decimal("90.73"))
        #expect(try #require(expenditure.basic.personnel) + #require(expenditure.basic.publicUse) == decimal("90.73"))
        #expect(expenditure.project == decimal("183.14"))
        #expect(expenditure.total == decimal("273.87"))
        #expect(expenditure.basic.total + expenditure.project == decimal("273.87"))
    }

    @Test func previousYearsFiguresWithoutIncome() {
        let previous = sample.previousBudget
        #expect(previous.income == nil)
        #expect(previous.expenditure.basic.personnel == nil)
        #expect(previous.expenditure.basic.publicUse == nil)
        #expect(previous.expenditure.basic.total == decimal("86.49"))
        #expect(previous.expenditure.project == decimal("211.42"))
        #expect(previous.expenditure.total == decimal("297.91"))
    }

    @Test func notesCostsThreePublicAndProcurement() {
        #expect(sample.budgetNotes.projectDescription == "全部为工会事务支出")
        #expect(sample.operatingCosts.amount == decimal("8.15"))
        #expect(sample.operatingCosts.purpose == "办公费、邮电费、差旅费、劳务费、工会经费、福利费等")
        #expect(sample.threePublic.current.reception == decimal("0.1"))
        #expect(sample.threePublic.previous.reception == decimal("0.09"))
        #expect(sample.threePublic.previous.total == decimal("0.09"))
        #expect(sample.threePublic.current.vehicles == 0)
        #expect(sample.threePublic.tripGroups == 0)
        #expect(sample.threePublic.vehiclesHeld == 0)
        #expect(sample.procurement.amount == 0)
        #expect(sample.otherMatters == "我部门无其他需要说明的事项。")
    }

    @Test func performanceMatrixShape() {
        let matrix = sample.performance.matrix
        #expect(matrix.count == 7)
        #expect(matrix.map(\.activities.count) == [3, 3, 3, 3, 6, 1, 1])
        #expect(matrix.reduce(0) { $0 + $1.activities.count } == 20)
        let indicators = matrix.flatMap(\.activities).reduce(0) { $0 + $1.indicators.count }
        #expect(indicators == 60)
        #expect(matrix.first?.name == "加强工会组织建设")
        #expect(matrix.last?.name == "综合事务管理")
        #expect(sample.performance.dutyGoals.count == 9)
        #expect(sample.performance.safeguards.map(\.items.count) == [3, 2])
        #expect(sample.performance.safeguards.first?.label == "(一) ")
    }

    @Test func activityBudgetsAreExact() {
        let activities = sample.performance.matrix.flatMap(\.activities)
        let budgets = activities.compactMap(\.budget)
        #expect(budgets == [decimal("25"), decimal("7.376"), decimal("96.6"), decimal("82.44")])
        #expect(budgets.reduce(0, +) == decimal("211.416"))
        #expect(activities.filter { $0.budget != nil }.map(\.name) == ["区运动会", "劳模管理", "收缴工会经费", "健康保障经费"])
        #expect(sample.performance.matrix.allSatisfy { $0.budget == nil })
    }

    @Test func indicatorsWithGradesAndWithASingleStandard() throws {
        let duty = try #require(sample.performance.matrix.first)
        let graded = try #require(duty.activities.first?.indicators.first)
        #expect(graded.name == "基层工会建设完成率。")
        #expect(graded.standard == .graded(["100%", "90%", "80%", "60%"]))
        let counted = try #require(duty.activities.first?.indicators.last)
        #expect(counted.standard == .graded(["全年不低于3次", "2次", "1次", "0次"]))

        let single = try #require(duty.activities.dropFirst(2).first?.indicators.first)
        #expect(single.name == "全面普查，做到应建尽建。")
        #expect(single.standard == .single("力争把工会组织做到全覆盖"))
    }

    @Test func assetsAndGlossary() throws {
        #expect(sample.assets.fixedAssetsTotal == decimal("26.03"))
        #expect(sample.assets.plannedPurchases == 0)
        #expect(sample.assets.asOf == "2022年12月31日")
        let rows = sample.assets.rows
        #expect(rows.count == 6)
        let first = try #require(rows.first)
        #expect(first.item == "资产总额")
        #expect(first.quantity == "——")
        #expect(first.value == decimal("26.03"))
        #expect(rows[1].value == nil)
        #expect(rows[1].quantity == nil)
        #expect(rows.last?.value == decimal("26.03"))

        #expect(sample.glossary.count == 10)
        #expect(sample.glossary.first?.term == "一般公共预算拨款收入")
        #expect(sample.glossary.last?.term == "事业部门经营支出")
    }

    /// `load(yaml:file:)` and `load(contentsOf:)` read the same text the same way.
    @Test func loadingTheTextGivesTheSameModel() throws {
        let text = try String(contentsOfFile: Fixture.samplePath, encoding: .utf8)
        let fromText = try DisclosureLoader.load(yaml: text, file: Fixture.samplePath)
        #expect(fromText == sample)
    }
}
