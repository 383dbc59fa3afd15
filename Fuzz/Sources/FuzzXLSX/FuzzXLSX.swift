import CFuzzDriver
import Foundation
import FuzzSupport
import GongkaiImport

/// Where each input is written for `XLSXWorkbook`, which reads a file (one name per process).
private let inputURL = FuzzInput.scratchFolder.appendingPathComponent("input-\(getpid()).xlsx")

/// libFuzzer's entry point: one input (a zip, or parts as `WorkbookParts` reads them) opened as an .xlsx
/// workbook; every sheet read, by name and by a loose name, and searched for the tables a department file may take from it (`TableSearches`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let archive = WorkbookParts.archive(for: FuzzInput.data(bytes, count)),
        (try? archive.write(to: inputURL)) != nil
    else { return 0 }
    defer { try? FileManager.default.removeItem(at: inputURL) }
    do {
        let workbook = try XLSXWorkbook(contentsOf: inputURL)
        _ = try? workbook.sheet(named: "绩效目标")
        for name in workbook.sheetNames.prefix(8) {
            let sheet: Sheet
            do {
                sheet = try workbook.sheet(named: name)
            } catch is ImportError {
                continue
            }
            _ = sheet["B2"]
            TableSearches.run(on: TableLocator(sheet: sheet))
        }
    } catch is ImportError {
        return 0
    } catch {
        FuzzInput.unexpected(error, from: "XLSXWorkbook")
    }
    return 0
}
