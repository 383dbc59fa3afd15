import GongkaiLayout
import GongkaiMessages
import GongkaiModel
import GongkaiRendering
import GongkaiTypesetting

/// The catalogue of what a batch says about a department it could not render, in the user's language
/// (`Language.current`: the report is written for the person who runs the batch).
enum BatchMessages {
    static func say(_ text: LocalizedText) -> String { text.text(in: .current) }

    /// An error in the user's language: the project's errors from their catalogues, others in their own words.
    static func say(_ error: Error) -> String {
        switch error {
        case let error as DataError: error.description(in: .current)
        case let error as LayoutError: error.description(in: .current)
        case let error as TypesettingError: say(error.text)
        case let error as RenderingError: say(error.text)
        case let error as AtomicFile.Failure: say(error.text)
        default: "\(error)"
        }
    }

    static func workerCouldNotStart(_ detail: String?) -> String {
        say(LocalizedText(
            "the worker process could not start" + (detail.map { ": \($0)" } ?? ""),
            zh: "工作进程无法启动" + (detail.map { "：\($0)" } ?? "")))
    }
    static let notRendered = LocalizedText("not rendered: the worker could not start", zh: "未排版：工作进程无法启动")
    static func timedOut(_ seconds: Int) -> String {
        say(LocalizedText("rendering took longer than \(seconds) s and was stopped", zh: "排版超过 \(seconds) 秒，已停止"))
    }
    static func crashed(signal: Int32, name: String, said: String) -> String {
        say(LocalizedText(
            "rendering this department crashed the renderer (signal \(signal), \(name))\(said)",
            zh: "排版此部门时排版进程崩溃（信号 \(signal)，\(name)）\(said)"))
    }
    static func exited(status: Int32, said: String) -> String {
        say(LocalizedText(
            "the renderer exited with status \(status) while rendering this department\(said)",
            zh: "排版此部门时排版进程退出，状态码 \(status)\(said)"))
    }
    static func noLayout(_ input: String) -> String { say(LocalizedText("no layout found for \(input)", zh: "找不到 \(input) 的版式")) }
}
