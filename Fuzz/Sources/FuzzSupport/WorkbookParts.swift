import Foundation
import ZIPFoundation

/// A workbook written as text, part by part, so that the fuzzer mutates the XML the workbook reader parses
/// rather than compressed bytes whose checksum would fail first:
///
/// ```
/// === xl/workbook.xml
/// <workbook …>…</workbook>
/// === xl/_rels/workbook.xml.rels
/// …
/// ```
///
/// A line starting with `=== ` names the part that the following bytes (up to the next such line) hold.
/// An input that starts with `PK` is taken as a zip archive as it is, so real .xlsx files are inputs too.
public enum WorkbookParts {
    /// The marker that starts a part's line.
    static let marker = Array("=== ".utf8)

    /// The parts of `input`, in order: each part's path and bytes. Bytes before the first marker are ignored.
    public static func parts(of input: Data) -> [(path: String, data: Data)] {
        let bytes = [UInt8](input)
        var starts: [Int] = []
        var index = 0
        while index + marker.count <= bytes.count {
            if (index == 0 || bytes[index - 1] == UInt8(ascii: "\n")) && bytes[index..<(index + marker.count)].elementsEqual(marker) {
                starts.append(index)
                index += marker.count
            } else {
                index += 1
            }
        }
        return starts.indices.map { n in
            let nameStart = starts[n] + marker.count
            let end = n + 1 < starts.count ? starts[n + 1] - 1 : bytes.count
            let nameEnd = bytes[nameStart..<max(nameStart, end)].firstIndex(of: UInt8(ascii: "\n")) ?? max(nameStart, end)
            let path = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
            let contentStart = min(nameEnd + 1, max(nameStart, end))
            return (path, Data(bytes[contentStart..<max(contentStart, end)]))
        }
    }

    /// The bytes of the .xlsx file for `input`: the input itself when it is a zip archive, else a zip of its
    /// parts, stored uncompressed; nil if ZIPFoundation refuses a part (an empty or odd path).
    public static func archive(for input: Data) -> Data? {
        if input.starts(with: Array("PK".utf8)) { return input }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, data) in parts(of: input) where !path.isEmpty {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none,
                    provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) })
            }
            return archive.data
        } catch {
            return nil
        }
    }
}
