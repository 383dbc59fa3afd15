import GongkaiDocument

/// Which way the content of a page set across is turned on the upright sheet.
///
/// GB/T 9704 (7.2) sets a wide table across an A4 page with its page number where the other pages have it,
/// and its head (the top of the table) toward the binding on an odd page and toward the cut on an even one.
/// Printed on both sides, an odd page is a recto: bound at its left edge, cut at its right. An even page is
/// a verso: bound at its right edge, cut at its left. So on both the head faces the sheet's left edge, and
/// the content turns a quarter counterclockwise on either: a reader turns the volume a quarter clockwise
/// and reads every turned page of a spread the same way up.
public enum PageTurn: String, Hashable, Sendable {
    /// Turned a quarter counterclockwise: the content's head at the sheet's left edge, its lines running up
    /// the sheet from the foot.
    case counterclockwise
    /// Turned a quarter clockwise: the head at the sheet's right edge, lines running down from the top.
    case clockwise

    /// An edge of the upright sheet.
    enum Edge {
        case left, right
    }

    /// The turn of a table set across page `number` (the printed number, whose parity says recto or verso):
    /// head toward the binding on odd pages, toward the cut on even pages.
    public static func forTable(onPage number: Int) -> PageTurn {
        let isOdd = number % 2 != 0
        let binding: Edge = isOdd ? .left : .right
        let cut: Edge = binding == .left ? .right : .left
        let head = isOdd ? binding : cut
        return head == .left ? .counterclockwise : .clockwise
    }
}

/// An affine map of points, y downwards: x' = a·x + c·y + e, y' = b·x + d·y + f (Cairo's and PDF's order of
/// the six numbers).
public struct AffineTransform: Hashable, Sendable {
    public var a: Double
    public var b: Double
    public var c: Double
    public var d: Double
    public var e: Double
    public var f: Double

    public init(a: Double, b: Double, c: Double, d: Double, e: Double, f: Double) {
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
    }

    /// Where `point` goes.
    public func apply(_ point: Point) -> Point {
        Point(x: a * point.x + c * point.y + e, y: b * point.x + d * point.y + f)
    }
}

/// The content of a page set across: laid out on the sheet as if it lay on its side (a frame the sheet's
/// height wide and its width tall, the type area turned with it), and drawn turned a quarter onto the
/// upright sheet.
public struct TurnedFrame: Hashable, Sendable {
    /// Which way the frame is turned on the sheet.
    public var turn: PageTurn
    /// The frame's width: the sheet's height.
    public var width: Double
    /// The frame's height: the sheet's width.
    public var height: Double
    /// The content, in the frame's coordinates: from its top-left corner, y downwards.
    public var items: [PageItem]

    public init(turn: PageTurn, width: Double, height: Double, items: [PageItem]) {
        self.turn = turn
        self.width = width
        self.height = height
        self.items = items
    }

    /// The map from the frame's coordinates to the upright sheet's (both from the top-left corner, y
    /// downwards). Counterclockwise: the frame's top edge lies on the sheet's left edge and its left edge
    /// on the sheet's foot. Clockwise: the top on the right edge, the left edge on the sheet's top.
    public var transform: AffineTransform {
        switch turn {
        case .counterclockwise: AffineTransform(a: 0, b: -1, c: 1, d: 0, e: 0, f: width)
        case .clockwise: AffineTransform(a: 0, b: 1, c: -1, d: 0, e: height, f: 0)
        }
    }
}

extension PageGeometry {
    /// The frame a page set across is laid out on when turned `turn`: the sheet on its side, its margins
    /// the upright sheet's that end up on each side, so that the frame's type area is the sheet's.
    public func frame(turned turn: PageTurn) -> PageGeometry {
        switch turn {
        case .counterclockwise:
            PageGeometry(
                width: height, height: width, marginTop: marginLeft, marginBottom: marginRight, marginLeft: marginBottom,
                marginRight: marginTop)
        case .clockwise:
            PageGeometry(
                width: height, height: width, marginTop: marginRight, marginBottom: marginLeft, marginLeft: marginTop,
                marginRight: marginBottom)
        }
    }
}
