/// Layouts by path, each read and checked once however many departments use it (a layout that fails to
/// load fails once too): for `check`, a batch and its volume.
public struct LayoutCache: Sendable {
    private var loaded: [String: Result<Layout, LayoutError>] = [:]

    public init() {}

    /// The layout at `path`, read on first use.
    public mutating func layout(at path: String) throws -> Layout {
        if let result = loaded[path] { return try result.get() }
        do {
            let layout = try LayoutLoader.load(from: path)
            loaded[path] = .success(layout)
            return layout
        } catch let error as LayoutError {
            loaded[path] = .failure(error)
            throw error
        }
    }
}
