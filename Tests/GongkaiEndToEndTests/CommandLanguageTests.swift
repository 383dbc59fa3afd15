import Foundation
import Testing

/// The command line speaks Chinese when the locale is Chinese and English otherwise: errors with file, line
/// and field, findings, progress and `--help`; and it tells its version.
@Suite struct CommandLanguageTests {
    static let chinese = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"]
    static let english = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"]

    /// The sample with one amount that is not a number; the file and its line.
    static func broken() throws -> (path: String, line: Int) {
        let directory = try Support.temporaryDirectory()
        let path = try Support.sampleVariant(replacing: "general_budget: 273.87", with: "general_budget: 二七三", in: directory, name: "broken.yaml")
        let line = try #require(try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n").firstIndex { $0.contains("二七三") }) + 1
        return (path, line)
    }

    @Test func renderReportsABrokenFileInTheUsersLanguage() throws {
        let (path, line) = try Self.broken()
        let zh = try Support.run(Support.gongkai, ["render", path, "--layout", Support.layout], environment: Self.chinese)
        #expect(zh.status == 1)
        #expect(zh.stderr.contains("错误: \(path):\(line):"), "\(zh.stderr)")
        #expect(zh.stderr.contains("budget.income.general_budget（一般公共预算收入）: 应为金额"), "\(zh.stderr)")
        let en = try Support.run(Support.gongkai, ["render", path, "--layout", Support.layout], environment: Self.english)
        #expect(en.status == 1)
        #expect(en.stderr.contains("error: \(path):\(line):"), "\(en.stderr)")
        #expect(en.stderr.contains("budget.income.general_budget: expected an amount"), "\(en.stderr)")
    }

    @Test func aBackendErrorIsInTheUsersLanguage() throws {
        let directory = try Support.temporaryDirectory()
        let fonts = (directory as NSString).appendingPathComponent("absent.conf")
        let arguments = ["render", Support.sample, "-o", (directory as NSString).appendingPathComponent("x.pdf"), "--layout", Support.layout, "--fonts", fonts]
        let zh = try Support.run(Support.gongkai, arguments, environment: Self.chinese)
        #expect(zh.status == 1 && zh.stderr.contains("错误: 无法加载字体配置 \(fonts)"), "\(zh.stderr)")
        let en = try Support.run(Support.gongkai, arguments, environment: Self.english)
        #expect(en.status == 1 && en.stderr.contains("error: cannot load the font configuration \(fonts)"), "\(en.stderr)")
    }

    @Test func checkReportsFindingsInTheUsersLanguage() throws {
        let directory = try Support.temporaryDirectory()
        let path = try Support.sampleVariant(with: "我部门无其他需要说明的事项。待补充", in: directory, name: "todo.yaml")
        let zh = try Support.run(Support.gongkai, ["check", path, "--layout", Support.layout], environment: Self.chinese)
        #expect(zh.stdout.contains("错误: other_matters（其他需要说明的事项）: 含有占位符“待补充”"), "\(zh.stdout)")
        #expect(zh.stdout.contains("警告: performance.matrix（部门职责-工作活动绩效目标）: 绩效目标表的年度预算数合计"), "\(zh.stdout)")
        #expect(zh.stdout.contains("1 个文件中有 1 处错误、1 处警告"), "\(zh.stdout)")
        let en = try Support.run(Support.gongkai, ["check", path, "--layout", Support.layout], environment: Self.english)
        #expect(en.stdout.contains("error: other_matters: contains the placeholder \"待补充\""), "\(en.stdout)")
        #expect(en.stdout.contains("1 error, 1 warning in 1 file"), "\(en.stdout)")
    }

    @Test func batchProgressIsInTheUsersLanguage() throws {
        let directory = try Support.temporaryDirectory()
        let (path, _) = try Self.broken()
        let output = (directory as NSString).appendingPathComponent("out")
        let zh = try Support.run(
            Support.gongkai, ["batch", path, "-o", output, "--layout", Support.layout, "--in-process"], environment: Self.chinese)
        #expect(zh.stderr.contains("1/1 失败 \(path)"), "\(zh.stderr)")
        #expect(zh.stdout.contains("已排版"), "\(zh.stdout)")
        let en = try Support.run(
            Support.gongkai, ["batch", path, "-o", output, "--layout", Support.layout, "--in-process"], environment: Self.english)
        #expect(en.stderr.contains("1/1 failed \(path)"), "\(en.stderr)")
    }

    @Test func helpIsInTheUsersLanguage() throws {
        let zh = try Support.run(Support.gongkai, ["render", "--help"], environment: Self.chinese)
        #expect(zh.stdout.contains("将一个部门的 YAML 数据文件排版为 PDF。"), "\(zh.stdout)")
        #expect(zh.stdout.contains("同时将每页输出为 PNG"), "\(zh.stdout)")
        #expect(zh.stdout.contains("选项：") && zh.stdout.contains("显示帮助信息。") && zh.stdout.contains("（默认：80.0）"), "\(zh.stdout)")
        let en = try Support.run(Support.gongkai, ["render", "--help"], environment: Self.english)
        #expect(en.stdout.contains("Render one department's YAML file to PDF."), "\(en.stdout)")
        #expect(en.stdout.contains("OPTIONS:") && en.stdout.contains("(default: 80.0)"), "\(en.stdout)")
        // A usage error, in the parser's words and ours.
        let missing = try Support.run(Support.gongkai, ["render"], environment: Self.chinese)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("错误：缺少参数 '<input>'") && missing.stderr.contains("部门数据文件（YAML）"), "\(missing.stderr)")
        let englishMissing = try Support.run(Support.gongkai, ["render"], environment: Self.english)
        #expect(englishMissing.stderr.contains("Error: Missing expected argument '<input>'"), "\(englishMissing.stderr)")
        let new = try Support.run(Support.gongkai, ["new", "--help"], environment: Self.chinese)
        #expect(new.stdout.contains("预算管理一体化系统导出的工作簿"), "\(new.stdout)")
    }

    @Test func versionIsPrinted() throws {
        let result = try Support.run(Support.gongkai, ["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3, "\(result.stdout)")
    }
}
