import CFuzzDriver
import Foundation
import FuzzSupport
import GongkaiImport

/// libFuzzer's entry point: one input read as a CSV export (in the encoding detected, then in the
/// other), and every table a department file may take from it looked for and read (`TableSearches`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = FuzzInput.data(bytes, count)
    let detected = TextDecoding.detectEncoding(of: data)
    for encoding in [nil] + TextEncoding.allCases.filter({ $0 != detected }).map(Optional.some) {
        do {
            let table = try CSVTable(data: data, file: "fuzz.csv", encoding: encoding)
            TableSearches.run(on: TableLocator(table: table))
        } catch is ImportError {
            continue
        } catch {
            FuzzInput.unexpected(error, from: "CSVTable")
        }
    }
    return 0
}
