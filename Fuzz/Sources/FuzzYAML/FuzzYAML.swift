import CFuzzDriver
import Foundation
import FuzzSupport
import GongkaiModel

/// The department file's path: in the folder of tables `make fuzz` prepares (`GONGKAI_FUZZ_TABLES`), so that
/// `from: "matrix.xlsx"` and `from: "assets.csv"` in an input reach the CSV and XLSX readers too.
private let departmentPath = FuzzInput.folder(fromEnvironment: "GONGKAI_FUZZ_TABLES")
    .appendingPathComponent("department.yaml").path

/// libFuzzer's entry point: one input read as a department file, as `gongkai check` reads it (UTF-8 text,
/// then the model), and the model it gives checked by the validator.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let yaml = String(data: FuzzInput.data(bytes, count), encoding: .utf8) else { return 0 }
    do {
        let disclosure = try DisclosureLoader.load(yaml: yaml, file: departmentPath)
        _ = DisclosureValidator.findings(for: disclosure)
    } catch is DataError {
        return 0
    } catch {
        FuzzInput.unexpected(error, from: "DisclosureLoader")
    }
    return 0
}
