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

    /// Lays out `paragraph` in a column `width` points wide (the paragraph's indents are inside it),
    /// aligning with `alignment` instead of the style's when given.
    func layout(_ paragraph: Paragraph, width: Double, alignment: TextAlignment? = nil) -> [SetLine] {
        let style = paragraph.style
        let alignment = alignment ?? style.alignment
        var styles: [TextStyle] = []
        var characters: [MeasuredCharacter] = []
        for span in paragraph.spans where !span.text.isEmpty {
            let styleIndex = index(of: span.style, in: &styles)
            let advances = measurer.advances(of: span.text, in: span.style)
            for (character, advance) in zip(span.text, advances) {
                characters.append(
                    MeasuredCharacter(
                        character: character, styleIndex: styleIndex, advance: advance,
                        breakClass: BreakClass(character)))
            }
        }

        var labelRun: TextRun?
        var labelWidth = 0.0
        if let label = paragraph.hangingLabel {
            let advances = measurer.advances(of: label.text, in: label.style)
            labelWidth = advances.reduce(0, +)
            labelRun = TextRun(
                text: label.text, style: label.style,
                origin: Point(x: style.leftIndent + style.firstLineIndent, y: 0),
                offsets: Self.offsets(advances, extra: 0), width: labelWidth)
        }

        // With a hanging label every line starts after it; otherwise only the first line is indented.
        let hanging = labelRun != nil
        let otherLeft = style.leftIndent + (hanging ? style.firstLineIndent + labelWidth : 0)
        let firstLeft = hanging ? otherLeft : style.leftIndent + style.firstLineIndent
        let right = width - style.rightIndent
        let breaker = LineBreaker(firstLineWidth: right - firstLeft, otherLinesWidth: right - otherLeft)
        var ranges = breaker.breakLines(characters)
        if ranges.isEmpty { ranges = [0..<0] }

        let primary = measurer.metrics(of: style.text)
        // Centre the em box of the paragraph's main font in the line's height.
        let baseline = (style.lineHeight - (primary.ascent + primary.descent)) / 2 + primary.ascent

        var lines: [SetLine] = []
        for (number, range) in ranges.enumerated() {
            let left = number == 0 ? firstLeft : otherLeft
            let available = right - left
            let natural = characters[range].reduce(0) { $0 + $1.advance }
            let isLast = number == ranges.count - 1
            var x = left
            var extra = 0.0
            switch alignment {
            case .left: break
            case .center: x += max(0, available - natural) / 2
            case .right: x += max(0, available - natural)
            case .justified:
                if !isLast, range.count > 1, natural < available {
                    extra = (available - natural) / Double(range.count - 1)
                }
            }
            var runs = makeRuns(characters, range, styles, start: x, extra: extra, baseline: baseline)
            if number == 0, var labelRun {
                labelRun.origin.y = baseline
                runs.insert(labelRun, at: 0)
            }
            lines.append(SetLine(runs: runs, height: style.lineHeight))
        }
        return lines
    }

    /// Splits a line into runs of one style, each character at its own position.
    private func makeRuns(
        _ characters: [MeasuredCharacter], _ range: Range<Int>, _ styles: [TextStyle], start: Double,
        extra: Double, baseline: Double
    ) -> [TextRun] {
        var runs: [TextRun] = []
        var x = start
        var index = range.lowerBound
        while index < range.upperBound {
            let styleIndex = characters[index].styleIndex
            var text = ""
            var offsets: [Double] = []
            let origin = x
            while index < range.upperBound, characters[index].styleIndex == styleIndex {
                text.append(characters[index].character)
                offsets.append(x - origin)
                x += characters[index].advance
                if index < range.upperBound - 1 { x += extra }
                index += 1
            }
            let width = (offsets.last ?? 0) + (characters[index - 1].advance)
            runs.append(
                TextRun(
                    text: text, style: styles[styleIndex], origin: Point(x: origin, y: baseline),
                    offsets: offsets, width: width))
        }
        return runs
    }

    private func index(of style: TextStyle, in styles: inout [TextStyle]) -> Int {
        if let found = styles.firstIndex(of: style) { return found }
        styles.append(style)
        return styles.count - 1
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
