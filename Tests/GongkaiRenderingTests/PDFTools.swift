import Foundation
@testable import GongkaiRendering
import GongkaiTestSupport
import GongkaiTypesetting
import Testing

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

    /// Writes `document` with Gongkai's writer, or with Cairo's PDF surface, into a temporary file named
    /// after `name`, and checks it with qpdf; returns its path.
    static func write(_ document: TypesetDocument, with renderer: PageRenderer, cairo: Bool, name: String) throws -> String {
        let path = temporaryPath("\(name)-\(cairo ? "cairo" : "writer").pdf")
        if cairo {
            try renderer.writeWithCairo(document, to: path, creationDate: "2024-01-01T00:00:00Z", frontMatterPages: 0)
        } else {
            try renderer.writePDF(document, to: path, creationDate: "2024-01-01T00:00:00Z")
        }
        #expect(try run("qpdf", ["--check", path]).status == 0)
        return path
    }
}
