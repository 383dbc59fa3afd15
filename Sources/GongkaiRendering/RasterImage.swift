import CCairo

/// An RGB image in memory, 8 bits a channel, row by row: what snapshot tests compare.
/// A plain Swift value; Cairo reads and writes its PNGs.
public struct RasterImage: Hashable, Sendable {
    public var width: Int
    public var height: Int
    /// 0x00RRGGBB per pixel.
    public var pixels: [UInt32]

    public init(width: Int, height: Int, pixels: [UInt32]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Reads a PNG file.
    public init(contentsOfPNG path: String) throws {
        let surface = try CairoSurface(taking: cairo_image_surface_create_from_png(path), operation: .readingPNG(path: path))
        self.init(surface: surface)
    }

    init(surface: CairoSurface) {
        cairo_surface_flush(surface.pointer)
        width = Int(cairo_image_surface_get_width(surface.pointer))
        height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        var pixels = [UInt32](repeating: 0, count: width * height)
        if let data = cairo_image_surface_get_data(surface.pointer) {
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width { pixels[y * width + x] = row[x] & 0x00FF_FFFF }
            }
        }
        self.pixels = pixels
    }

    /// Writes the image as a PNG file.
    public func writePNG(to path: String) throws {
        let surface = try CairoSurface(
            taking: cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)), operation: .creatingImage(dpi: nil))
        cairo_surface_flush(surface.pointer)
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        if let data = cairo_image_surface_get_data(surface.pointer) {
            for y in 0..<height {
                let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width { row[x] = pixels[y * width + x] | 0xFF00_0000 }
            }
        }
        cairo_surface_mark_dirty(surface.pointer)
        let status = cairo_surface_write_to_png(surface.pointer, path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderingError.cannotWritePNG(path: path, status: String(cString: cairo_status_to_string(status)))
        }
    }
}
