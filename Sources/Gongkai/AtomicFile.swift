import Foundation

/// Writes files so that readers see either the old file or the complete new one, never a part.
package enum AtomicFile {
    /// Calls `write` with a temporary path in the same folder as `path`, then renames it over `path`.
    /// On failure the temporary file is removed and `path` is left as it was.
    package static func write(to path: String, _ write: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = (directory as NSString).appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try write(temporary)
            guard rename(temporary, path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
