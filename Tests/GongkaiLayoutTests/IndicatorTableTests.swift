import Foundation
import GongkaiDocument
import GongkaiLayout
import GongkaiModel
import Testing

/// The three-level indicator table (`kind: indicator_table`): project rows over each project's indicators,
/// 一级 and 二级 merged where they repeat, optional columns, the unit after the value on request.
@Suite struct IndicatorTableTests {
    static func table(columns: String, projects: String) throws -> Table {
        let yaml = LayoutFixtures.layoutYAML(content: "  - {table: goals}") + """

            tables:
              goals:
                kind: indicator_table
                rows: performance.projects
                project_rows: ["项目：{name}（{amount}万元）", "目标：{goal}"]
                body_style: body
                header_style: body
                caption_style: body
                columns:
            \(columns)
            """
        let layout = try LayoutLoader.load(yaml: yaml, file: "goals.yaml")
        var sample = try String(contentsOfFile: LayoutFixtures.samplePath, encoding: .utf8)
        sample = sample.replacingOccurrences(of: "\nprocurement:", with: "  projects:\n\(projects)\nprocurement:")
        let document = try DocumentComposer(layout: layout).compose(DisclosureLoader.load(yaml: sample, file: "dept.yaml"))
        for case .table(let table) in document.blocks { return table }
        throw LayoutError(file: "goals.yaml", location: nil, message: "no table composed")
    }

    static let projects = """
            - name: 甲项目
              amount: 12.5
              goal: 完成甲
              indicators:
                - {level1: 产出指标, level2: 数量指标, level3: 培训人次, nature: "≥", value: "735", unit: 人次}
                - {level1: 产出指标, level2: 数量指标, level3: 培训场次, nature: "≥", value: "12", unit: 场}
                - {level1: 产出指标, level2: 质量指标, level3: 合格率, nature: "≥", value: "98", unit: "%"}
                - {level1: 满意度指标, level2: 服务对象满意度指标, level3: 满意度, value: 持续提高}
            - name: 乙项目
              indicators:
                - {level1: 效益指标, level2: 社会效益指标, level3: 条件, value: 持续改善}
        """

    static let allColumns = """
              - {value: level1, header: 一级指标, width: 1}
              - {value: level2, header: 二级指标, width: 1}
              - {value: level3, header: 三级指标, width: 2}
              - {value: nature, header: 指标性质, width: 1}
              - {value: value, header: 指标值, width: 1}
              - {value: unit, header: 度量单位, width: 1}
        """

    @Test func repeatedLabelsAreMergedDownAndProjectsHeadTheirRows() throws {
        let table = try Self.table(columns: Self.allColumns, projects: Self.projects)
        #expect(table.headerRows[0].map(\.text) == ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"])
        let rows = table.bodyRows.map { $0.map(\.text) }
        #expect(rows[0] == ["项目：甲项目（12.50万元）"])
        #expect(table.bodyRows[0][0].colSpan == 6)
        #expect(rows[1] == ["目标：完成甲"])
        // 产出指标 spans three rows, 数量指标 two; the rows under them give only what is their own.
        #expect(rows[2] == ["产出指标", "数量指标", "培训人次", "≥", "735", "人次"])
        #expect(table.bodyRows[2][0].rowSpan == 3 && table.bodyRows[2][1].rowSpan == 2)
        #expect(rows[3] == ["培训场次", "≥", "12", "场"])
        #expect(rows[4] == ["质量指标", "合格率", "≥", "98", "%"])
        #expect(rows[5] == ["满意度指标", "服务对象满意度指标", "满意度", "", "持续提高", ""])
        // A project without amount or goal prints neither row that names them.
        #expect(rows[6] == ["效益指标", "社会效益指标", "条件", "", "持续改善", ""])
        #expect(rows.count == 7)
        #expect(table.rowsKeptWithNext.contains(0) && table.rowsKeptWithNext.contains(1))
    }

    @Test func aLayoutMayLeaveColumnsOutAndPutTheUnitAfterTheValue() throws {
        let columns = """
                  - {value: level1, header: 一级指标, width: 1}
                  - {value: level2, header: 二级指标, width: 1}
                  - {value: level3, header: 三级指标, width: 2}
                  - {value: value, header: 指标值, width: 1, unit: append}
            """
        let table = try Self.table(columns: columns, projects: Self.projects)
        let rows = table.bodyRows.map { $0.map(\.text) }
        #expect(rows[2] == ["产出指标", "数量指标", "培训人次", "735人次"])
        #expect(rows[4] == ["质量指标", "合格率", "98%"])
        #expect(rows.last == ["效益指标", "社会效益指标", "条件", "持续改善"])
    }

    @Test func anIndicatorTableNeedsItsThirdLevelAndValueColumns() throws {
        let columns = "          - {value: level1, header: 一级指标, width: 1}"
        let error = try #require(throws: DataError.self) { try Self.table(columns: columns, projects: Self.projects) }
        #expect(error.message.contains("level3"))
    }
}
