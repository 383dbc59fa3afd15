import GongkaiMessages

/// Failures of the drawing backend.
public enum RenderingError: Error, Equatable, CustomStringConvertible {
    /// The fontconfig configuration could not be read.
    case fontConfiguration(path: String)
    /// None of a role's fonts is installed, nor any font at all.
    case noFonts(configuration: String)
    /// Cairo could not read or create an image, or create a context (`status` in Cairo's own words).
    case cairo(operation: CairoOperation, status: String)
    /// Cairo could not write the PNG file at `path` (`status` in Cairo's own words).
    case cannotWritePNG(path: String, status: String)
    /// A font the PDF writer cannot embed (no TrueType or CFF outlines: CFF2, bitmap, Type 1 fonts).
    case unembeddableFont(path: String, reason: FontProblem)

    /// What Cairo was asked to do.
    public enum CairoOperation: Hashable, Sendable {
        /// Reading the PNG file at `path`.
        case readingPNG(path: String)
        /// Creating an image to draw into, at `dpi` dots per inch where known.
        case creatingImage(dpi: Double?)
        /// Creating a drawing context on an image.
        case creatingContext
    }

    /// Why a font cannot be embedded.
    public enum FontProblem: Hashable, Sendable {
        /// The file is not an OpenType or TrueType font.
        case notOpenType
        /// Its outlines are CFF2, which the PDF writer does not embed.
        case cff2
        /// It has bitmap glyphs only.
        case bitmapOnly
        /// It has neither TrueType nor CFF outlines.
        case noOutlines
        /// HarfBuzz cannot cut it to the glyphs drawn.
        case cannotCut
    }

    /// What went wrong, in each language (from `RenderingMessages`).
    public var text: LocalizedText { RenderingMessages.text(of: self) }

    public var description: String { text.english }
}
