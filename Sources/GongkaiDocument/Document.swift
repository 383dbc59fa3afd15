/// Lengths in points (1/72 inch).
public enum Length {
    /// Points per millimetre.
    public static let pointsPerMillimetre = 72.0 / 25.4

    /// Converts millimetres to points.
    public static func millimetres(_ mm: Double) -> Double { mm * pointsPerMillimetre }
}

/// How a page's content stands on the sheet.
public enum PageOrientation: String, Hashable, Sendable {
    /// Set and drawn upright, as the sheet is.
    case upright
    /// Set across the page (GB/T 9704's 横排表格): on the type area turned a quarter, as if the sheet lay
    /// on its side, and drawn rotated on the upright sheet. The sheet, its running header and its page
    /// number stay upright; which way the content turns depends on the page's parity (see
    /// `PageTurn.forTable(onPage:)` in GongkaiTypesetting).
    case turned
}

/// Page size and margins, in points. The type area is what the margins leave.
public struct PageGeometry: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var marginTop: Double
    public var marginBottom: Double
    public var marginLeft: Double
    public var marginRight: Double
    /// Whether content is set upright or across the page. The sheet is `width` × `height` either way.
    public var orientation: PageOrientation = .upright

    public init(
        width: Double, height: Double, marginTop: Double, marginBottom: Double, marginLeft: Double,
        marginRight: Double
    ) {
        self.width = width
        self.height = height
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
    }

    /// The width of the type area.
    public var contentWidth: Double { width - marginLeft - marginRight }
    /// The height of the type area.
    public var contentHeight: Double { height - marginTop - marginBottom }

    /// The same sheet and type area with the content set across the page (wide tables): lines as long as
    /// the type area is tall (`contentHeight`), pages as deep as it is wide (`contentWidth`).
    public var turned: PageGeometry {
        var turned = self
        turned.orientation = .turned
        return turned
    }
}

/// Where the page number sits horizontally.
public enum PageNumberPlacement: String, Hashable, Sendable {
    /// Odd pages right, even pages left (GB/T 9704), each indented by `PageNumberStyle.indent`.
    case outside
    case center
    case right
}

/// The page number below the type area, e.g. "— 1 —".
public struct PageNumberStyle: Hashable, Sendable {
    /// The text, with "{n}" standing for the number.
    public var format: String
    public var text: TextStyle
    public var placement: PageNumberPlacement
    /// Distance from the type area's edge on the outside placement.
    public var indent: Double
    /// Distance from the bottom of the type area to the top of the number's line.
    public var distanceBelowTypeArea: Double
    /// Draw each "—" of the format as a rule one character long (GB/T 9704's 一字线) instead of a glyph:
    /// exact length in any font, and no dash read as a line-initial mark.
    public var dashesAsRules: Bool = true

    public init(
        format: String, text: TextStyle, placement: PageNumberPlacement, indent: Double, distanceBelowTypeArea: Double
    ) {
        self.format = format
        self.text = text
        self.placement = placement
        self.indent = indent
        self.distanceBelowTypeArea = distanceBelowTypeArea
    }

    /// The number as printed.
    public func label(for number: Int) -> String {
        // As `format.replacing("{n}", with: …)`, character by character, at a small part of its cost
        // (it is asked for every page).
        let characters = Array(format)
        var label = ""
        var index = 0
        while index < characters.count {
            if index + 2 < characters.count, characters[index] == "{", characters[index + 1] == "n",
                characters[index + 2] == "}"
            {
                label += String(number)
                index += 3
            } else {
                label.append(characters[index])
                index += 1
            }
        }
        return label
    }
}

/// The running header above the type area: text on the left and right, and a rule beneath.
public struct RunningHeader: Hashable, Sendable {
    public var left: String
    public var right: String
    public var text: TextStyle
    /// Distance from the top of the type area up to the header's rule.
    public var distanceAboveTypeArea: Double
    /// The rule's width; 0 for none.
    public var ruleWidth: Double
    /// Leave the first page without a header (it carries the title).
    public var skipFirstPage: Bool
    /// The spacing rules each side is set by, as a one-line paragraph (CJK–Latin spacing, punctuation
    /// compression: the same as the body's); nil sets the texts with the font's natural spacing.
    public var paragraphStyle: ParagraphStyle?

    public init(
        left: String, right: String, text: TextStyle, distanceAboveTypeArea: Double, ruleWidth: Double,
        skipFirstPage: Bool, paragraphStyle: ParagraphStyle? = nil
    ) {
        self.paragraphStyle = paragraphStyle
        self.left = left
        self.right = right
        self.text = text
        self.distanceAboveTypeArea = distanceAboveTypeArea
        self.ruleWidth = ruleWidth
        self.skipFirstPage = skipFirstPage
    }
}

/// Facts about the document as a file.
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    /// BCP 47 language tag, e.g. "zh-CN".
    public var language: String

    public init(title: String, author: String, subject: String = "", keywords: [String] = [], language: String = "zh-CN") {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.language = language
    }
}

/// A whole document, ready for the typesetter.
public struct Document: Hashable, Sendable {
    public var metadata: DocumentMetadata
    public var page: PageGeometry
    public var header: RunningHeader?
    public var pageNumber: PageNumberStyle?
    public var blocks: [Block]

    public init(
        metadata: DocumentMetadata, page: PageGeometry, header: RunningHeader?, pageNumber: PageNumberStyle?,
        blocks: [Block]
    ) {
        self.metadata = metadata
        self.page = page
        self.header = header
        self.pageNumber = pageNumber
        self.blocks = blocks
    }
}
