import Foundation

/// A source font as HarfBuzz's subsetter is given it to cut CFF glyphs: the font file mapped privately
/// (copy-on-write) with its face's `cmap` table record emptied, so that planning a subset does not read
/// the whole character map.
///
/// Given glyph ids, HarfBuzz's subset plan still collects every character of `cmap` that maps to a glyph
/// kept (for the `cmap` and `OS/2` tables of the subset font); for a CJK font that is some 45,000
/// characters hashed, most of the first cut's time. Only the `CFF ` table of the cut is used, which does
/// not depend on characters (CID-keyed fonts have no encoding), so its bytes are the same without them.
/// The file is neither copied nor changed: one page of the mapping (the table directory) becomes
/// private when the record is changed.
enum CFFSourceFace {
    /// A HarfBuzz face (one reference) of face `index` of the font file at `path` without its `cmap`; nil when
    /// the file cannot be mapped or its table directory is not where OpenType puts it.
    static func face(path: String, index: UInt32) -> HarfBuzzFace? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size >= 12 else { return nil }
        let size = Int(status.st_size)
        guard let base = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            return nil
        }
        guard emptyCharacterMap(base.assumingMemoryBound(to: UInt8.self), size: size, index: Int(index)) else {
            munmap(base, size)
            return nil
        }
        return HarfBuzzFace.mapping(base, size: size, index: index, owner: Mapping(base: base, size: size))
    }

    /// The mapping a blob reads, unmapped when HarfBuzz lets go of the blob.
    private final class Mapping {
        let base: UnsafeMutableRawPointer
        let size: Int

        init(base: UnsafeMutableRawPointer, size: Int) {
            self.base = base
            self.size = size
        }

        deinit { munmap(base, size) }
    }

    /// Sets the length of face `index`'s `cmap` record to 0 in the table directory at `bytes`; false when
    /// the directory is not within the file.
    private static func emptyCharacterMap(_ bytes: UnsafeMutablePointer<UInt8>, size: Int, index: Int) -> Bool {
        func uint32(_ offset: Int) -> Int {
            Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
        }
        var directory = 0
        if uint32(0) == 0x7474_6366 {  // "ttcf": a collection, whose faces' directories are listed after its header
            guard 12 + 4 * (index + 1) <= size, index < uint32(8) else { return false }
            directory = uint32(12 + 4 * index)
        } else if index != 0 {
            return false
        }
        guard directory + 12 <= size else { return false }
        let count = Int(bytes[directory + 4]) << 8 | Int(bytes[directory + 5])
        guard directory + 12 + 16 * count <= size else { return false }
        for record in 0..<count {
            let offset = directory + 12 + 16 * record
            guard uint32(offset) == 0x636D_6170 else { continue }  // "cmap"
            for byte in 12..<16 { bytes[offset + byte] = 0 }
        }
        return true
    }
}
