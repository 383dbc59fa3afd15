import Foundation

/// A bounded queue of byte chunks from one producing thread to one consuming thread.
///
/// The producer blocks while `capacity` chunks wait, so at most that many are ever in memory however long
/// the stream; the consumer blocks while none wait. Either side may stop early: the consumer by `close()`,
/// after which `put` throws `Closed`; the producer by `finish(failure:)`, after which `take` drains what is
/// left and then returns nil.
final class ChunkPipe: @unchecked Sendable {
    // @unchecked: every stored property is read and written only while `condition` is locked.

    /// Thrown by `put` once the consumer has closed the pipe: the producer should stop.
    struct Closed: Error {}

    private let condition = NSCondition()
    private let capacity: Int
    private var chunks: [Data] = []
    private var next = 0
    private var finished = false
    private var closed = false
    private var failure: Error?

    /// A pipe holding at most `capacity` chunks (at least one).
    init(capacity: Int = 8) {
        self.capacity = max(capacity, 1)
    }

    /// Queues a copy of `chunk`, waiting while the pipe is full.
    ///
    /// The bytes are copied because a producer may hand out views of a buffer it reuses.
    /// - Throws: `Closed` when the consumer has closed the pipe.
    func put(_ chunk: Data) throws {
        let copy = chunk.withUnsafeBytes { Data($0) }
        condition.lock()
        defer { condition.unlock() }
        while chunks.count - next >= capacity && !closed { condition.wait() }
        guard !closed else { throw Closed() }
        chunks.append(copy)
        condition.broadcast()
    }

    /// The next chunk, waiting while none is queued; nil once the producer has finished and all are taken.
    func take() -> Data? {
        condition.lock()
        defer { condition.unlock() }
        while next == chunks.count && !finished { condition.wait() }
        guard next < chunks.count else { return nil }
        let chunk = chunks[next]
        next += 1
        // Drop taken chunks now and then, so the array does not grow with the stream.
        if next == chunks.count || next >= capacity {
            chunks.removeFirst(next)
            next = 0
        }
        condition.broadcast()
        return chunk
    }

    /// Called by the producer when it is done: `failure` is why it stopped early, or nil at the end of the data.
    func finish(failure: Error?) {
        condition.lock()
        defer { condition.unlock() }
        finished = true
        self.failure = failure
        condition.broadcast()
    }

    /// Why the producer stopped early (set once it has finished), if it failed; nil at a clean end.
    var producerFailure: Error? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    /// Called by the consumer when it wants no more: wakes a waiting producer (whose `put` then throws) and
    /// waits until the producer has finished, so that nothing outlives the read. Returns the producer's
    /// failure, if any other than being closed.
    @discardableResult
    func close() -> Error? {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        chunks.removeAll()
        next = 0
        condition.broadcast()
        while !finished { condition.wait() }
        return failure is Closed ? nil : failure
    }
}
