import Foundation

/// One department to render in a batch.
public struct BatchJob: Hashable, Sendable {
    /// The department's data file.
    public var input: String
    /// The layout folder, or nil for the one the input sits in (else Layouts/department-budget).
    public var layout: String?
    /// Code and name for the output's file name when a manifest gives them (else the data's own).
    public var code: String?
    public var name: String?

    /// The layout folder to use: the one given, else the one found for the input.
    public var layoutPath: String? { layout ?? ResourceLocator.layout(forInput: input) }

    public init(input: String, layout: String? = nil, code: String? = nil, name: String? = nil) {
        self.input = input
        self.layout = layout
        self.code = code
        self.name = name
    }
}

/// How one department fared.
public struct BatchResult: Hashable, Sendable, Encodable {
    public enum Status: String, Sendable, Encodable { case rendered, failed }

    public var input: String
    public var code: String?
    public var name: String?
    public var output: String?
    public var status: Status
    public var pages: Int
    public var warnings: [String]
    public var errors: [String]
    public var milliseconds: Int
}

/// Picks `index` of `count` shards of the jobs, deterministically: jobs sorted by input path, every
/// `count`-th one from `index` (1-based), so that shards 1…N of the same inputs cover each job exactly once,
/// on any machine, with no coordinator.
public func shard(_ jobs: [BatchJob], index: Int, of count: Int) -> [BatchJob] {
    precondition(count > 0 && (1...count).contains(index), "shard \(index)/\(count)")
    let sorted = jobs.sorted { $0.input < $1.input }
    return sorted.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
}

/// File names for outputs: `<code>-<name>.pdf`, with anything that could leave the output folder or
/// confuse a file system replaced ("/", "\\", "..", control characters, leading dots), and long names cut.
public enum OutputName {
    public static func sanitized(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.value == 0x7F }) {
                continue
            }
            result.append("/\\:*?\"<>|".contains(character) ? "_" : character)
        }
        while result.contains("..") { result = result.replacingOccurrences(of: "..", with: "_") }
        result = result.trimmingCharacters(in: .whitespaces)
        while result.hasPrefix(".") || result.hasPrefix("-") { result.removeFirst() }
        if result.utf8.count > 180 { result = String(result.prefix(60)) }
        return result.isEmpty ? "department" : result
    }

    /// Unique names in a folder: a name given twice gets "-2", "-3" ….
    public static func unique(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            let count = (seen[name] ?? 0) + 1
            seen[name] = count
            return count == 1 ? name : "\(name)-\(count)"
        }
    }
}
