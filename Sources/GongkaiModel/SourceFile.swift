import Foundation
import GongkaiImport

/// A department file's bytes and text, with errors that say what is wrong with the file and what to do.
enum SourceFile {
    /// The bytes of the file at `path`, at most `limit` of them.
    static func contents(of path: String, limit: Int) throws -> Data {
        func failure(_ message: String) -> DataError {
            DataError(.unreadable, file: path, location: nil, fieldPath: "", message: message)
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw failure(errno == ENOENT ? "no such file" : "cannot read the file (\(String(cString: strerror(errno))))")
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw failure("is a folder, not a department file") }
        if (status.st_mode & S_IFMT) != S_IFREG { throw failure("is not a regular file") }
        if Int(status.st_size) > limit {
            throw failure("the file has \(Int(status.st_size)) bytes, more than the limit of \(limit) for a department file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw failure("cannot read the file (\(String(cString: strerror(errno))))")
        }
        defer { try? handle.close() }
        // Read up to one byte past the limit: a file that grew since stat is still refused.
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        if data.count > limit { throw failure("the file has more than \(limit) bytes, the limit for a department file") }
        return data
    }

    /// `data` as UTF-8 text, or an error naming the first byte that is not UTF-8, its line, and the likely
    /// reason: a GBK (GB18030) file, or a file cut short.
    static func text(of data: Data, file: String) throws -> String {
        guard let offset = TextDecoding.firstInvalidUTF8Offset(in: data) else { return String(decoding: data, as: UTF8.self) }
        let line = data[..<(data.startIndex + offset)].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let byte = data[data.startIndex + offset]
        let reason: String
        if data.count - offset < 4, byte >= 0xC2 {
            reason = "the file ends in the middle of a character: it may have been cut short; save it again"
        } else if (try? TextDecoding.decode(data, as: .gb18030, file: file)) != nil {
            reason = "it looks like GBK (GB18030) text: save it as UTF-8 (in Notepad or WPS: Save As, encoding UTF-8)"
        } else {
            reason = "save it as UTF-8 text"
        }
        let hex = String(byte, radix: 16, uppercase: true)
        throw DataError(
            .unreadable, file: file, location: SourceLocation(file: file, line: line, column: 1), fieldPath: "",
            message: "the file is not UTF-8 text (byte \(offset + 1), 0x\(hex), is not): \(reason)")
    }
}
