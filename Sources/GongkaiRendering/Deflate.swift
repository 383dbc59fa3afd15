import CSystemZlib

/// zlib compression (the PDF's /FlateDecode filter).
enum Deflate {
    struct Failure: Error, CustomStringConvertible {
        var code: Int32
        var description: String { "zlib compression failed (\(code))" }
    }

    /// `bytes` compressed as a zlib stream, at the best compression: the outputs are small and written once.
    static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &capacity, input.baseAddress, uLong(bytes.count), Z_BEST_COMPRESSION)
            }
        }
        guard status == Z_OK else { throw Failure(code: status) }
        output.removeLast(output.count - Int(capacity))
        return output
    }
}
