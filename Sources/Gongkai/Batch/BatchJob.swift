import Foundation
import GongkaiModel

/// One department to render in a batch.
public struct BatchJob: Hashable, Sendable, Codable {
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
public struct BatchResult: Hashable, Sendable, Codable {
    public enum Status: String, Sendable, Codable { case rendered, failed }

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

/// File names for outputs: `<code>-<name>-<year>.pdf`, with anything that could leave the output folder or
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

    /// The output names of a batch's jobs, decided before any is rendered: `<code>-<name>-<year>` from the
    /// manifest's code and name or the department file's own, and its year, so that the same department in two
    /// years gets two files; names still alike are numbered. A file that cannot be read is named after itself
    /// (it will fail, reported with its error).
    public static func forBatch(_ jobs: [BatchJob], jobs workers: Int) -> [String] {
        let identities = IdentityReader.read(jobs.map(\.input), workers: workers)
        return unique(zip(jobs, identities).map { job, identity in
            guard let identity else {
                return sanitized(((job.input as NSString).lastPathComponent as NSString).deletingPathExtension)
            }
            return sanitized([job.code ?? identity.code, job.name ?? identity.name, String(identity.year)].joined(separator: "-"))
        })
    }

    /// Unique names in a folder: a name given twice gets "-2", "-3" ….
    public static func unique(_ names: [String]) -> [String] {
        // A number given to one name must not make it equal another one ("a-2" given, "a" twice).
        var taken = Set(names)
        var seen: Set<String> = []
        return names.map { name in
            guard seen.contains(name) else {
                seen.insert(name)
                return name
            }
            var count = 2
            while taken.contains("\(name)-\(count)") { count += 1 }
            let numbered = "\(name)-\(count)"
            taken.insert(numbered)
            seen.insert(numbered)
            return numbered
        }
    }
}

/// Reads the code, name and year of many department files at once, on `workers` threads.
private enum IdentityReader {
    static func read(_ paths: [String], workers: Int) -> [DepartmentIdentity?] {
        let results = IdentityResults(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: min(max(workers, 1), max(paths.count, 1))) { worker in
            var index = worker
            while index < paths.count {
                results.set(index, DisclosureLoader.identity(contentsOf: paths[index]))
                index += max(workers, 1)
            }
        }
        return results.values
    }
}

private final class IdentityResults: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [DepartmentIdentity?]
    init(count: Int) { stored = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: DepartmentIdentity?) { lock.withLock { stored[index] = value } }
    var values: [DepartmentIdentity?] { lock.withLock { stored } }
}
