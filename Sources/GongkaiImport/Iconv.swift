#if canImport(Glibc) || canImport(Musl)
    #if canImport(Glibc)
        import Glibc
    #else
        import Musl
    #endif
    import Foundation

    /// The one place that calls iconv: converts whole buffers between encodings and always closes its descriptor.
    enum Iconv {
        /// Where and why a conversion stopped.
        struct Failure: Error {
            /// The offset in the input of the first byte that could not be converted.
            var byteOffset: Int
            /// The C `errno` iconv reported (`EILSEQ`, `EINVAL`), or 0 when the converter could not be opened.
            var code: Int32
        }

        /// Converts `data` from the encoding `source` to `target` (iconv names, e.g. "GB18030", "UTF-8").
        ///
        /// The corresponding C functions are `iconv_open`, `iconv` and `iconv_close`.
        static func convert(_ data: Data, from source: String, to target: String) throws(Failure) -> Data {
            guard let descriptor = iconv_open(target, source), descriptor != iconv_t(bitPattern: -1) else {
                throw Failure(byteOffset: 0, code: 0)
            }
            defer { iconv_close(descriptor) }
            if data.isEmpty { return Data() }

            var input = [UInt8](data)
            var output = Data()
            // Two output bytes per input byte covers GB18030 → UTF-8 for CJK; E2BIG below handles the rest.
            var chunk = [UInt8](repeating: 0, count: max(4096, input.count * 2))
            var failure: Failure?
            let inputCount = input.count
            input.withUnsafeMutableBytes { inputBytes in
                var inPointer = inputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputCount
                chunk.withUnsafeMutableBytes { chunkBytes in
                    while inLeft > 0 {
                        var outPointer = chunkBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                        var outLeft = chunkBytes.count
                        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                        let code = errno
                        output.append(contentsOf: chunkBytes.prefix(chunkBytes.count - outLeft))
                        if result == -1 && code != E2BIG {
                            // EILSEQ: an invalid sequence; EINVAL: the input ends inside a character.
                            failure = Failure(byteOffset: inputCount - inLeft, code: code)
                            return
                        }
                    }
                    // Flush any shift state (a no-op for GB18030, but correct for stateful encodings).
                    var outPointer = chunkBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var outLeft = chunkBytes.count
                    _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
                    output.append(contentsOf: chunkBytes.prefix(chunkBytes.count - outLeft))
                }
            }
            if let failure { throw failure }
            return output
        }
    }
#endif
