import Foundation

/// Whether a path stays inside given folders once "..", "." and symbolic links are resolved: a department
/// file names its exports, and must not be able to read anything else on the machine by naming it.
enum ConfinedPath {
    static func isInside(_ path: String, anyOf roots: [String]) -> Bool {
        let resolved = real(path)
        return roots.contains { root in
            let folder = real(root)
            return resolved == folder || resolved.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }
    }

    /// The path with its symbolic links resolved (`realpath`); for a file that does not exist, its folder
    /// resolved and its name appended, so that "../missing.csv" is still judged by where it points.
    static func real(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if let resolved = realpath(absolute, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let parent = (absolute as NSString).deletingLastPathComponent
        guard parent != absolute else { return absolute }
        return (real(parent) as NSString).appendingPathComponent((absolute as NSString).lastPathComponent)
    }
}
