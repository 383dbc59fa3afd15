import Foundation
import Gongkai
import GongkaiImport
import Testing
import Yams

/// `gongkai new --from`: a department file made from the public tables of a workbook (or a folder of CSV
/// exports), with its prose then filled in, renders the same PDF as the department written by hand.
@Suite struct NewDepartmentTests {
    /// The sample's public tables as the budget system would export them, the sheets given in `order`.
    static func sampleTables(of department: String = Support.sample, reordered: Bool = false) throws -> PublicTablesWorkbook {
        let disclosure = try DisclosureLoader.load(contentsOf: department)
        let layout = try LayoutLoader.load(from: Support.layout)
        var workbook = PublicTablesWorkbook(disclosure, codeLists: layout.codeLists?.lists(for: disclosure.year))
        if reordered {
            // Other names and another order: the tables are found by their titles and labels only.
            workbook.sheets.reverse()
            for index in workbook.sheets.indices { workbook.sheets[index].name = "Sheet\(index + 1)" }
        }
        return workbook
    }

    /// Runs `gongkai new --from source -o directory/dept.yaml` and returns the file it wrote.
    static func newDepartment(from source: String, in directory: String) throws -> String {
        let path = (directory as NSString).appendingPathComponent("dept.yaml")
        let result = try Support.run(Support.gongkai, ["new", "--from", source, "-o", path], environment: ["LC_ALL": "C"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("待填写"), "\(result.stdout)")
        return path
    }

    /// The generated file with every field it leaves to the department (待填写, or blank) taken from the sample
    /// (or left out, where the sample has no such field), and the sample's optional fields it does not write;
    /// the figures and table references stay its own.
    static func filledFromSample(_ path: String, sample department: String = Support.sample) throws -> String {
        let generated = try #require(try Yams.compose(yaml: String(contentsOfFile: path, encoding: .utf8)))
        let sample = try #require(try Yams.compose(yaml: String(contentsOfFile: department, encoding: .utf8)))
        let filled = try Yams.serialize(node: fill(generated, from: sample), allowUnicode: true)
        let output = (URL(fileURLWithPath: path).deletingLastPathComponent().path as NSString).appendingPathComponent("filled.yaml")
        try filled.write(toFile: output, atomically: true, encoding: .utf8)
        return output
    }

    static func fill(_ generated: Node, from sample: Node) -> Node {
        if case .mapping(let own) = generated, case .mapping(let theirs) = sample {
            // A field left to fill that the department does not have (an optional one) is left out.
            var pairs: [(Node, Node)] = own.compactMap { key, value in
                if let their = theirs[key] { return (key, fill(value, from: their)) }
                return isToFill(value) ? nil : (key, value)
            }
            pairs += theirs.filter { own[$0.key] == nil }.map { ($0.key, $0.value) }
            return .mapping(Node.Mapping(pairs))
        }
        return isToFill(generated) ? sample : generated
    }

    static func isToFill(_ node: Node) -> Bool {
        switch node {
        case .scalar(let scalar): return scalar.string == DepartmentFileWriter.placeholder || (scalar.style == .plain && scalar.string.isEmpty)
        case .sequence(let items): return items.contains(where: isToFill)
        case .mapping(let pairs): return pairs.contains { isToFill($0.value) }
        case .alias: return false
        }
    }

    static func render(_ path: String) throws -> Data {
        let pdf = (URL(fileURLWithPath: path).deletingLastPathComponent().path as NSString).appendingPathComponent("out.pdf")
        let renderer = try DisclosureRenderer(fontConfiguration: Support.fonts)
        _ = try renderer.render(DisclosureLoader.load(contentsOf: path), layout: LayoutLoader.load(from: Support.layout), to: pdf)
        return try Data(contentsOf: URL(fileURLWithPath: pdf))
    }

    @Test func aWorkbookOfTheSamplesTablesGivesTheSamplesPDF() throws {
        let directory = try Support.temporaryDirectory()
        let workbook = (directory as NSString).appendingPathComponent("公开表.xlsx")
        try Self.sampleTables(reordered: true).writeWorkbook(to: URL(fileURLWithPath: workbook))
        let generated = try Self.newDepartment(from: workbook, in: directory)
        let text = try String(contentsOfFile: generated, encoding: .utf8)
        #expect(text.contains("general_budget: 273.87") && text.contains("reception: 0.09"), "\(text)")
        #expect(text.contains("{from: \"公开表.xlsx\", sheet: \"Sheet"), "\(text)")
        let filled = try Self.filledFromSample(generated)
        #expect(try Self.render(filled) == Data(contentsOf: URL(fileURLWithPath: try Support.samplePDF())))
    }

    /// The corpus's departments (all four income sources, 政府性基金 lines, zero "三公", a 单位) the same way.
    @Test(arguments: ["301-bureau-2024", "517009-tiny-unit-2024", "208-web-form-2023", "224-complete-2023"])
    func aCorpusDepartmentsWorkbookGivesItsPDF(_ name: String) throws {
        let department = Support.path("Layouts/department-budget/samples/corpus/\(name).yaml")
        let directory = try Support.temporaryDirectory()
        let workbook = (directory as NSString).appendingPathComponent("\(name).xlsx")
        try Self.sampleTables(of: department, reordered: true).writeWorkbook(to: URL(fileURLWithPath: workbook))
        let filled = try Self.filledFromSample(try Self.newDepartment(from: workbook, in: directory), sample: department)
        let direct = (directory as NSString).appendingPathComponent("direct")
        try FileManager.default.createDirectory(atPath: direct, withIntermediateDirectories: true)
        let copy = (direct as NSString).appendingPathComponent("dept.yaml")
        try FileManager.default.copyItem(atPath: department, toPath: copy)
        #expect(try Self.render(filled) == Self.render(copy))
    }

    @Test func theSamplesWorkbookIsTheOneSampleDataWrites() throws {
        let directory = try Support.temporaryDirectory()
        let fresh = (directory as NSString).appendingPathComponent("fresh.xlsx")
        try Self.sampleTables().writeWorkbook(to: URL(fileURLWithPath: fresh))
        let committed = Support.path("Layouts/department-budget/samples/116-2023-公开表.xlsx")
        #expect(try Data(contentsOf: URL(fileURLWithPath: committed)) == Data(contentsOf: URL(fileURLWithPath: fresh)),
                "run `make sample-workbook` and commit the workbook")
    }

    @Test func aFolderOfCSVExportsGivesTheSamplesPDF() throws {
        let directory = try Support.temporaryDirectory()
        let folder = (directory as NSString).appendingPathComponent("exports")
        try Self.sampleTables().writeCSVFiles(in: URL(fileURLWithPath: folder))
        let generated = try Self.newDepartment(from: folder, in: directory)
        #expect(try String(contentsOfFile: generated, encoding: .utf8).contains("{from: \"exports/"))
        let filled = try Self.filledFromSample(generated)
        #expect(try Self.render(filled) == Data(contentsOf: URL(fileURLWithPath: try Support.samplePDF())))
    }

    @Test func theSkeletonListsWhatIsStillToBeFilled() throws {
        let directory = try Support.temporaryDirectory()
        let path = (directory as NSString).appendingPathComponent("empty.yaml")
        let made = try Support.run(Support.gongkai, ["new", "-o", path, "--year", "2024"], environment: ["LC_ALL": "C"])
        #expect(made.status == 0, "\(made.stderr)")
        let check = try Support.run(
            Support.gongkai, ["check", path, "--layout", Support.layout], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("尚待填写的字段"), "\(check.stdout)")
        #expect(check.stdout.contains("budget_notes.overview（总体情况）"), "\(check.stdout)")
        #expect(check.stdout.contains("other_matters（其他需要说明的事项）"), "\(check.stdout)")
        // Again, it does not replace a file without --force.
        let again = try Support.run(Support.gongkai, ["new", "-o", path], environment: ["LC_ALL": "C"])
        #expect(again.status == 1 && again.stderr.contains("--force"), "\(again.stderr)")
    }

    @Test func lastYearsFiguresAnExportLacksAreToBeFilled() throws {
        let directory = try Support.temporaryDirectory()
        var tables = try Self.sampleTables()
        let index = try #require(tables.sheets.firstIndex { $0.name == PublicTable.summary.title })
        // A 部门收支总表 without its 上年预算数 columns (and without the merges over them).
        tables.sheets[index].rows = tables.sheets[index].rows.map { row in row.enumerated().filter { ![2, 5].contains($0.offset) }.map(\.element) }
        tables.sheets[index].merges = []
        let workbook = (directory as NSString).appendingPathComponent("本年.xlsx")
        try tables.writeWorkbook(to: URL(fileURLWithPath: workbook))
        let path = try Self.newDepartment(from: workbook, in: directory)
        let check = try Support.run(
            Support.gongkai, ["check", path, "--layout", Support.layout], environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(check.stdout.contains("previous_budget.expenditure.project（上年项目支出）"), "\(check.stdout)")
        #expect(check.stdout.contains("previous_budget.expenditure.basic.total（上年基本支出）"), "\(check.stdout)")
        #expect(!check.stdout.contains("[data]"), "\(check.stdout)")
    }

    @Test func aMissingSheetIsNamedWithWhatWasLookedFor() throws {
        let directory = try Support.temporaryDirectory()
        var tables = try Self.sampleTables()
        tables.sheets.removeAll { $0.name == PublicTable.threePublic.title }
        let workbook = (directory as NSString).appendingPathComponent("missing.xlsx")
        try tables.writeWorkbook(to: URL(fileURLWithPath: workbook))
        let result = try Support.run(
            Support.gongkai, ["new", "--from", workbook, "-o", (directory as NSString).appendingPathComponent("d.yaml")],
            environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("找不到一般公共预算“三公”经费支出表"), "\(result.stderr)")
        #expect(result.stderr.contains("“公务接待费”"), "\(result.stderr)")
    }

    @Test func aRetitledTableOrALabelMissingIsNamed() throws {
        let directory = try Support.temporaryDirectory()
        var tables = try Self.sampleTables()
        let index = try #require(tables.sheets.firstIndex { $0.name == PublicTable.basicExpenditure.title })
        // The header's 公用经费 renamed: the sheet has the title, not the labels.
        tables.sheets[index].rows = tables.sheets[index].rows.map { $0.map { $0 == "公用经费" ? "日常公用" : $0 } }
        let workbook = (directory as NSString).appendingPathComponent("renamed.xlsx")
        try tables.writeWorkbook(to: URL(fileURLWithPath: workbook))
        let result = try Support.run(
            Support.gongkai, ["new", "--from", workbook, "-o", (directory as NSString).appendingPathComponent("d.yaml")],
            environment: ["LC_ALL": "C"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the table 一般公共预算基本支出表 was not found"), "\(result.stderr)")
        #expect(result.stderr.contains("has the title but not the labels “公用经费”"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("d.yaml")))

        // A table whose title no longer names it is not taken for it, whatever its sheet is called.
        var retitled = try Self.sampleTables()
        let function = try #require(retitled.sheets.firstIndex { $0.name == PublicTable.generalBudgetExpenditure.title })
        retitled.sheets[function].rows[0][0] = "2023年支出明细"
        try retitled.writeWorkbook(to: URL(fileURLWithPath: workbook))
        let again = try Support.run(
            Support.gongkai, ["new", "--from", workbook, "-o", (directory as NSString).appendingPathComponent("d.yaml")],
            environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("找不到一般公共预算支出表：没有哪张工作表的标题含“一般公共预算支出表”"), "\(again.stderr)")
    }
}
