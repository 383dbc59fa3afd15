import Foundation

/// What every fuzzer does with libFuzzer's input and with an error that is not the loader's own.
public enum FuzzInput {
    /// Copies `count` bytes at `bytes` (nil when the input is empty).
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let bytes, count > 0 else { return Data() }
        return Data(bytes: bytes, count: count)
    }

    /// A folder for files a loader must read from disk: `GONGKAI_FUZZ_SCRATCH` (set by `make fuzz`), else
    /// gongkai-fuzz under /dev/shm where it exists (no disk writes for every input), else under the
    /// temporary directory. Each fuzzer removes what it writes there after each input.
    public static let scratchFolder: URL = {
        let folder: URL
        if let path = ProcessInfo.processInfo.environment["GONGKAI_FUZZ_SCRATCH"], !path.isEmpty {
            folder = URL(fileURLWithPath: path, isDirectory: true)
        } else {
            let shm = URL(fileURLWithPath: "/dev/shm")
            let base = FileManager.default.fileExists(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
            folder = base.appendingPathComponent("gongkai-fuzz")
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// The folder named by the environment variable `name` (set by `make fuzz`), else the scratch folder.
    public static func folder(fromEnvironment name: String) -> URL {
        guard let path = ProcessInfo.processInfo.environment[name], !path.isEmpty else { return scratchFolder }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Stops the run with `error` as a finding: a loader must only throw its own documented error type,
    /// so that the command prints a message naming the file instead of something unexpected.
    public static func unexpected(_ error: any Error, from loader: String) -> Never {
        fatalError("\(loader) threw an error of an unexpected type \(type(of: error)): \(error)")
    }
}
