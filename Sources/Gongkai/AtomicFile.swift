import Foundation
import GongkaiMessages

/// Writes files so that readers see either the old file or the complete new one, never a part.
package enum AtomicFile {
    /// A file that could not be written, and why, in words.
    package struct Failure: Error, CustomStringConvertible {
        package var path: String
        package var reason: LocalizedText
        package var description: String { text.english }
        /// The message in each language.
        package var text: LocalizedText { LocalizedText("cannot write \(path): ", zh: "无法写入 \(path)：") + reason }
    }

    /// Calls `write` with a temporary path in the same folder as `path` (created if missing), then renames
    /// it over `path`. On failure the temporary file is removed and `path` is left as it was.
    package static func write(to path: String, _ write: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        do {
            try makeFolder(directory, for: "it")
        } catch let failure as Failure {
            throw Failure(path: path, reason: failure.reason)
        }
        let temporary = (directory as NSString).appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try write(temporary)
            guard rename(temporary, path) == 0 else {
                throw Failure(path: path, reason: LocalizedText(verbatim: String(cString: strerror(errno))))
            }
        } catch let error as CocoaError {
            unlink(temporary)
            throw Failure(path: path, reason: LocalizedText(verbatim: reason(error)))
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Makes the folder `path` (and the folders it is in) unless it exists; `purpose` says what it is for in
    /// the error ("PNG pages").
    package static func makeFolder(_ path: String, for purpose: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Failure(path: path, reason: LocalizedText(
                    "it is a file, and a folder is needed for \(purpose)", zh: "这是一个文件，而\(chinese(purpose))需要一个文件夹"))
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch let error as CocoaError {
            throw Failure(path: path, reason: LocalizedText(
                "the folder for \(purpose) cannot be made (\(reason(error)))", zh: "无法建立\(chinese(purpose))的文件夹（\(reason(error))）"))
        }
    }

    /// What a folder is for, in Chinese.
    private static func chinese(_ purpose: String) -> String {
        ["PNG pages": "PNG 页面", "it": "该文件"][purpose] ?? purpose
    }

    /// What the system said, in its words (strerror), rather than Foundation's wrapping of it.
    private static func reason(_ error: CocoaError) -> String {
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }

    /// Removes the temporary files in `directory` that a process which no longer runs left behind (it was
    /// killed while writing): `.<name>.<pid>.<number>.tmp`, as `write` makes them.
    package static func removeAbandoned(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.split(separator: ".")
            guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]), pid > 0 else { continue }
            // kill with signal 0 only asks whether the process exists.
            if kill(pid, 0) != 0, errno == ESRCH {
                unlink((directory as NSString).appendingPathComponent(name))
            }
        }
    }
}
