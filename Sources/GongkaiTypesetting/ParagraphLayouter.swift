import GongkaiDocument

/// A set line of a paragraph: runs positioned relative to the line's top-left corner.
struct SetLine {
    var runs: [TextRun]
    /// Distance from this line's top to the next line's top.
    var height: Double
}

/// Sets a paragraph into lines of a given width: measures, breaks, aligns and justifies.
struct ParagraphLayouter {
    let measurer: any TextMeasurer
    /// Working arrays kept from paragraph to paragraph (a table sets hundreds of short cells, and
    /// allocating them afresh was a good part of setting each). Not shared between threads: a layouter
    /// belongs to one typesetting run.
    private let buffers = Buffers()

    private final class Buffers {
        var text = ParagraphText()
        var advances: [Double] = []
        var glues: [Double] = []
        let prepared = PreparedTexts()
        let headers = MarkedHeaders()
    }

    /// `words.marked(text)`, kept for the layouter's life.
    func markedHeader(_ text: String, words: WordList) -> String { buffers.headers.marked(text, words: words) }

    /// Lays out `paragraph` in a column `width` points wide (the paragraph's indents are inside it),
    /// aligning with `alignment` instead of the style's when given.
    func layout(_ paragraph: Paragraph, width: Double, alignment: TextAlignment? = nil) -> [SetLine] {
        var text = takeText()
        defer { buffers.text = text }
        for span in paragraph.spans where !span.text.isEmpty {
            text.append(span.text, style: span.style, advances: measurer.advances(of: span.text, in: span.style))
        }
        Self.markLinks(&text)
        Self.prepare(&text, style: paragraph.style)
        return layout(text, style: paragraph.style, hangingLabel: paragraph.hangingLabel, width: width, alignment: alignment)
    }

    /// Lays out `string` as a paragraph of one span in `style`'s text style (a table cell), as
    /// `layout(Paragraph(string, style: style), …)` would; without push-in when `pushesIn` is false.
    func layout(
        _ string: String, style: ParagraphStyle, width: Double, alignment: TextAlignment? = nil, pushesIn: Bool = true
    ) -> [SetLine] {
        layout(TextKey(string), style: style, width: width, alignment: alignment, pushesIn: pushesIn)
    }

    /// `layout(_:style:width:alignment:pushesIn:)` for a text whose key is made already.
    func layout(
        _ text: TextKey, style: ParagraphStyle, width: Double, alignment: TextAlignment? = nil, pushesIn: Bool = true
    ) -> [SetLine] {
        preparedText(text, style: style).withText { text in
            layout(text, style: style, hangingLabel: nil, width: width, alignment: alignment, pushesIn: pushesIn)
        }
    }

    /// `text` as one span in `style`'s text style, measured, its links marked and prepared for breaking;
    /// kept for the layouter's life, as a table cell is measured and set, and its text often repeats.
    func preparedText(_ text: TextKey, style: ParagraphStyle) -> PreparedText {
        buffers.prepared.text(text, style: style) {
            var prepared = ParagraphText()
            let string = text.text
            if !string.isEmpty {
                prepared.append(string, style: style.text, advances: measurer.advances(of: string, in: style.text))
            }
            Self.markLinks(&prepared)
            Self.prepare(&prepared, style: style)
            return prepared
        }
    }

    /// The kept text, emptied, for this paragraph alone (so that filling it copies nothing).
    private func takeText() -> ParagraphText {
        var text = buffers.text
        buffers.text = ParagraphText()
        text.removeAll()
        return text
    }

    /// Sets text already marked and prepared (`markLinks`, `prepare`) into lines.
    private func layout(
        _ text: ParagraphText, style: ParagraphStyle, hangingLabel: Span?, width: Double, alignment: TextAlignment?,
        pushesIn: Bool = true
    ) -> [SetLine] {
        let alignment = alignment ?? style.alignment
        let styles = text.styles
        let characters = text.characters

        var labelRun: TextRun?
        var labelWidth = 0.0
        if let label = hangingLabel {
            var run = Self.naturalRun(label.text, style: label.style, measurer: measurer)
            run.origin = Point(x: style.leftIndent + style.firstLineIndent, y: 0)
            labelWidth = run.width
            labelRun = run
        }

        // With a hanging label every line starts after it; otherwise only the first line is indented.
        let hanging = labelRun != nil
        let otherLeft = style.leftIndent + (hanging ? style.firstLineIndent + labelWidth : 0)
        let firstLeft = hanging ? otherLeft : style.leftIndent + style.firstLineIndent
        let right = width - style.rightIndent
        var breaker = LineBreaker(firstLineWidth: right - firstLeft, otherLinesWidth: right - otherLeft)
        breaker.prohibitions = style.prohibitsLineBreaks
        breaker.avoidsLoneLastCharacter = style.avoidsLoneLastCharacter
        breaker.pushesIn = pushesIn
        var ranges = breaker.breakLines(characters)
        if ranges.isEmpty { ranges = [BrokenLine(range: 0..<0, compressedEnd: false)] }
        if style.balancesLines, ranges.count > 1, !hanging, firstLeft == otherLeft {
            ranges = Self.balanced(ranges, characters, width: right - firstLeft, using: breaker)
        }

        let primary = measurer.metrics(of: style.text)
        // Centre the em box of the paragraph's main font in the line's height.
        let baseline = (style.lineHeight - (primary.ascent + primary.descent)) / 2 + primary.ascent

        var lines: [SetLine] = []
        lines.reserveCapacity(ranges.count)
        // The line's own widths, in buffers reused from line to line.
        var advances = buffers.advances
        var glues = buffers.glues
        buffers.advances = []
        buffers.glues = []
        defer {
            buffers.advances = advances
            buffers.glues = glues
        }
        for (number, line) in ranges.enumerated() {
            let range = line.range
            let left = number == 0 ? firstLeft : otherLeft
            let available = right - left
            // The line's own widths: no glue after its last character, a pushed-in mark at half width.
            advances.removeAll(keepingCapacity: true)
            glues.removeAll(keepingCapacity: true)
            advances.reserveCapacity(range.count)
            glues.reserveCapacity(range.count)
            for index in range {
                advances.append(characters[index].advance)
                glues.append(characters[index].glue)
            }
            if !glues.isEmpty { glues[glues.count - 1] = 0 }
            if line.compressedEnd, let last = range.last { advances[advances.count - 1] -= characters[last].compressibleAtEnd }
            var firstShift = 0.0
            if let first = range.first, Self.isFullOpeningMark(characters[first], size: styles[characters[first].styleIndex].size),
                style.compressesPunctuationAtLineEdges
                    || (number == 0 && !hanging && style.compressesPunctuation && style.firstLineIndent > 0)
            {
                // An opening mark starting the line loses its empty left half: at an indented paragraph's
                // start always, so that "（二）" starts at the indent as "(二)" does; on every line with
                // line-edge compression.
                let half = styles[characters[first].styleIndex].size / 2
                advances[0] -= half
                firstShift = -half
            }
            if style.compressesPunctuationAtLineEdges, !line.compressedEnd, let last = range.last,
                characters[last].compressibleAtEnd > 0
            {
                // A closing mark ending the line loses its empty right half.
                advances[advances.count - 1] -= characters[last].compressibleAtEnd
            }
            let natural = advances.reduce(0, +) + glues.reduce(0, +)
            let isLast = number == ranges.count - 1
            var x = left
            // Justification's extra space after each character; none when empty.
            var extras: [Double] = []
            switch alignment {
            case .left: break
            case .center: x += max(0, available - natural) / 2
            case .right: x += max(0, available - natural)
            case .justified:
                let slack = available - natural
                let fillsLast = isLast && slack < style.lastLineFill
                if (!isLast || fillsLast), range.count > 1, slack > 0 {
                    // No space is added inside a Latin word or a number ("2023", "273.87").
                    let stretchable = range.dropLast().map { index in
                        let a = characters[index]
                        let b = characters[index + 1]
                        return !(a.isASCII && b.isASCII && !a.isScalar(0x20) && !b.isScalar(0x20))
                    }
                    extras = Self.distribute(slack, glues: glues, stretchable: stretchable, em: style.text.size)
                }
            }
            var runs = makeRuns(
                text, range, start: x, firstShift: firstShift, advances: advances, glues: glues, extras: extras,
                baseline: baseline)
            if number == 0, var labelRun {
                labelRun.origin.y = baseline
                runs.insert(labelRun, at: 0)
            }
            lines.append(SetLine(runs: runs, height: style.lineHeight))
        }
        return lines
    }

    /// Readies measured text for breaking: the grid, CJK–Latin spacing, punctuation compression, and the
    /// ties that keep numbers with their units and marked words whole.
    static func prepare(_ text: inout ParagraphText, style: ParagraphStyle) {
        let styles = text.styles
        if let grid = style.gridAdvance { snapToGrid(&text.characters, styles: styles, advance: grid) }
        if style.cjkLatinSpacing > 0 { spaceCJKAndLatin(&text.characters, styles: styles, em: style.cjkLatinSpacing) }
        if style.compressesPunctuation { compressPunctuation(&text.characters, styles: styles) }
        if style.prohibitsLineBreaks, let units = style.numberUnits { NumberJoining.join(&text.characters, units: units) }
        if text.marksWords { NumberJoining.joinUnmarkedBoundaries(&text.characters) }
    }

    /// An opening mark set at full width, its empty left half not yet compressed (the grid may centre it
    /// in a slightly narrower or wider advance).
    static func isFullOpeningMark(_ character: MeasuredCharacter, size: Double) -> Bool {
        character.punctuation == .openingHalf && character.shift > -size / 4 && character.advance > size * 0.9
    }

    /// Splits a line into runs of one style, each character at its own position: its slot's left edge
    /// plus its glyph's shift (and `firstShift` for the line's first); after it come its advance, its glue
    /// and its share of the justification.
    private func makeRuns(
        _ text: ParagraphText, _ range: Range<Int>, start: Double, firstShift: Double, advances: [Double],
        glues: [Double], extras: [Double], baseline: Double
    ) -> [TextRun] {
        let characters = text.characters
        var runs: [TextRun] = []
        var x = start
        var position = 0
        while position < range.count {
            let runStart = position
            let styleIndex = characters[range.lowerBound + position].styleIndex
            let link = characters[range.lowerBound + position].link
            var runEnd = position + 1
            while runEnd < range.count, characters[range.lowerBound + runEnd].styleIndex == styleIndex,
                characters[range.lowerBound + runEnd].link == link
            {
                runEnd += 1
            }
            var offsets: [Double] = []
            offsets.reserveCapacity(runEnd - runStart)
            let origin = x
            var width = 0.0
            while position < runEnd {
                var shift = characters[range.lowerBound + position].shift
                if position == 0 { shift += firstShift }
                offsets.append(x - origin + shift)
                width = x - origin + advances[position]
                x += advances[position] + glues[position] + (extras.isEmpty ? 0 : extras[position])
                position += 1
            }
            // The run's own text shaped (as drawn: a line's piece alone), its glyphs where its characters went.
            let string = text.string((range.lowerBound + runStart)..<(range.lowerBound + position))
            let style = text.styles[styleIndex]
            runs.append(
                TextRun(
                    text: string, style: style, origin: Point(x: origin, y: baseline), offsets: offsets, width: width,
                    glyphs: measurer.shape(string, in: style).placed(offsets: offsets, width: width),
                    link: link.map { text.links[$0] }))
        }
        return runs
    }

    /// Justification (CLREQ): slack goes first to CJK–Latin boundaries (up to an eighth of an em each),
    /// then evenly between all characters. Returns the extra space after each character.
    static func distribute(_ slack: Double, glues: [Double], stretchable: [Bool], em: Double) -> [Double] {
        var extras = [Double](repeating: 0, count: glues.count)
        var gaps = (0..<(glues.count - 1)).filter { stretchable[$0] }
        // A line that is one long word has nowhere else to put its slack.
        if gaps.isEmpty { gaps = Array(0..<(glues.count - 1)) }
        guard !gaps.isEmpty else { return extras }
        var remaining = slack
        let boundaries = gaps.filter { glues[$0] > 0 }
        if !boundaries.isEmpty {
            let each = min(remaining / Double(boundaries.count), em / 8)
            for gap in boundaries { extras[gap] += each }
            remaining -= each * Double(boundaries.count)
        }
        let even = remaining / Double(gaps.count)
        for gap in gaps { extras[gap] += even }
        return extras
    }

    /// The character grid: full-width characters take the grid's advance, their glyphs centred in it.
    static func snapToGrid(_ characters: inout [MeasuredCharacter], styles: [TextStyle], advance: Double) {
        for index in characters.indices {
            if characters[index].isFullWidth(size: styles[characters[index].styleIndex].size) {
                characters[index].shift += (advance - characters[index].advance) / 2
                characters[index].advance = advance
            }
        }
    }

    /// CJK–Latin spacing: a literal space between an ideograph and a Latin letter or digit is dropped,
    /// and every such boundary gets `em` ems of glue instead.
    static func spaceCJKAndLatin(_ characters: inout [MeasuredCharacter], styles: [TextStyle], em: Double) {
        func boundary(_ a: MeasuredCharacter, _ b: MeasuredCharacter) -> Bool {
            (a.isIdeograph && b.isLatinAlphanumeric) || (a.isLatinAlphanumeric && b.isIdeograph)
        }
        // The characters kept move down over the spaces dropped, in place: `kept` counts them. Most
        // texts have no spaces, and are left as they are.
        if characters.contains(where: { $0.isScalar(0x20) }) {
            var kept = 0
            for index in characters.indices {
                let character = characters[index]
                if character.isScalar(0x20), kept > 0, index + 1 < characters.count,
                    boundary(characters[kept - 1], characters[index + 1])
                {
                    continue
                }
                characters[kept] = character
                kept += 1
            }
            characters.removeLast(characters.count - kept)
        }
        // Each character's kind worked out once, in place: this runs for every text set.
        characters.withUnsafeMutableBufferPointer { characters in
            guard characters.count > 1 else { return }
            var ideograph = characters[0].isIdeograph
            var latin = characters[0].isLatinAlphanumeric
            for index in 1..<characters.count {
                let nextIdeograph = characters[index].isIdeograph
                let nextLatin = characters[index].isLatinAlphanumeric
                if (ideograph && nextLatin) || (latin && nextIdeograph) {
                    characters[index - 1].glue += em * styles[characters[index - 1].styleIndex].size
                }
                ideograph = nextIdeograph
                latin = nextLatin
            }
        }
    }

    /// The breaks at the narrowest measure that still gives as many lines (found by halving the
    /// interval, to a tenth of a point): the lines come out as even as the text allows.
    static func balanced(
        _ ranges: [BrokenLine], _ characters: [MeasuredCharacter], width: Double, using breaker: LineBreaker
    ) -> [BrokenLine] {
        let total = characters.reduce(0) { $0 + $1.advance }
        var narrow = total / Double(ranges.count)  // no measure below the average line fits them
        var wide = width
        var best = ranges
        while wide - narrow > 0.1 {
            let middle = (narrow + wide) / 2
            var trial = breaker
            trial.firstLineWidth = middle
            trial.otherLinesWidth = middle
            let lines = trial.breakLines(characters)
            if lines.count <= ranges.count {
                best = lines
                wide = middle
            } else {
                narrow = middle
            }
        }
        return best
    }

    /// 标点挤压: between two adjacent full-width marks, half an em goes — the empty right half of a
    /// closing mark, else the empty left half of an opening one. A full-width closing mark may also be
    /// set half width at a line's end.
    static func compressPunctuation(_ characters: inout [MeasuredCharacter], styles: [TextStyle]) {
        func fullWidth(_ c: MeasuredCharacter) -> Bool { c.isFullWidth(size: styles[c.styleIndex].size) }
        guard characters.contains(where: { $0.punctuation != nil }) else { return }  // most table cells
        var compressed = [Bool](repeating: false, count: characters.count)
        for index in characters.indices.dropLast() {
            let a = characters[index]
            let b = characters[index + 1]
            guard let first = a.punctuation, let second = b.punctuation else { continue }
            let half = styles[a.styleIndex].size / 2
            if first == .closingHalf, fullWidth(a), !compressed[index] {
                characters[index].advance -= half
                compressed[index] = true
            } else if second == .openingHalf, fullWidth(b) {
                characters[index + 1].advance -= styles[b.styleIndex].size / 2
                characters[index + 1].shift -= styles[b.styleIndex].size / 2
                compressed[index + 1] = true
            }
        }
        for index in characters.indices where !compressed[index] {
            if characters[index].punctuation == .closingHalf, fullWidth(characters[index]) {
                characters[index].compressibleAtEnd = styles[characters[index].styleIndex].size / 2
            }
        }
    }

    /// A run at (0, 0) with the measurer's natural spacing.
    static func naturalRun(_ text: String, style: TextStyle, measurer: any TextMeasurer) -> TextRun {
        let shaping = measurer.shape(text, in: style)
        let offsets = offsets(shaping.advances, extra: 0)
        let width = shaping.advances.reduce(0, +)
        return TextRun(
            text: text, style: style, origin: Point(x: 0, y: 0), offsets: offsets, width: width,
            glyphs: shaping.placed(offsets: offsets, width: width))
    }

    static func offsets(_ advances: [Double], extra: Double) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(advances.count)
        var x = 0.0
        for advance in advances {
            result.append(x)
            x += advance + extra
        }
        return result
    }
}
