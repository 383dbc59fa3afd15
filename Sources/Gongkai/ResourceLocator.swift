import Foundation

/// Finds the project's layouts and font configuration for a command-line run.
public enum ResourceLocator {
    /// The folders to search, nearest first: those given, the working directory, and the folders above
    /// the executable (a build tree or an installed `share/gongkai`).
    static func roots(startingAt start: String?) -> [String] {
        var roots: [String] = []
        func addAncestors(of path: String) {
            var url = URL(fileURLWithPath: path).standardizedFileURL
            for _ in 0..<8 {
                roots.append(url.path)
                let parent = url.deletingLastPathComponent()
                if parent.path == url.path { break }
                url = parent
            }
        }
        if let home = ProcessInfo.processInfo.environment["GONGKAI_HOME"] { roots.append(home) }
        if let start { addAncestors(of: start) }
        addAncestors(of: FileManager.default.currentDirectoryPath)
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            addAncestors(of: executable.deletingLastPathComponent().path)
            roots.append(executable.deletingLastPathComponent().appendingPathComponent("../share/gongkai").standardized.path)
        }
        return roots
    }

    /// The layout for an input file: the nearest folder above it with a `layout.yaml` (a sample inside
    /// its layout), else `Layouts/<name>` in the usual places.
    public static func layout(named name: String = "department-budget", forInput input: String?) -> String? {
        let manager = FileManager.default
        if let input {
            var url = URL(fileURLWithPath: input).standardizedFileURL.deletingLastPathComponent()
            for _ in 0..<4 {
                if manager.fileExists(atPath: url.appendingPathComponent("layout.yaml").path) { return url.path }
                url = url.deletingLastPathComponent()
            }
        }
        for root in roots(startingAt: nil) {
            let candidate = (root as NSString).appendingPathComponent("Layouts/\(name)")
            if manager.fileExists(atPath: (candidate as NSString).appendingPathComponent("layout.yaml")) { return candidate }
        }
        return nil
    }

    /// `Fonts/fonts.conf`: `GONGKAI_FONTS` if set, else the nearest above the layout or in the usual places.
    public static func fontConfiguration(near layout: String?) -> String? {
        if let explicit = ProcessInfo.processInfo.environment["GONGKAI_FONTS"] { return explicit }
        for root in roots(startingAt: layout) {
            let candidate = (root as NSString).appendingPathComponent("Fonts/fonts.conf")
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }
}
