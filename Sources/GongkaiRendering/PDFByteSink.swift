import CCairo

/// Collects what a Cairo stream surface writes (the PDF, in memory until it is completed).
final class PDFByteSink {
    private(set) var bytes: [UInt8] = []

    /// Cairo's write callback; `closure` is an unretained `PDFByteSink` that outlives the surface.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<PDFByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let data, length > 0 { sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length))) }
        return CAIRO_STATUS_SUCCESS
    }
}
