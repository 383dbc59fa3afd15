import Foundation
import GongkaiImport

/// The rows of a code list file. A list as shipped (UTF-8, no quotes, LF line ends) is split by a reader of
/// its own, without `CSVTable`'s general machinery: every layout load reads all the lists. Anything else
/// (GBK, quoted cells, CR line ends, a file that cannot be opened or is large) goes to `CSVTable`, which
/// also gives the errors, so rows and messages are the same either way.
enum CodeListFile {
    /// Files larger than this are left to `CSVTable` and its size check; the lists are a few kilobytes.
    private static let simpleSizeLimit = 1 << 20

    /// The file's rows, each a list of cells as written (untrimmed).
    static func rows(of path: String) throws -> [[String]] {
        if let text = simpleText(of: path) { return rows(ofSimple: text) }
        return try CSVTable(contentsOf: URL(fileURLWithPath: path)).rows
    }

    /// The file's text when it is small UTF-8 without quotes or carriage returns; nil otherwise.
    private static func simpleText(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size <= simpleSizeLimit else {
            return nil
        }
        let size = Int(status.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, size) }
        guard count == size else { return nil }
        // A byte-order mark is dropped, as `TextDecoding` does.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard !bytes.contains(UInt8(ascii: "\"")), !bytes.contains(UInt8(ascii: "\r")),
            String(validating: bytes, as: UTF8.self) != nil
        else { return nil }
        return bytes
    }

    /// Lines split at LF and cells at commas, as `CSVTable` splits text without quotes or CRs: a final line
    /// break starts no row, a blank line is a row of one empty cell.
    private static func rows(ofSimple bytes: [UInt8]) -> [[String]] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { line in
            line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
    }
}
