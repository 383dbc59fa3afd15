import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Encodes test text as GB18030 (a superset of GBK), the bytes Excel on Chinese Windows writes.
///
/// Done with iconv, independently of the module's decoder, so a test compares against a separate oracle.
enum GB18030Encoder {
    struct Failure: Error {}

    static func encode(_ text: String) throws -> Data {
        guard let descriptor = iconv_open("GB18030", "UTF-8"), descriptor != iconv_t(bitPattern: -1) else {
            throw Failure()
        }
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let inputCount = input.count
        let outputCount = output.count
        let written: Int? = input.withUnsafeMutableBytes { inputBytes in
            output.withUnsafeMutableBytes { outputBytes in
                var inPointer = inputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputCount
                var outPointer = outputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outputCount
                guard iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return outputCount - outLeft
            }
        }
        guard let written else { throw Failure() }
        return Data(output.prefix(written))
    }
}
