import Foundation
import Gongkai

/// The catalogue of what the command line says: help, progress, summaries and its own errors, in the language
/// of the user's locale (`Language.current`). swift-argument-parser builds help from these when it asks for
/// a command's configuration and arguments, so `--help` is in that language too.
enum Say {
    static func pick(_ english: String, _ chinese: String) -> String {
        LocalizedText(english, zh: chinese).text(in: .current)
    }

    static func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    // MARK: - gongkai

    static var abstract: String {
        pick("Typesets Chinese department budget disclosures (部门预算信息公开) as print-ready PDF.", "将部门预算信息公开排版为可印刷的 PDF。")
    }
    static var layoutHelp: String {
        pick("The layout folder (default: the one the input sits in, or Layouts/department-budget).",
             "版式文件夹（默认：输入文件所在的版式，或 Layouts/department-budget）。")
    }
    static var fontsHelp: String {
        pick("The fontconfig file to load fonts through (default: Fonts/fonts.conf).", "加载字体所用的 fontconfig 文件（默认：Fonts/fonts.conf）。")
    }
    static var dataRootHelp: String {
        pick("A folder that department files may also read exports (from:) from; by default only their own folder and below.",
             "部门数据文件还可从中读取导出表（from:）的文件夹；默认只读取其所在文件夹及其下级。")
    }
    static var noLayout: String { pick("no layout found; name one with --layout", "找不到版式；请用 --layout 指定") }
    static var noFonts: String { pick("no Fonts/fonts.conf found; name one with --fonts", "找不到 Fonts/fonts.conf；请用 --fonts 指定") }
    static var errorWord: String { pick("error", "错误") }
    static var warningWord: String { pick("warning", "警告") }

    // MARK: - render

    static var renderAbstract: String { pick("Render one department's YAML file to PDF.", "将一个部门的 YAML 数据文件排版为 PDF。") }
    static var inputHelp: String { pick("The department's data file (YAML).", "部门数据文件（YAML）。") }
    static var outputHelp: String {
        pick("The PDF to write (default: <code>-<year>.pdf beside the input).", "输出的 PDF（默认：输入文件旁的 <部门编码>-<年度>.pdf）。")
    }
    static var pngHelp: String { pick("Also write every page as PNG into this folder.", "同时将每页输出为 PNG，写入此文件夹。") }
    static var dpiHelp: String { pick("Resolution of the PNG pages.", "PNG 页面的分辨率。") }
    static var strictRenderHelp: String {
        pick("Refuse to write a PDF when the figures have errors or a character has no font.", "数据有错误或有字符无字体可显示时，不输出 PDF。")
    }
    static var dpiRange: String { pick("--dpi must be between 10 and 1200", "--dpi 须在 10 到 1200 之间") }
    static func figuresHaveErrors(_ input: String, _ count: Int) -> String {
        pick("\(input): \(plural(count, "error")) in the figures (see gongkai check); no PDF written",
             "\(input)：数据有 \(count) 处错误（见 gongkai check）；未输出 PDF")
    }
    static func noFontForCharacters(_ input: String) -> String {
        pick("\(input): no font can draw some of its characters (see above); no PDF written", "\(input)：有字符无字体可显示（见上）；未输出 PDF")
    }
    static func rendered(_ path: String, pages: Int) -> String { pick("\(path): \(pages) pages", "\(path)：共 \(pages) 页") }
    static func pngWritten(_ count: Int, _ folder: String) -> String {
        pick("\(count) PNG pages in \(folder)", "\(count) 页 PNG 已写入 \(folder)")
    }

    // MARK: - check

    static var checkAbstract: String {
        pick("Check departments' figures and text against the disclosure rules.", "按公开规则检查部门的数据和文字。")
    }
    static var checkDiscussion: String {
        pick("Exits 0 when no file has an error (warnings allowed), 1 when any has.", "没有文件有错误时（可有警告）退出码为 0，有错误时为 1。")
    }
    static var inputsHelp: String { pick("Department data files (YAML).", "部门数据文件（YAML）。") }
    static var formatHelp: String { pick("Output format: text or json.", "输出格式：text 或 json。") }
    static func checkSummary(errors: Int, warnings: Int, files: Int) -> String {
        pick("\(plural(errors, "error")), \(plural(warnings, "warning")) in \(plural(files, "file"))",
             "\(files) 个文件中有 \(errors) 处错误、\(warnings) 处警告")
    }
    static func toFill(_ count: Int) -> String {
        pick("\(count) field\(count == 1 ? "" : "s") still to be filled (待填写):", "尚待填写的字段 \(count) 处：")
    }

    // MARK: - batch

    static var batchAbstract: String { pick("Render many departments at once, on every core.", "在所有处理器核上批量排版多个部门。") }
    static var batchDiscussion: String {
        pick("""
            INPUTS are department files, folders of them (*.yaml), or manifests (YAML with `departments:`, or CSV \
            with columns code, name, input). Writes one PDF per department and OUTDIR/report.json; exits 1 when \
            any department failed. --shard K/N renders the K-th of N deterministic shares of the inputs, so that \
            job arrays (Kubernetes indexed jobs, Slurm arrays, GNU parallel) split a province with no coordinator.
            """, """
            INPUTS 是部门数据文件、存放它们的文件夹（*.yaml）或清单（含 `departments:` 的 YAML，或有 code、name、input \
            三列的 CSV）。每个部门输出一个 PDF，并写出 OUTDIR/report.json；有部门失败时退出码为 1。--shard K/N 只排版输入的 \
            N 个确定份额中的第 K 份，供任务数组（Kubernetes、Slurm、GNU parallel）无需协调地分担一个省的部门。
            """)
    }
    static var batchInputsHelp: String { pick("Department files, folders or manifests.", "部门数据文件、文件夹或清单。") }
    static var batchOutputHelp: String { pick("The folder to write the PDFs and report.json into.", "写入 PDF 和 report.json 的文件夹。") }
    static var jobsHelp: String { pick("Worker threads (default: one per core).", "工作线程数（默认：每核一个）。") }
    static var shardHelp: String { pick("Render only share K of N, e.g. 2/8.", "只排版 N 份中的第 K 份，如 2/8。") }
    static var strictBatchHelp: String { pick("Refuse departments whose figures have errors.", "不排版数据有错误的部门。") }
    static var volumeHelp: String {
        pick("Also write one combined PDF (汇编) of all rendered departments, with a cover and contents.", "另输出一册汇编 PDF（含封面和目录），收录所有排版成功的部门。")
    }
    static var volumeTitleHelp: String { pick("The volume's title (default: <year>年部门预算信息公开汇编).", "汇编标题（默认：<年度>年部门预算信息公开汇编）。") }
    static var timeoutHelp: String {
        pick("Seconds one department may take before its worker is stopped and it is reported as failed.", "一个部门最多可用的秒数，超时则停止其工作进程并记为失败。")
    }
    static var inProcessHelp: String {
        pick("Render on threads of this process instead of worker processes (faster to start; one department's crash ends the batch).",
             "在本进程的线程中排版，而不用工作进程（启动更快；一个部门崩溃会结束整个批次）。")
    }
    static var jobsAtLeastOne: String { pick("--jobs must be at least 1", "--jobs 至少为 1") }
    static var timeoutPositive: String { pick("--timeout must be a positive number of seconds", "--timeout 须为正的秒数") }
    static var shardForm: String { pick("--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/8", "--shard 的格式为 K/N，1 ≤ K ≤ N，如 2/8") }
    static func volumeWritten(_ path: String, departments: Int) -> String {
        pick("  volume: \(path) (\(departments) departments)", "  汇编：\(path)（\(departments) 个部门）")
    }
    static var summaryHeader: String {
        pick("  rendered   failed    pages   seconds   documents/s", "    已排版     失败     页数      秒数    每秒文档数")
    }
    static func reportAt(_ path: String) -> String { pick("  report: \(path)", "  报告：\(path)") }
    static func progressStatus(_ status: BatchResult.Status) -> String {
        switch status {
        case .rendered: pick("rendered", "已排版")
        case .failed: pick("failed", "失败")
        }
    }

    // MARK: - sample-data, snapshot, new

    static var sampleAbstract: String {
        pick("Write realistic, valid test departments (the same seed gives the same files).", "生成真实可用的测试部门数据（同一种子生成相同文件）。")
    }
    static var countHelp: String { pick("How many departments.", "部门个数。") }
    static var seedHelp: String { pick("The random seed.", "随机种子。") }
    static var yearHelp: String { pick("The budget year.", "预算年度。") }
    static var folderHelp: String { pick("The folder to write into.", "写入的文件夹。") }
    static var countAtLeastOne: String { pick("--count must be at least 1", "--count 至少为 1") }
    static func wroteDepartments(_ count: Int, _ folder: String) -> String {
        pick("wrote \(count) departments to \(folder)", "已生成 \(count) 个部门，写入 \(folder)")
    }
    static var snapshotAbstract: String { pick("Record or verify reference images of every page of a document.", "记录或核对文档每页的参考图像。") }

    static var newAbstract: String {
        pick("Write a new department file, its figures and tables taken from the budget system's exports.",
             "新建部门数据文件，数字和公开表取自预算管理一体化系统的导出。")
    }
    static var newDiscussion: String {
        pick("""
            With --from, the public tables (部门收支总表, “三公”经费支出表, 一般公共预算支出表, 一般公共预算基本支出表, and \
            the 支出表 of other fund sources where there are any) are found in the workbook, or the folder of CSV exports, by their \
            titles and header labels, whatever the sheets' names and order. The file takes every figure the text \
            needs from them and refers to the classified tables; every text the department writes is marked 待填写 \
            with a comment saying what goes there, and gongkai check lists those still to be filled. Without \
            --from, the same file with blank figures.
            """, """
            使用 --from 时，从工作簿（或 CSV 导出文件夹）中按标题和表头找到各公开表（部门收支总表、“三公”经费支出表、\
            一般公共预算支出表、一般公共预算基本支出表，以及其他资金来源的支出表），与工作表的名称和顺序无关。\
            生成的文件从中取出正文所需的全部数字，并引用各明细表；部门自己撰写的文字都标为“待填写”，并附注释说明\
            应填内容，gongkai check 会列出尚未填写的字段。不用 --from 时，生成数字为空的同样文件。
            """)
    }
    static var fromHelp: String {
        pick("The budget system's workbook (.xlsx) or a folder of its CSV exports.", "预算管理一体化系统导出的工作簿（.xlsx）或 CSV 导出文件夹。")
    }
    static var newOutputHelp: String {
        pick("The department file to write (default: <code>-<year>.yaml beside the workbook).", "要写出的部门数据文件（默认：工作簿旁的 <部门编码>-<年度>.yaml）。")
    }
    static var newYearHelp: String {
        pick("The budget year (default: from the workbook's titles, else this year).", "预算年度（默认：取自工作簿的标题，否则为今年）。")
    }
    static var forceHelp: String { pick("Replace the file if it exists.", "文件已存在时覆盖。") }
    static func wouldReplace(_ path: String) -> String {
        pick("\(path) exists; give --force to replace it", "\(path) 已存在；如要覆盖请加 --force")
    }
    static func wroteNew(_ path: String, toFill: Int) -> String {
        pick("wrote \(path); \(toFill) fields marked 待填写 are still to be filled (gongkai check lists them)",
             "已写出 \(path)；还有 \(toFill) 个字段标为“待填写”，需要填写（gongkai check 会列出）")
    }

    static var tablesOfHelp: String {
        pick("Instead, write this department file's public tables as the budget system exports them (an .xlsx workbook).",
             "改为将此部门数据文件的公开表按预算管理一体化系统的导出格式写出（.xlsx 工作簿）。")
    }
    static var csvHelp: String { pick("With --tables-of: a folder of CSV files instead of a workbook.", "与 --tables-of 同用：写出 CSV 文件夹而不是工作簿。") }
    static func wroteTables(_ path: String) -> String { pick("wrote \(path)", "已写出 \(path)") }

    static var snapshotDirHelp: String {
        pick("The folder of reference pages (page-001.png, page-001.txt …, manifest.json).", "参考页面所在的文件夹（page-001.png、page-001.txt……、manifest.json）。")
    }
    static var snapshotDPIHelp: String { pick("Resolution of the reference pages.", "参考页面的分辨率。") }
    static var recordAbstract: String {
        pick("Write the reference pages, an image and a record of what it draws for each (replacing old ones).",
             "写出参考页面：每页一幅图像和一份所绘内容的记录（替换旧的）。")
    }
    static func recorded(_ pages: Int, _ folder: String) -> String {
        pick("recorded \(pages) pages in \(folder)", "已在 \(folder) 中记录 \(pages) 页")
    }
    static var verifyAbstract: String {
        pick("Compare the document's pages with the references; exit 1 on any change.", "将文档各页与参考页面比较；有任何变化时退出码为 1。")
    }
    static var verifyDiscussion: String {
        pick("""
            What each page draws is compared first: any changed text, position or font of a run fails, \
            named with its old and new text. Pixels are then compared within --threshold and --max-share, \
            which are for anti-aliasing noise.
            """, """
            先比较每页所绘的内容：任何一段文字的内容、位置或字体有变化即不通过，并列出新旧文字。\
            再在 --threshold 和 --max-share 的容差内比较像素，这两项容差只用于抗锯齿造成的差异。
            """)
    }
    static var thresholdHelp: String {
        pick("A pixel differs when a channel differs by more than this (0–255); for anti-aliasing noise.", "某通道相差超过此值（0–255）时像素算作不同；用于抗锯齿差异。")
    }
    static var maxShareHelp: String {
        pick("A page differs when more than this share of its pixels differ (0–1).", "不同像素所占比例超过此值（0–1）时页面算作不同。")
    }
    static func pagesMatch(_ pages: Int, _ folder: String) -> String {
        pick("\(pages) pages match \(folder)", "\(pages) 页与 \(folder) 一致")
    }

    static func exportsOutside(_ folder: String) -> String {
        pick("the exports are outside the department file's folder: give --data-root \(folder) to check and render it",
             "导出文件不在部门数据文件所在的文件夹内：检查和排版时请加 --data-root \(folder)")
    }

    /// The argument parser's own words in help and usage errors, in Chinese where the user's language is.
    static func parserText(_ text: String) -> String {
        guard Language.current == .chinese else { return text }
        var result = text
        for (english, chinese) in parserWords { result = result.replacingOccurrences(of: english, with: chinese) }
        for (pattern, template) in parserPatterns {
            result = result.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return result
    }

    static let parserWords: [(String, String)] = [
        ("OVERVIEW: ", "概述："), ("USAGE: ", "用法："), ("ARGUMENTS:", "参数："), ("OPTIONS:", "选项："),
        ("SUBCOMMANDS:", "子命令："), ("Show help information.", "显示帮助信息。"), ("Show the version.", "显示版本号。"),
        ("Show subcommand help information.", "显示子命令的帮助信息。"), ("Error: ", "错误："), ("Usage: ", "用法："),
        ("Missing expected argument ", "缺少参数 "), ("Unknown option ", "未知选项 "), ("Missing value for ", "缺少取值："),
        ("Unexpected argument ", "多余的参数 "), ("(default: ", "（默认："), ("Help:  ", "帮助："),
    ]

    static let parserPatterns: [(String, String)] = [
        ("（默认：([^)]*)\\)", "（默认：$1）"),
        ("See '([^']*)' for detailed help\\.", "详细帮助见 '$1'。"),
        ("See '([^']*)' for more information\\.", "详见 '$1'。"),
    ]
}
