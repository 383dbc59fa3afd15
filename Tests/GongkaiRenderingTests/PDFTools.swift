import Foundation
import GongkaiTestSupport

/// Command-line PDF tools for checking what the writer produces.
enum PDFTools {
    static func run(_ tool: String, _ arguments: [String]) throws -> ProgramOutput {
        try ProgramOutput.tool(tool, arguments)
    }

    /// Every object of `pdf` as qpdf reads it ("obj:7 0 R" → its JSON value), streams with their decoded data.
    static func objects(of pdf: String) throws -> [String: String] {
        let output = try run("qpdf", ["--json", "--json-key=qpdf", "--json-stream-data=inline", pdf])
        guard output.status == 0, let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any],
            let qpdf = json["qpdf"] as? [Any], let table = qpdf.last as? [String: Any]
        else { throw CocoaError(.fileReadCorruptFile) }
        var objects: [String: String] = [:]
        for (key, value) in table where key.hasPrefix("obj:") {
            let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
            objects[key] = String(decoding: data, as: UTF8.self)
        }
        return objects
    }

    /// A fresh file path in the temporary folder.
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-rendering-\(UUID().uuidString)-\(name)").path
    }
}
