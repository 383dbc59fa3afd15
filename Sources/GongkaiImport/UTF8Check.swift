import Foundation

/// Checks a part's text as it streams past: a package's XML parts are UTF-8, or UTF-16 with a byte-order
/// mark (ECMA-376 Part 2), and swift-corelibs-foundation's XMLParser traps on an element name that is not
/// valid UTF-8 (it force-unwraps the name libxml2 hands over), so bytes such as `<a\xFF` must never reach it.
/// A sequence cut between two chunks waits for the next one.
struct UTF8Check {
    /// Bytes of a sequence begun at the end of the last chunk.
    private var carried = Data()
    private var checked: UInt64 = 0
    /// nil until the first bytes are seen; false for UTF-16, which is not checked.
    private var isUTF8: Bool?

    /// The part is not UTF-8 text.
    struct Invalid: Error, CustomStringConvertible {
        var offset: UInt64
        var description: String { "not UTF-8 text (at byte \(offset))" }
    }

    /// The bytes of `chunk` that can be passed on: all of them but a sequence cut at its end.
    mutating func checked(_ chunk: Data) throws -> Data {
        if isUTF8 == nil, carried.count + chunk.count >= 2 {
            let start = carried + chunk.prefix(2)
            isUTF8 = !(start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]))
        }
        guard isUTF8 != false else { return chunk }
        var data = carried + chunk
        carried = Data()
        // A lead byte among the last three whose sequence runs past the end waits for the next chunk.
        for back in 1...min(3, data.count) {
            let byte = data[data.endIndex - back]
            guard byte & 0xC0 == 0xC0 else { continue }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            if length > back {
                carried = data.suffix(back)
                data = data.prefix(data.count - back)
            }
            break
        }
        if let offset = TextDecoding.firstInvalidUTF8Offset(in: data) { throw Invalid(offset: checked + UInt64(offset)) }
        checked += UInt64(data.count)
        return data
    }

    /// Fails when the part ends inside a sequence.
    mutating func finish() throws {
        if isUTF8 != false, !carried.isEmpty { throw Invalid(offset: checked) }
    }
}
