import CLibDeflate
import Foundation

/// zlib streams (the PDF's /FlateDecode filter) through libdeflate, which compresses a whole buffer two
/// to three times as fast as zlib, to the same size or smaller. Keeps a compressor per level between
/// documents; not thread-safe: one per thread (each `PageRenderer` has its own).
package final class Deflater {
    package struct Failure: Error, CustomStringConvertible {
        package var level: Int32
        package var description: String { "compression at level \(level) failed" }
    }

    /// Font programs: CFF charstrings gain almost nothing from harder work.
    package static let fast: Int32 = 1
    /// Content streams and dictionaries: text that compresses well. Measured on the sample, level 4 writes
    /// 3% more than level 6 (237 against 231 KB) in 60% of the time.
    package static let thorough: Int32 = 4

    private var compressors: [Int32: OpaquePointer] = [:]
    /// Where streams are compressed before they are copied out at their size (the bound libdeflate needs
    /// is several times what most streams take).
    private var scratch: UnsafeMutableRawPointer?
    private var scratchSize = 0
    /// Streams compressed with `remembering`, newest last: the same input is compressed once.
    private var remembered: [(input: [UInt8], level: Int32, output: [UInt8])] = []
    private static let rememberedLimit = 8

    package init() {}

    deinit {
        for compressor in compressors.values { libdeflate_free_compressor(compressor) }
        scratch?.deallocate()
    }

    /// `bytes` as a zlib stream, compressed at `level` (1–12).
    package func compress(_ bytes: [UInt8], level: Int32) throws -> [UInt8] {
        guard let compressor = compressors[level] ?? libdeflate_alloc_compressor(level) else { throw Failure(level: level) }
        compressors[level] = compressor
        let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
        if bound > scratchSize {
            scratch?.deallocate()
            scratchSize = max(bound, 2 * scratchSize)
            scratch = .allocate(byteCount: scratchSize, alignment: 16)
        }
        guard let scratch else { throw Failure(level: level) }
        let written = bytes.withUnsafeBytes { input in
            libdeflate_zlib_compress(compressor, input.baseAddress, input.count, scratch, scratchSize)
        }
        guard written > 0 || bytes.isEmpty else { throw Failure(level: level) }
        return Array(UnsafeRawBufferPointer(start: scratch, count: written))
    }

    /// `bytes` compressed as `compress` does, or as they were the last time they were given here: a
    /// batch worker writes the same font program (and ToUnicode map) again whenever a document draws the
    /// same glyphs. The few remembered are compared byte for byte.
    package func compress(remembering bytes: [UInt8], level: Int32) throws -> [UInt8] {
        if let index = remembered.lastIndex(where: { $0.level == level && Self.same($0.input, bytes) }) {
            return remembered[index].output
        }
        let output = try compress(bytes, level: level)
        if remembered.count == Self.rememberedLimit { remembered.removeFirst() }
        remembered.append((bytes, level, output))
        return output
    }

    private static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBytes { a in b.withUnsafeBytes { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }
}
