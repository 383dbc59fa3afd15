import Foundation
import ZIPFoundation

/// One file of a zip archive, inflated on a thread of its own and read as an `InputStream`, so that
/// XMLParser can parse a workbook part in small chunks without the whole part ever being in memory.
///
/// Why not `XMLParser(data:)`: swift-corelibs-foundation hands libxml2's push parser the whole `Data` as a
/// single chunk, and libxml2 stops with "Huge input lookup" (XML_ERR_INTERNAL_ERROR, which XMLParser reports
/// as NSXMLParserErrorDomain error 1) when more than XML_MAX_LOOKUP_LIMIT, 10,000,000 bytes, are pending at
/// once. XMLParser cannot set XML_PARSE_HUGE, which lifts the limit; but `XMLParser(stream:)` feeds libxml2
/// what each `read` returns, and a sheet then parses at any size. ZIPFoundation pushes inflated chunks to a
/// closure while XMLParser pulls from a stream, so the two meet in a bounded `ChunkPipe`: memory stays at a
/// few chunks, not the size of the part.
final class ZIPEntryStream: InputStream {
    // Only the thread that parses uses the stream; the inflating thread touches nothing but the pipe.

    /// Bytes inflated per chunk, and the most chunks that wait in the pipe.
    static let chunkSize = 64 * 1024
    static let pipeCapacity = 8

    private let pipe = ChunkPipe(capacity: ZIPEntryStream.pipeCapacity)
    private var current = Data()
    private var offset = 0
    private var status: Stream.Status = .notOpen
    private var failure: Error?

    /// Starts inflating the file at `path` inside the archive at `url`, refusing more than `limit` bytes.
    ///
    /// The thread opens the archive itself (an `Archive` is not to be shared between threads). Call `finish()`
    /// when done reading, even after an error, so that the thread stops and its failure, if any, is known.
    init(archive url: URL, path: String, limit: UInt64) {
        super.init(data: Data())
        let pipe = self.pipe
        let thread = Thread {
            do {
                let archive = try Archive(url: url, accessMode: .read)
                guard let entry = archive[path] else { throw ZIPEntryStream.Missing(path: path) }
                var total: UInt64 = 0
                var text = UTF8Check()
                let consumer = { (chunk: Data) throws in
                    total += UInt64(chunk.count)
                    guard total <= limit else { throw ZIPEntryStream.TooLarge(limit: limit) }
                    try pipe.put(text.checked(chunk))
                }
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                if let offset = try ZIPRawEntry.localHeaderOffsets(in: handle)?[path] {
                    try ZIPRawEntry(entry, offsetOfLocalHeader: offset, in: handle)
                        .inflate(from: handle, chunkSize: ZIPEntryStream.chunkSize, consumer: consumer)
                } else {
                    _ = try archive.extract(entry, bufferSize: ZIPEntryStream.chunkSize, consumer: consumer)
                }
                try text.finish()
                pipe.finish(failure: nil)
            } catch {
                pipe.finish(failure: error)
            }
        }
        thread.name = "Gongkai zip entry"
        thread.start()
    }

    /// The file vanished from the archive between looking it up and reading it.
    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path) is no longer in the archive" }
    }

    /// The file inflates to more bytes than allowed (a zip bomb, or a header that lies about the size).
    struct TooLarge: Error, CustomStringConvertible {
        var limit: UInt64
        var description: String { "larger than \(limit) bytes" }
    }

    /// Stops the inflating thread and waits for it; returns why inflating failed, if it did.
    func finish() -> Error? {
        pipe.close()
    }

    // A stream dropped unread must not leave its thread waiting for a reader for ever.
    deinit {
        pipe.close()
    }

    override func open() {
        status = .open
    }

    override func close() {
        status = .closed
    }

    override var streamStatus: Stream.Status { status }

    override var streamError: Error? { failure }

    override var hasBytesAvailable: Bool { status == .open }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        guard maxLength > 0 else { return 0 }
        guard status == .open else { return status == .atEnd ? 0 : -1 }
        while offset == current.count {
            guard let chunk = pipe.take() else {
                if let error = pipe.producerFailure {
                    failure = error
                    status = .error
                    return -1
                }
                status = .atEnd
                return 0
            }
            current = chunk
            offset = 0
        }
        let count = min(maxLength, current.count - offset)
        current.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress {
                buffer.update(from: base.advanced(by: offset).assumingMemoryBound(to: UInt8.self), count: count)
            }
        }
        offset += count
        return count
    }
}
