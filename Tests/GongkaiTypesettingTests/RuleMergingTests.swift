import GongkaiTypesetting
import Testing

@Suite struct RuleMergingTests {
    func rule(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, width: Double = 0.5) -> Rule {
        Rule(from: Point(x: x0, y: y0), to: Point(x: x1, y: y1), width: width)
    }

    @Test func twoCellsSideBySideDrawSevenEdgesAsFiveLines() {
        // Two boxes sharing the edge x = 10: 8 pieces, one of them twice.
        let left = [rule(0, 0, 10, 0), rule(10, 0, 10, 5), rule(10, 5, 0, 5), rule(0, 5, 0, 0)]
        let right = [rule(10, 0, 20, 0), rule(20, 0, 20, 5), rule(20, 5, 10, 5), rule(10, 5, 10, 0)]
        let merged = Rule.merged(left + right)
        #expect(merged == [rule(0, 0, 20, 0), rule(0, 5, 20, 5), rule(0, 0, 0, 5), rule(10, 0, 10, 5), rule(20, 0, 20, 5)])
    }

    @Test func gapsWidthsAndSlantsAreKeptApart() {
        let merged = Rule.merged([
            rule(0, 0, 10, 0), rule(12, 0, 20, 0),  // a gap: two lines
            rule(0, 3, 10, 3, width: 1), rule(10, 3, 20, 3),  // different widths: two lines
            rule(0, 0, 5, 5),  // slanted: kept as given, last
        ])
        #expect(merged == [
            rule(0, 0, 10, 0), rule(12, 0, 20, 0), rule(10, 3, 20, 3), rule(0, 3, 10, 3, width: 1), rule(0, 0, 5, 5),
        ])
    }

    @Test func overlappingPiecesBecomeOne() {
        #expect(Rule.merged([rule(0, 1, 8, 1), rule(5, 1, 12, 1), rule(12.005, 1, 15, 1)]) == [rule(0, 1, 15, 1)])
    }
}
