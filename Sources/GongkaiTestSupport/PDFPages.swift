import Foundation

/// A PDF's pages as qpdf reads them, for tests: each page's MediaBox, /Rotate and decoded content stream,
/// and where pdftotext finds each word.
public struct PDFPage: Sendable {
    /// The MediaBox's four numbers, separated by spaces ("0 0 595.276 841.89").
    public var mediaBox: String
    /// The page's /Rotate, if it has one.
    public var rotate: String?
    /// The page's content streams, decoded and joined.
    public var content: String

    /// The pages of `pdf`, in order.
    public static func pages(of pdf: String) throws -> [PDFPage] {
        let output = try ProgramOutput.tool(
            "qpdf", ["--json=2", "--json-key=pages", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", pdf])
        guard let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any],
            let pages = json["pages"] as? [[String: Any]], let qpdf = json["qpdf"] as? [Any],
            let objects = qpdf.last as? [String: Any]
        else { throw CocoaError(.fileReadCorruptFile) }
        return pages.map { page in
            let object = (objects["obj:\(page["object"] as? String ?? "")"] as? [String: Any])?["value"] as? [String: Any]
            let box = (object?["/MediaBox"] as? [Any])?.map { "\($0)" }.joined(separator: " ") ?? ""
            let contents = (page["contents"] as? [String]) ?? []
            let content = contents.compactMap { reference -> String? in
                let stream = (objects["obj:\(reference)"] as? [String: Any])?["stream"] as? [String: Any]
                return (stream?["data"] as? String).flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) }
            }.joined()
            return PDFPage(mediaBox: box, rotate: object?["/Rotate"].map { "\($0)" }, content: content)
        }
    }
}

/// A word pdftotext finds on a page, with its box in points from the page's top-left corner.
public struct PDFWord: Sendable {
    public var text: String
    public var xMin: Double
    public var yMin: Double
    public var xMax: Double
    public var yMax: Double

    /// The words of page `page` (1-based) of `pdf`.
    public static func words(of pdf: String, page: Int) throws -> [PDFWord] {
        let output = try ProgramOutput.tool("pdftotext", ["-bbox", "-f", "\(page)", "-l", "\(page)", pdf, "-"]).stdout
        var words: [PDFWord] = []
        for line in output.split(separator: "\n") where line.contains("<word ") {
            func value(_ name: String) -> Double? {
                guard let start = line.range(of: "\(name)=\"") else { return nil }
                return Double(line[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let open = line.range(of: "\">"), let close = line.range(of: "</word>"), let xMin = value("xMin"),
                let yMin = value("yMin"), let xMax = value("xMax"), let yMax = value("yMax")
            else { continue }
            words.append(PDFWord(text: String(line[open.upperBound..<close.lowerBound]), xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax))
        }
        return words
    }
}
