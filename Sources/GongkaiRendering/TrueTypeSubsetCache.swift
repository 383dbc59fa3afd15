import Foundation
import GongkaiPDF

extension TrueTypeSubset {
    /// `face` cut by HarfBuzz to `glyphs`, renumbered from 0, hints removed, with only the tables a PDF
    /// reader needs; nil when `face` has no TrueType outlines or HarfBuzz cannot cut it.
    init?(_ face: HarfBuzzFace, glyphs: Set<UInt32>) {
        guard face.has("glyf"),
            let (bytes, newGlyphs) = HarfBuzzSubset.cut(
                face, glyphs: glyphs, desubroutinize: false,
                dropping: ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "VORG", "vhea", "vmtx", "cmap", "post", "kern", "DSIG"])
        else { return nil }
        self.init(program: bytes, glyphIDs: newGlyphs.compactMapValues { $0 < 1 << 16 ? UInt16($0) : nil })
    }
}

/// The TrueType subsets cut last, by source font and glyph set: documents of a batch set their headings
/// in the same few glyphs of the 楷体 face, and a subset is the same bytes whichever document asks for it,
/// so it is cut once, not once a document (each cut is a whole HarfBuzz subset plan).
///
/// Thread-safe; holds at most `limit` subsets, forgetting the oldest first.
final class TrueTypeSubsetCache: @unchecked Sendable {
    /// The process's cache.
    static let shared = TrueTypeSubsetCache()

    private struct Key: Hashable {
        var font: SourceFontChecksum
        var glyphs: Set<UInt32>
    }

    private let lock = NSLock()
    private var entries: [Key: TrueTypeSubset] = [:]
    /// Keys from the oldest to the newest.
    private var order: [Key] = []
    private let limit: Int

    init(limit: Int = 16) {
        self.limit = max(1, limit)
    }

    /// The subset of `face` to `glyphs`, cut now or earlier; nil when `face` has no TrueType outlines or
    /// HarfBuzz cannot cut it.
    func subset(of face: HarfBuzzFace, glyphs: Set<UInt32>) -> TrueTypeSubset? {
        let key = Key(font: SourceFontChecksum(face), glyphs: glyphs)
        lock.lock()
        let known = entries[key]
        lock.unlock()
        if let known { return known }
        // Cut outside the lock: two workers may cut the same subset once each, and neither waits.
        guard let subset = TrueTypeSubset(face, glyphs: glyphs) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if entries.updateValue(subset, forKey: key) == nil {
            order.append(key)
            if order.count > limit { entries[order.removeFirst()] = nil }
        }
        return subset
    }
}
