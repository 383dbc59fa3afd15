import Foundation
import GongkaiImport
import GongkaiMessages

/// A department file's bytes and text, with errors that say what is wrong with the file and what to do.
enum SourceFile {
    /// The bytes of the file at `path`, at most `limit` of them.
    static func contents(of path: String, limit: Int) throws -> Data {
        func failure(_ text: LocalizedText) -> DataError {
            DataError(.unreadable, file: path, location: nil, fieldPath: "", text: text)
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw failure(errno == ENOENT ? ModelMessages.noSuchFile : ModelMessages.cannotRead(String(cString: strerror(errno))))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw failure(ModelMessages.isFolder) }
        if (status.st_mode & S_IFMT) != S_IFREG { throw failure(ModelMessages.notRegularFile) }
        if Int(status.st_size) > limit {
            throw failure(ModelMessages.fileTooLarge(bytes: Int(status.st_size), limit: limit))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw failure(ModelMessages.cannotRead(String(cString: strerror(errno))))
        }
        defer { try? handle.close() }
        // Read up to one byte past the limit: a file that grew since stat is still refused.
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        if data.count > limit { throw failure(ModelMessages.fileGrewTooLarge(limit: limit)) }
        return data
    }

    /// `data` as UTF-8 text, or an error naming the first byte that is not UTF-8, its line, and the likely
    /// reason: a GBK (GB18030) file, or a file cut short.
    static func text(of data: Data, file: String) throws -> String {
        guard let offset = TextDecoding.firstInvalidUTF8Offset(in: data) else { return String(decoding: data, as: UTF8.self) }
        let line = data[..<(data.startIndex + offset)].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let byte = data[data.startIndex + offset]
        let reason: ModelMessages.NotUTF8
        if data.count - offset < 4, byte >= 0xC2 {
            reason = .cutShort
        } else if (try? TextDecoding.decode(data, as: .gb18030, file: file)) != nil {
            reason = .gbk
        } else {
            reason = .other
        }
        let hex = String(byte, radix: 16, uppercase: true)
        throw DataError(
            .unreadable, file: file, location: SourceLocation(file: file, line: line, column: 1), fieldPath: "",
            text: ModelMessages.notUTF8(byte: offset + 1, hex: hex, reason))
    }
}
