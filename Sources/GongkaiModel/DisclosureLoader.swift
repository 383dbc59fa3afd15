/// Reads a department's YAML file into a `Disclosure`.
public enum DisclosureLoader {
    /// Reads and checks the file at `path`.
    /// - Throws: `DataError` naming the file, line, column and field of the first problem.
    public static func load(contentsOf path: String) throws -> Disclosure {
        try Disclosure(NodeReader.read(contentsOf: path, typing: .deferred))
    }

    /// Reads `yaml`, reporting errors against `file`.
    public static func load(yaml: String, file: String) throws -> Disclosure {
        try Disclosure(NodeReader.parse(yaml: yaml, file: file, typing: .deferred))
    }
}
