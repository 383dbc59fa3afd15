/// A dictionary written straight to bytes, for objects made by the thousand (structure elements), where
/// building `PDFValue`s first would cost an allocation a key.
///
/// Each token is written into room made for it at once (`storage` past `count`), not appended byte by
/// byte to an array.
package struct PDFDictionaryWriter {
    /// `storage[..<count]` is written; the rest is room.
    private var storage: [UInt8]
    private var count: Int
    /// Where the dictionary starts in `storage`.
    private let start: Int
    /// Room added at a time.
    private static let room = [UInt8](repeating: 0, count: 256)

    package init() {
        storage = [UInt8](repeating: 0, count: 128)
        count = 0
        start = 0
        openDictionary()
    }

    /// A dictionary written at the end of `output`, which it takes until `finish(into:)` gives it back.
    package init(appendingTo output: inout [UInt8]) {
        storage = output
        output = []
        count = storage.count
        start = count
        openDictionary()
    }

    /// The bytes written so far.
    package var bytes: [UInt8] { Array(storage[..<count]) }

    private mutating func openDictionary() {
        write(room: 2) { target in
            target[0] = UInt8(ascii: "<")
            target[1] = UInt8(ascii: "<")
            return 2
        }
    }

    /// Writes at most `room` bytes with `write`, which returns how many it wrote.
    private mutating func write(room: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        // Room for this and a few more tokens, copied from zeros rather than repeated byte by byte; an
        // array grows its capacity geometrically underneath.
        if count + room > storage.count {
            if room <= Self.room.count { storage += Self.room } else { storage += repeatElement(0, count: room) }
        }
        let at = count
        count += storage.withUnsafeMutableBufferPointer { write($0.baseAddress! + at) }
    }

    /// Copies `bytes` (`count` of them) to `target`; returns `count`.
    private static func copy(_ bytes: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        target.update(from: bytes, count: count)
        return count
    }

    /// "/Key " (after a space if an entry comes before).
    private mutating func key(_ key: StaticString) {
        let separate = count > start + 2
        write(room: key.utf8CodeUnitCount + 2) { target in
            var written = 0
            if separate {
                target[0] = UInt8(ascii: " ")
                written = 1
            }
            written += Self.copy(key.utf8Start, count: key.utf8CodeUnitCount, to: target + written)
            target[written] = UInt8(ascii: " ")
            return written + 1
        }
    }

    /// "/Key /Name"
    package mutating func name(_ key: StaticString, _ name: String) {
        self.key(key)
        var name = name
        name.withUTF8 { append(byte: UInt8(ascii: "/"), $0) }
    }

    /// "/Key /Name", the name given as its bytes.
    package mutating func name(_ key: StaticString, bytes name: [UInt8]) {
        self.key(key)
        name.withUnsafeBufferPointer { append(byte: UInt8(ascii: "/"), $0) }
    }

    /// `byte`, then `bytes`.
    private mutating func append(byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>) {
        write(room: bytes.count + 1) { target in
            target[0] = byte
            guard let base = bytes.baseAddress else { return 1 }
            return 1 + Self.copy(base, count: bytes.count, to: target + 1)
        }
    }

    /// "/Key 12 0 R"
    package mutating func reference(_ key: StaticString, _ number: Int) {
        self.key(key)
        appendReference(number)
    }

    package mutating func integer(_ key: StaticString, _ value: Int) {
        self.key(key)
        appendInteger(value)
    }

    /// "/Key " followed by what the `append…` calls that follow write.
    package mutating func beginValue(_ key: StaticString) {
        self.key(key)
    }

    package mutating func append(_ byte: UInt8) {
        write(room: 1) { target in
            target[0] = byte
            return 1
        }
    }

    package mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            write(room: bytes.count) { Self.copy(base, count: bytes.count, to: $0) }
        }
    }

    package mutating func appendInteger(_ value: Int) {
        write(room: PDFSyntax.numberRoom) { PDFSyntax.writeInteger(value, to: $0) }
    }

    /// "12 0 R"
    package mutating func appendReference(_ number: Int) {
        write(room: PDFSyntax.numberRoom + 4) { target in
            let written = PDFSyntax.writeInteger(number, to: target)
            target[written] = UInt8(ascii: " ")
            target[written + 1] = UInt8(ascii: "0")
            target[written + 2] = UInt8(ascii: " ")
            target[written + 3] = UInt8(ascii: "R")
            return written + 4
        }
    }

    /// "/Key " followed by whatever `write` appends.
    package mutating func value(_ key: StaticString, _ write: (inout [UInt8]) -> Void) {
        self.key(key)
        storage.removeSubrange(count...)
        write(&storage)
        count = storage.count
    }

    package mutating func finish() -> [UInt8] {
        closeDictionary()
        return storage
    }

    /// Ends the dictionary and gives the bytes back to `output` (see `init(appendingTo:)`).
    package mutating func finish(into output: inout [UInt8]) {
        closeDictionary()
        output = storage
        storage = []
    }

    /// ">>", and the room let go.
    private mutating func closeDictionary() {
        write(room: 2) { target in
            target[0] = UInt8(ascii: ">")
            target[1] = UInt8(ascii: ">")
            return 2
        }
        storage.removeSubrange(count...)
    }
}
