import Foundation

/// A department file like the sample whose performance matrix has `rows` indicator rows: ten indicators to
/// an activity, a hundred activities to a duty.
enum MatrixDepartment {
    static func yaml(sample: String, rows: Int) throws -> String {
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        // The sample's matrix: from `  matrix:` to the next key of `performance` (two spaces' indent).
        guard let start = lines.firstIndex(of: "  matrix:") else { return text }
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix("    ") || lines[end].isEmpty { end += 1 }
        var matrix = ["  matrix:"]
        var row = 0
        var duty = 0
        while row < rows {
            duty += 1
            matrix.append("    - name: \"职责\(duty)\"\n      description: \"认真做好职责\(duty)的各项工作。\"\n      goal: \"年内完成职责\(duty)。\"\n      activities:")
            for activity in 1...100 where row < rows {
                matrix.append(
                    "        - name: \"活动\(duty)-\(activity)\"\n          budget: 0\n          description: \"按照要求开展活动\(activity)。\"\n          goal: \"按期完成活动\(activity)。\"\n          indicators:"
                )
                for indicator in 1...10 where row < rows {
                    row += 1
                    matrix.append(
                        indicator % 2 == 0
                            ? "            - {name: \"完成率\(row)\", grades: [\"100%\", \"90%\", \"80%\", \"60%\"]}"
                            : "            - {name: \"按期完成情况\(row)\", standard: \"按期完成\"}")
                }
            }
        }
        lines.replaceSubrange(start..<end, with: matrix)
        return lines.joined(separator: "\n")
    }
}
