import GongkaiImport
import GongkaiModel

/// What a department file's `from:` does with a grid, done with every kind of table it can take from one:
/// find the table by its labels, then map its rows to the model.
public enum TableSearches {
    /// Looks for each table a department file may import in `locator` and maps the rows found; a finding
    /// (trap) if anything throws other than `ImportError` or `DataError`.
    public static func run(on locator: TableLocator) {
        search(locator, TableMapping.matrixLabels) {
            _ = try TableMapping.performanceDuties(from: $0, source: "fuzz")
        }
        search(locator, TableMapping.assetLabels) {
            _ = try TableMapping.assetRows(from: $0, source: "fuzz")
        }
        for classification in [Classification.function, .economic] {
            search(locator, TableMapping.budgetLineLabels(classification), optional: ["合计", "基本支出", "小计"]) {
                _ = try TableMapping.budgetLines(
                    from: $0, classification: classification, source: .generalBudget, fieldPath: "fuzz", location: nil)
            }
        }
        // The right-hand half of 收支总表, and a single figure by row and column label.
        _ = try? locator.locate(["项目", "预算数"], startingAtColumn: 2)
        _ = try? locator.value(row: "收入总计", column: "预算数")
    }

    private static func search(
        _ locator: TableLocator, _ labels: [String], optional: [String] = [],
        map: ([TableRow]) throws -> Void
    ) {
        do {
            let table = try locator.locate(labels, optional: optional, fillingMergedBodyCells: true)
            try map(table.rows(named: (labels + optional).map { ($0, $0) }))
        } catch is ImportError {
        } catch is DataError {
        } catch {
            FuzzInput.unexpected(error, from: "TableLocator/TableMapping")
        }
    }
}
