/// Failures of the drawing backend.
public enum RenderingError: Error, Equatable, CustomStringConvertible {
    /// The fontconfig configuration could not be read.
    case fontConfiguration(path: String)
    /// None of a role's fonts is installed, nor any font at all.
    case noFonts(configuration: String)
    /// Cairo could not create or write a surface.
    case cairo(operation: String, status: String)
    /// A font the PDF writer cannot embed (no TrueType or CFF outlines: CFF2, bitmap, Type 1 fonts).
    case unembeddableFont(path: String, reason: String)

    public var description: String {
        switch self {
        case .fontConfiguration(let path):
            return "cannot load the font configuration \(path)"
        case .noFonts(let configuration):
            return "no fonts found through \(configuration); install fonts-noto-cjk or put fonts in Fonts/"
        case let .cairo(operation, status):
            return "\(operation) failed: \(status)"
        case let .unembeddableFont(path, reason):
            return "the font \(path) cannot be embedded in a PDF: \(reason); use a TrueType or OpenType (CFF) font"
        }
    }
}
