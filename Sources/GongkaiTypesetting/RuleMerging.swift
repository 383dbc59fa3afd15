/// Table rules as few strokes as draw the same lines: neighbouring cells share their edges, so a table
/// gives each edge twice and each ruled line in pieces. Merging leaves one stroke per stretch of line.
extension Rule {
    /// Points closer than this are the same (a hundredth of a point: far below a device pixel).
    static let tolerance = 0.01

    /// The same lines, with duplicates removed and touching or overlapping collinear pieces of one width
    /// joined; horizontal lines first (top to bottom, left to right), then vertical ones (left to right,
    /// top to bottom), then any others as given.
    public static func merged(_ rules: [Rule]) -> [Rule] {
        // Each piece with its line (direction, position in hundredths, width), sorted so that a line's
        // pieces come together, from their start: one sort instead of a table of lines (a page has hundreds).
        struct Piece {
            var horizontal: Bool
            var position: Int
            var width: Double
            var start: Double
            var end: Double

            func sameLine(_ other: Piece) -> Bool {
                horizontal == other.horizontal && position == other.position && width == other.width
            }
        }
        // Horizontal pieces and vertical ones apart, each in the order given: sorted separately they are
        // in the order one sort of them all with horizontal lines first would give, and each sort meets
        // longer runs already in order (a table gives its rows' lines top to bottom).
        var pieces: [Piece] = []
        pieces.reserveCapacity(rules.count)
        var verticalPieces: [Piece] = []
        var others: [Rule] = []
        for rule in rules {
            let horizontal = abs(rule.from.y - rule.to.y) < tolerance
            let vertical = abs(rule.from.x - rule.to.x) < tolerance
            guard horizontal || vertical else {
                others.append(rule)
                continue
            }
            let position = horizontal ? rule.from.y : rule.from.x
            let (a, b) = horizontal ? (rule.from.x, rule.to.x) : (rule.from.y, rule.to.y)
            let piece = Piece(
                horizontal: horizontal, position: Int((position / tolerance).rounded()), width: rule.width, start: min(a, b), end: max(a, b))
            if horizontal { pieces.append(piece) } else { verticalPieces.append(piece) }
        }
        // Field by field as a tuple of (position, width, start) compares, without building tuples.
        func inOrder(_ a: Piece, _ b: Piece) -> Bool {
            if a.position != b.position { return a.position < b.position }
            if a.width != b.width { return a.width < b.width }
            return a.start < b.start
        }
        pieces.sort(by: inOrder)
        verticalPieces.sort(by: inOrder)
        pieces += verticalPieces
        var result: [Rule] = []
        var index = 0
        while index < pieces.count {
            // One line: its pieces joined where they touch or overlap.
            var joined = pieces[index]
            index += 1
            while index < pieces.count, pieces[index].sameLine(joined), pieces[index].start <= joined.end + tolerance {
                joined.end = max(joined.end, pieces[index].end)
                index += 1
            }
            let position = Double(joined.position) * tolerance
            result.append(
                joined.horizontal
                    ? Rule(from: Point(x: joined.start, y: position), to: Point(x: joined.end, y: position), width: joined.width)
                    : Rule(from: Point(x: position, y: joined.start), to: Point(x: position, y: joined.end), width: joined.width))
        }
        return result + others
    }
}
