import Foundation
import GongkaiMessages
import GongkaiRendering

/// What a set of reference pages was made with: resolution, page count and every font's checksum, so
/// that a font change is reported as such, not as a wall of pixel differences.
public struct SnapshotManifest: Codable, Hashable, Sendable {
    public struct Font: Codable, Hashable, Sendable {
        /// The file's name (not its folder, which differs between machines).
        public var file: String
        public var bytes: Int
        public var sha256: String
    }

    public var dpi: Double
    public var pages: Int
    public var fonts: [Font]

    public init(dpi: Double, pages: Int, fontFiles: [String]) throws {
        self.dpi = dpi
        self.pages = pages
        fonts = try fontFiles.map(FontChecksums.shared.font).sorted { $0.file < $1.file }
    }

    /// Differences in fonts between `self` (the reference) and `other`, in words.
    public func fontDifferences(to other: SnapshotManifest) -> [LocalizedText] {
        let old = Dictionary(fonts.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(other.fonts.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        var differences: [LocalizedText] = []
        for file in Set(old.keys).union(new.keys).sorted() {
            switch (old[file], new[file]) {
            case (nil, _?): differences.append(SnapshotMessages.fontNew(file))
            case (_?, nil): differences.append(SnapshotMessages.fontGone(file))
            case let (a?, b?) where a.sha256 != b.sha256:
                differences.append(SnapshotMessages.fontChanged(file, String(a.sha256.prefix(12)), String(b.sha256.prefix(12))))
            default: break
            }
        }
        return differences
    }

    static let fileName = "manifest.json"

    func write(to directory: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: directory).appendingPathComponent(Self.fileName))
    }

    static func read(from directory: String) throws -> SnapshotManifest? {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try JSONDecoder().decode(SnapshotManifest.self, from: Data(contentsOf: url))
    }
}

/// Font checksums, computed once per file and process: the CJK font files are close to 100 MB, and a
/// test run records and verifies many snapshots. A file whose size or modification time changed is read
/// again.
final class FontChecksums: @unchecked Sendable {
    static let shared = FontChecksums()

    private struct Key: Hashable {
        var path: String
        var size: Int
        var modified: Date
    }

    private let lock = NSLock()
    private var fonts: [Key: SnapshotManifest.Font] = [:]

    func font(_ path: String) throws -> SnapshotManifest.Font {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let key = Key(
            path: path, size: (attributes[.size] as? Int) ?? -1, modified: (attributes[.modificationDate] as? Date) ?? .distantPast)
        if let font = lock.withLock({ fonts[key] }) { return font }
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        let digest = Checksum.sha256(data)
        let font = SnapshotManifest.Font(file: (path as NSString).lastPathComponent, bytes: data.count, sha256: digest)
        lock.withLock { fonts[key] = font }
        return font
    }
}
