import GongkaiDocument

/// How much room a text needs across: what a table measures its cells by before it fits its columns.
struct TextExtent {
    /// The text set on one line.
    var natural: Double
    /// Its widest run that no line may break (a number with its unit, a word): any narrower measure cuts
    /// it by force.
    var widestRun: Double
}

extension ParagraphLayouter {
    /// The text's extent in `style` (indents left out), as its lines would be broken.
    func extent(of text: TextKey, style: ParagraphStyle) -> TextExtent {
        guard !text.text.isEmpty else { return Self.extent(of: [], style: style) }
        return Self.extent(of: preparedText(text, style: style).text.characters, style: style)
    }

    private static func extent(of characters: [MeasuredCharacter], style: ParagraphStyle) -> TextExtent {
        let breaker = LineBreaker(firstLineWidth: 0, otherLinesWidth: 0, prohibitions: style.prohibitsLineBreaks)
        var natural = 0.0
        var widest = 0.0
        var run = 0.0
        for index in characters.indices {
            if index > 0, breaker.canBreak(before: index, in: characters) {
                widest = max(widest, run - characters[index - 1].glue)
                run = 0
            }
            run += characters[index].advance + characters[index].glue
            natural += characters[index].advance + characters[index].glue
        }
        if let last = characters.last {
            widest = max(widest, run - last.glue)
            natural -= last.glue
        }
        return TextExtent(natural: natural, widestRun: widest)
    }

    /// The narrowest measure (to a tenth of a point) in which the text, set as in a table cell (no
    /// push-in), takes at most `lines` lines without cutting a run that may not break; at least its widest
    /// such run.
    func narrowestWidth(of string: String, style: ParagraphStyle, lines: Int) -> Double {
        let characters = preparedCharacters(string, style: style)
        let extent = Self.extent(of: characters, style: style)
        var breaker = LineBreaker(firstLineWidth: extent.natural, otherLinesWidth: extent.natural)
        breaker.prohibitions = style.prohibitsLineBreaks
        breaker.pushesIn = false  // as in table cells
        func fits(_ width: Double) -> Bool {
            breaker.firstLineWidth = width
            breaker.otherLinesWidth = width
            return breaker.breakLines(characters).count <= lines
        }
        var narrow = max(extent.widestRun, extent.natural / Double(max(lines, 1))) - 0.05
        var wide = extent.natural + 0.001
        if fits(narrow) { return max(0, narrow) }
        while wide - narrow > 0.1 {
            let middle = (narrow + wide) / 2
            if fits(middle) { wide = middle } else { narrow = middle }
        }
        return wide
    }

    /// The text's characters measured and prepared as a paragraph in `style` would be, before breaking.
    private func preparedCharacters(_ string: String, style: ParagraphStyle) -> [MeasuredCharacter] {
        guard !string.isEmpty else { return [] }
        // As set: links marked too, which breaking does not look at.
        return preparedText(TextKey(string), style: style).text.characters
    }
}
