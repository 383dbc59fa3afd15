/// A font as a measurer names it: a number that only that measurer's painters resolve. The typesetter
/// carries it and never looks inside.
public struct FontKey: Hashable, Sendable {
    public var rawValue: Int

    public init(_ rawValue: Int) {
        self.rawValue = rawValue
    }
}

/// One glyph as a measurer shaped it, before the typesetter places it.
public struct ShapedGlyph: Hashable, Sendable {
    /// The glyph's number in the measurer's font (a measurer may mark a character it has no glyph for
    /// with values of its own, which its painters understand).
    public var id: UInt32
    /// Its natural advance, in points.
    public var advance: Double
    /// Where it is drawn relative to its pen position, in points (y downwards).
    public var xOffset: Double
    public var yOffset: Double
    /// The `Character` of the text whose position the glyph takes: its cluster's first.
    public var character: Int
    /// The UTF-8 bytes of the text its cluster stands for (the same for every glyph of a cluster).
    public var text: Range<Int>

    public init(id: UInt32, advance: Double, xOffset: Double, yOffset: Double, character: Int, text: Range<Int>) {
        self.id = id
        self.advance = advance
        self.xOffset = xOffset
        self.yOffset = yOffset
        self.character = character
        self.text = text
    }
}

/// Glyphs in one font, in drawing order.
public struct GlyphPiece: Hashable, Sendable {
    public var font: FontKey
    public var glyphs: [ShapedGlyph]

    public init(font: FontKey, glyphs: [ShapedGlyph]) {
        self.font = font
        self.glyphs = glyphs
    }
}

/// A text shaped by a measurer: each character's advance, and the glyphs that draw it.
public struct TextShaping: Hashable, Sendable {
    /// The advance of each `Character`, in points (0 for one inside another's cluster).
    public var advances: [Double]
    /// The glyphs, a piece for each change of font.
    public var pieces: [GlyphPiece]
    /// Pen positions are rounded to whole `1 / positionsPerPoint` of a point, the unit the measurer's
    /// drawing works in (Pango's 1/1024); nil leaves them exact.
    public var positionsPerPoint: Double?

    public init(advances: [Double], pieces: [GlyphPiece], positionsPerPoint: Double? = nil) {
        self.advances = advances
        self.pieces = pieces
        self.positionsPerPoint = positionsPerPoint
    }
}

/// A glyph where the typesetter set it.
public struct PlacedGlyph: Hashable, Sendable {
    public var id: UInt32
    /// Its pen position, from the run's origin, in points: its character's position plus, inside a
    /// cluster of several glyphs, the natural advances of those before it.
    public var x: Double
    /// Its natural advance, in points.
    public var advance: Double
    /// Where it is drawn relative to its pen position, in points (y downwards).
    public var xOffset: Double
    public var yOffset: Double
    /// The UTF-8 bytes of the run's text its cluster stands for: what the glyph means in copied or
    /// extracted text.
    public var text: Range<Int>

    public init(id: UInt32, x: Double, advance: Double, xOffset: Double, yOffset: Double, text: Range<Int>) {
        self.id = id
        self.x = x
        self.advance = advance
        self.xOffset = xOffset
        self.yOffset = yOffset
        self.text = text
    }
}

/// Glyphs of a run in one font, placed.
public struct GlyphRun: Hashable, Sendable {
    public var font: FontKey
    public var glyphs: [PlacedGlyph]

    public init(font: FontKey, glyphs: [PlacedGlyph]) {
        self.font = font
        self.glyphs = glyphs
    }
}

extension TextShaping {
    /// The glyphs placed at the positions the typesetter gave their characters (`offsets`, one a
    /// `Character`; a glyph of no character goes to `width`): justification and spacing live in the
    /// positions, not in the font.
    func placed(offsets: [Double], width: Double) -> [GlyphRun] {
        // By index rather than by element: the pieces and glyphs are read where they are kept, without a
        // reference counted for each piece.
        var runs: [GlyphRun] = []
        runs.reserveCapacity(pieces.count)
        for p in pieces.indices {
            var previousCharacter = -1
            var withinCluster = 0.0
            var glyphs: [PlacedGlyph] = []
            glyphs.reserveCapacity(pieces[p].glyphs.count)
            for g in pieces[p].glyphs.indices {
                let glyph = pieces[p].glyphs[g]
                if glyph.character != previousCharacter { withinCluster = 0 }
                var base = glyph.character < offsets.count ? offsets[glyph.character] : width
                if let unit = positionsPerPoint { base = (base * unit).rounded() / unit }
                glyphs.append(
                    PlacedGlyph(
                        id: glyph.id, x: base + withinCluster, advance: glyph.advance, xOffset: glyph.xOffset,
                        yOffset: glyph.yOffset, text: glyph.text))
                withinCluster += glyph.advance
                previousCharacter = glyph.character
            }
            runs.append(GlyphRun(font: pieces[p].font, glyphs: glyphs))
        }
        return runs
    }
}
