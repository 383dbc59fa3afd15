import GongkaiImport

/// Reads a department's YAML file into a `Disclosure`.
public enum DisclosureLoader {
    /// Reads and checks the file at `path`.
    /// - Throws: `DataError` naming the file, line, column and field of the first problem.
    /// - Parameter dataRoot: a folder the file's exports (`from:`) may also come from; by default they must be
    ///   in the file's own folder or below it.
    public static func load(contentsOf path: String, dataRoot: String? = nil) throws -> Disclosure {
        let reader = try NodeReader.read(contentsOf: path, typing: .deferred)
        reader.sourceMap.dataRoot = dataRoot
        return try Disclosure(reader)
    }

    /// Reads `yaml`, reporting errors against `file`.
    public static func load(yaml: String, file: String) throws -> Disclosure {
        try Disclosure(NodeReader.parse(yaml: yaml, file: file, typing: .deferred))
    }

    /// The department's code, name and year, read without the rest of the file; nil when the file or
    /// these fields cannot be read (loading it will say why).
    public static func identity(contentsOf path: String) -> DepartmentIdentity? {
        // Read from the file's bytes in place, as far as the three fields: a batch reads every department's
        // identity before it starts. A file that is not UTF-8 throughout has none (loading it says why), so
        // that it cannot take the name of a department that loads.
        guard let data = try? SourceFile.contents(of: path, limit: InputLimits.standard.fileBytes),
            TextDecoding.firstInvalidUTF8Offset(in: data) == nil
        else { return nil }
        return data.withUnsafeBytes { DepartmentIdentity.read(fromUTF8: $0.bindMemory(to: UInt8.self)) }
    }
}
