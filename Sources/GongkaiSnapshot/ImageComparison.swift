import GongkaiRendering

/// How different two renderings may be and still count as the same.
public struct SnapshotTolerance: Hashable, Sendable {
    /// A pixel differs when any channel differs by more than this (0–255): anti-aliasing noise stays below it.
    public var perPixel: Int
    /// The page differs when more than this share (0–1) of its pixels differ.
    public var maximumDifferingShare: Double

    public init(perPixel: Int = 24, maximumDifferingShare: Double = 0.0001) {
        self.perPixel = perPixel
        self.maximumDifferingShare = maximumDifferingShare
    }
}

/// The outcome of comparing a page with its reference.
public struct ImageComparison: Hashable, Sendable {
    public var differingPixels: Int
    public var totalPixels: Int
    /// The two images are not the same size (a different page size or resolution).
    public var sizeMismatch: Bool

    public var differingShare: Double { totalPixels == 0 ? 0 : Double(differingPixels) / Double(totalPixels) }

    public func passes(_ tolerance: SnapshotTolerance) -> Bool {
        !sizeMismatch && differingShare <= tolerance.maximumDifferingShare
    }

    /// Compares `candidate` with `reference` pixel by pixel.
    public init(reference: RasterImage, candidate: RasterImage, tolerance: SnapshotTolerance) {
        totalPixels = reference.width * reference.height
        guard reference.width == candidate.width, reference.height == candidate.height else {
            sizeMismatch = true
            differingPixels = totalPixels
            return
        }
        sizeMismatch = false
        var count = 0
        for index in 0..<reference.pixels.count where Self.differs(reference.pixels[index], candidate.pixels[index], tolerance.perPixel) {
            count += 1
        }
        differingPixels = count
    }

    static func differs(_ a: UInt32, _ b: UInt32, _ threshold: Int) -> Bool {
        if a == b { return false }
        for shift in [16, 8, 0] {
            let x = Int((a >> UInt32(shift)) & 0xFF)
            let y = Int((b >> UInt32(shift)) & 0xFF)
            if abs(x - y) > threshold { return true }
        }
        return false
    }

    /// The reference faded to a quarter of its contrast, with differing pixels in red (gone from the
    /// reference) and blue (new in the candidate), so the change stands out where it is.
    public static func diffImage(reference: RasterImage, candidate: RasterImage, tolerance: SnapshotTolerance) -> RasterImage {
        let width = max(reference.width, candidate.width)
        let height = max(reference.height, candidate.height)
        var pixels = [UInt32](repeating: 0xFFFFFF, count: width * height)
        func pixel(_ image: RasterImage, _ x: Int, _ y: Int) -> UInt32 {
            x < image.width && y < image.height ? image.pixels[y * image.width + x] : 0xFFFFFF
        }
        for y in 0..<height {
            for x in 0..<width {
                let old = pixel(reference, x, y)
                let new = pixel(candidate, x, y)
                if differs(old, new, tolerance.perPixel) {
                    pixels[y * width + x] = luminance(old) < luminance(new) ? 0xE0_00_00 : 0x00_40_E0
                } else {
                    let faded = 255 - (255 - luminance(old)) / 4
                    pixels[y * width + x] = UInt32(faded) << 16 | UInt32(faded) << 8 | UInt32(faded)
                }
            }
        }
        return RasterImage(width: width, height: height, pixels: pixels)
    }

    static func luminance(_ pixel: UInt32) -> Int {
        (Int((pixel >> 16) & 0xFF) * 3 + Int((pixel >> 8) & 0xFF) * 6 + Int(pixel & 0xFF)) / 10
    }
}
