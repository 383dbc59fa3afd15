/// A text as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// `String`'s own hashing and `==` normalise non-ASCII text (all of Chinese) first, at many times the
/// cost. Canonically equivalent texts spelt differently are different keys here, which costs a cache
/// at most a second entry.
public struct TextKey: Hashable, Sendable {
    public let text: String
    /// The hash of the bytes, computed once: the keys a lookup meets while probing are told apart by it,
    /// and only the one that matches has its bytes compared.
    private let bytesHash: Int

    public init(_ text: String) {
        var text = text
        // FNV-1a: a few instructions a byte where `Hasher` costs a few hundred a key (keys are short, and
        // made by the thousand a document). A dictionary still hashes this value with its own seeded hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        text.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        self.text = text
        bytesHash = Int(truncatingIfNeeded: hash)
    }

    public static func == (a: TextKey, b: TextKey) -> Bool {
        guard a.bytesHash == b.bytesHash, a.text.utf8.count == b.text.utf8.count else { return false }
        // The bytes read where the strings keep them (`withUTF8` is mutating, and copying a text to call it
        // counts a reference); a string without contiguous bytes (bridged) is compared as a sequence.
        let equal = a.text.utf8.withContiguousStorageIfAvailable { aBytes in
            b.text.utf8.withContiguousStorageIfAvailable { bBytes in
                Self.equal(UnsafeRawBufferPointer(aBytes), UnsafeRawBufferPointer(bBytes))
            }
        }
        if case let equal?? = equal { return equal }
        return a.text.utf8.elementsEqual(b.text.utf8)
    }

    /// Whether two buffers of the same length hold the same bytes, compared eight at a time: a plain
    /// loop, as `elementsEqual` goes through iterators at several times the cost.
    private static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        if a.baseAddress == b.baseAddress { return true }  // one string's storage
        let count = a.count
        var offset = 0
        while offset + 8 <= count {
            guard a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        while offset < count {
            guard a[offset] == b[offset] else { return false }
            offset += 1
        }
        return true
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }
}
