import GongkaiDocument

/// Header rows from column headers and groups: one row when no column has a group; otherwise two, with
/// each run of neighbouring columns of one group under a spanning group header, and the ungrouped
/// columns' headers spanning both rows.
enum TableHeader {
    static func rows(_ columns: [(header: String, group: String?)]) -> [[TableCell]] {
        guard columns.contains(where: { $0.group != nil }) else { return [columns.map { TableCell($0.header) }] }
        var top: [TableCell] = []
        var bottom: [TableCell] = []
        var index = 0
        while index < columns.count {
            guard let group = columns[index].group else {
                top.append(TableCell(columns[index].header, rowSpan: 2))
                index += 1
                continue
            }
            var end = index
            while end < columns.count, columns[end].group == group { end += 1 }
            top.append(TableCell(group, colSpan: end - index))
            bottom += columns[index..<end].map { TableCell($0.header) }
            index = end
        }
        return [top, bottom]
    }
}
