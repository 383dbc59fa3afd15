/// Table rules as few strokes as draw the same lines: neighbouring cells share their edges, so a table
/// gives each edge twice and each ruled line in pieces. Merging leaves one stroke per stretch of line.
extension Rule {
    /// Points closer than this are the same (a hundredth of a point: far below a device pixel).
    static let tolerance = 0.01

    /// The same lines, with duplicates removed and touching or overlapping collinear pieces of one width
    /// joined; horizontal lines first (top to bottom, left to right), then vertical ones (left to right,
    /// top to bottom), then any others as given.
    public static func merged(_ rules: [Rule]) -> [Rule] {
        struct Key: Hashable {
            var horizontal: Bool
            var position: Int
            var width: Double
        }
        var lines: [Key: [(Double, Double)]] = [:]
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
            let key = Key(horizontal: horizontal, position: Int((position / tolerance).rounded()), width: rule.width)
            lines[key, default: []].append((min(a, b), max(a, b)))
        }
        var result: [Rule] = []
        let keys = lines.keys.sorted {
            ($0.horizontal ? 0 : 1, $0.position, $0.width) < ($1.horizontal ? 0 : 1, $1.position, $1.width)
        }
        for key in keys {
            let position = Double(key.position) * tolerance
            var pieces = (lines[key] ?? []).sorted { $0.0 < $1.0 }
            var joined: [(Double, Double)] = []
            for piece in pieces {
                if let last = joined.last, piece.0 <= last.1 + tolerance {
                    joined[joined.count - 1].1 = max(last.1, piece.1)
                } else {
                    joined.append(piece)
                }
            }
            pieces = joined
            for (start, end) in pieces {
                result.append(
                    key.horizontal
                        ? Rule(from: Point(x: start, y: position), to: Point(x: end, y: position), width: key.width)
                        : Rule(from: Point(x: position, y: start), to: Point(x: position, y: end), width: key.width))
            }
        }
        return result + others
    }
}
