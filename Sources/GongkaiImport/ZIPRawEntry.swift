import Foundation
import ZIPFoundation

/// Where a file's compressed bytes lie in a zip archive, read from the archive's own headers, and their
/// inflation with an end: ZIPFoundation 0.9.20 keeps asking for input after a damaged deflate stream has
/// used all of its bytes without reaching its end, and so never returns (one changed byte in a workbook is
/// enough). Here the bytes are handed over by a provider that fails once they are used up.
struct ZIPRawEntry {
    /// Offset of the first compressed byte in the archive.
    let dataOffset: UInt64
    let compressedSize: UInt64
    let isDeflated: Bool
    let checksum: CRC32

    /// The archive is damaged where the headers say something impossible.
    struct Damaged: Error, CustomStringConvertible {
        var reason: String
        var description: String { "the archive is damaged (\(reason))" }
    }

    /// The entry `entry` of the archive in `handle`, its local header read for where its data starts.
    init(_ entry: Entry, offsetOfLocalHeader: UInt64, in handle: FileHandle) throws {
        try handle.seek(toOffset: offsetOfLocalHeader)
        guard let header = try handle.read(upToCount: 30), header.count == 30, Self.uint32(header, 0) == 0x0403_4B50 else {
            throw Damaged(reason: "no local header for \(entry.path)")
        }
        let nameLength = UInt64(Self.uint16(header, 26))
        let extraLength = UInt64(Self.uint16(header, 28))
        dataOffset = offsetOfLocalHeader + 30 + nameLength + extraLength
        compressedSize = entry.compressedSize
        isDeflated = entry.isCompressed
        checksum = entry.checksum
    }

    /// The offset of each file's local header, by path, from the archive's central directory (ZIPFoundation
    /// keeps it to itself). Archives whose directory needs ZIP64 give nil: workbooks never do.
    static func localHeaderOffsets(in handle: FileHandle) throws -> [String: UInt64]? {
        let size = try handle.seekToEnd()
        let tail = min(size, 65_535 + 22)
        try handle.seek(toOffset: size - tail)
        guard let end = try handle.read(upToCount: Int(tail)), end.count >= 22 else { return nil }
        guard let record = stride(from: end.count - 22, through: 0, by: -1).first(where: { uint32(end, $0) == 0x0605_4B50 })
        else { return nil }
        let count = Int(uint16(end, record + 10))
        let directorySize = UInt64(uint32(end, record + 12))
        let directoryOffset = UInt64(uint32(end, record + 16))
        guard directoryOffset != 0xFFFF_FFFF, directoryOffset + directorySize <= size else { return nil }
        try handle.seek(toOffset: directoryOffset)
        guard let directory = try handle.read(upToCount: Int(directorySize)) else { return nil }
        var offsets: [String: UInt64] = [:]
        var at = 0
        for _ in 0..<count {
            guard at + 46 <= directory.count, uint32(directory, at) == 0x0201_4B50 else { return nil }
            let nameLength = Int(uint16(directory, at + 28))
            let extraLength = Int(uint16(directory, at + 30))
            let commentLength = Int(uint16(directory, at + 32))
            let offset = UInt64(uint32(directory, at + 42))
            guard offset != 0xFFFF_FFFF, at + 46 + nameLength <= directory.count else { return nil }
            let name = String(decoding: directory[(directory.startIndex + at + 46)..<(directory.startIndex + at + 46 + nameLength)], as: UTF8.self)
            offsets[name] = offset
            at += 46 + nameLength + extraLength + commentLength
        }
        return offsets
    }

    /// Inflates the entry's bytes from `handle` in chunks of `chunkSize`, passing each to `consumer`.
    /// - Throws: `Damaged` when the compressed bytes end before the deflate stream does, or the result does
    ///   not match the entry's checksum; and what `consumer` throws.
    func inflate(from handle: FileHandle, chunkSize: Int, consumer: (Data) throws -> Void) throws {
        try handle.seek(toOffset: dataOffset)
        var remaining = compressedSize
        let provider: Provider = { _, wanted in
            guard remaining > 0 else { throw Damaged(reason: "a compressed file ends before its data does") }
            let count = Int(min(UInt64(wanted), remaining))
            guard let chunk = try handle.read(upToCount: count), chunk.count == count else {
                throw Damaged(reason: "a compressed file is cut short")
            }
            remaining -= UInt64(count)
            return chunk
        }
        let computed: CRC32
        if isDeflated {
            computed = try Data.decompress(
                size: Int64(compressedSize), bufferSize: chunkSize, skipCRC32: false, provider: provider, consumer: consumer)
        } else {
            var crc = CRC32(0)
            while remaining > 0 {
                let chunk = try provider(0, chunkSize)
                crc = chunk.crc32(checksum: crc)
                try consumer(chunk)
            }
            computed = crc
        }
        guard computed == checksum else { throw Damaged(reason: "a file's checksum does not match its data") }
    }

    private static func uint16(_ data: Data, _ at: Int) -> UInt16 {
        UInt16(data[data.startIndex + at]) | UInt16(data[data.startIndex + at + 1]) << 8
    }

    private static func uint32(_ data: Data, _ at: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(data[data.startIndex + at + $1]) << (8 * $1) }
    }
}
