import GongkaiModel

/// A layout that cannot be applied: a bad placeholder, an unknown style or table, a malformed template.
/// Names the layout file and line.
public struct LayoutError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var file: String
    public var message: String

    public init(file: String, location: SourceLocation?, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String { "\(location?.description ?? file): \(message)" }
}
