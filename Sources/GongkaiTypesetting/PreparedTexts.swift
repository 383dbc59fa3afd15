import GongkaiDocument

/// What readying a text for breaking depends on besides the text: the text style it is measured in and
/// the paragraph style's settings that `ParagraphLayouter.prepare` reads. Indents, alignment and line
/// height are not among them, so a table cell measured for its column's width and then set in it is
/// prepared once.
struct PreparationStyle: Equatable {
    var text: TextStyle
    var gridAdvance: Double?
    var cjkLatinSpacing: Double
    var compressesPunctuation: Bool
    var prohibitsLineBreaks: Bool
    var numberUnits: NumberUnits?

    init(_ style: ParagraphStyle) {
        text = style.text
        gridAdvance = style.gridAdvance
        cjkLatinSpacing = style.cjkLatinSpacing
        compressesPunctuation = style.compressesPunctuation
        prohibitsLineBreaks = style.prohibitsLineBreaks
        numberUnits = style.numberUnits
    }

    /// Whether `style` prepares texts as this does: `self == PreparationStyle(style)`, without the copy.
    func matches(_ style: ParagraphStyle) -> Bool {
        text.size == style.text.size && cjkLatinSpacing == style.cjkLatinSpacing
            && compressesPunctuation == style.compressesPunctuation && prohibitsLineBreaks == style.prohibitsLineBreaks
            && gridAdvance == style.gridAdvance && text == style.text && numberUnits == style.numberUnits
    }
}

/// Single-span texts (table cells, captions) measured, their links marked and prepared for breaking, by
/// text and preparation style: a table measures each cell to fit its columns, then sets it, and many
/// cells repeat ("0.00", "100%", an indicator's name) across rows and tables.
///
/// Styles are told apart by comparison against the few seen (a style's hash would hash its font names
/// and units at every lookup); the text by its bytes' hash, computed once per `TextKey`.
final class PreparedTexts {
    private var styles: [PreparationStyle] = []
    private var texts: [Key: PreparedText] = [:]
    /// Bounds the memory a long document's distinct texts hold; past it the cache starts again.
    private static let limit = 8192

    private struct Key: Hashable {
        var style: Int
        var text: TextKey
    }

    /// `text` prepared in `style`, made by `make` the first time.
    func text(_ text: TextKey, style: ParagraphStyle, make: () -> ParagraphText) -> PreparedText {
        let key = Key(style: index(of: style), text: text)
        if let found = texts[key] { return found }
        let made = PreparedText(make())
        if texts.count >= Self.limit { texts.removeAll(keepingCapacity: true) }
        texts[key] = made
        return made
    }

    private func index(of style: ParagraphStyle) -> Int {
        // The style asked for last is usually asked for again (a table part's cells).
        // Compared where they are kept, not copied out.
        // Through `pointee`, which reads the style in place, where a buffer's subscript copies it out.
        if let last = lastIndex, styles.withUnsafeBufferPointer({ $0.baseAddress!.advanced(by: last).pointee.matches(style) }) {
            return last
        }
        let found = styles.firstIndex { $0.matches(style) } ?? {
            styles.append(PreparationStyle(style))
            return styles.count - 1
        }()
        lastIndex = found
        return found
    }

    private var lastIndex: Int?
}

/// A prepared text as kept: handed out by reference, so that a lookup counts one reference where a copy
/// of the text would count one for each of its arrays.
final class PreparedText {
    let text: ParagraphText

    init(_ text: ParagraphText) {
        self.text = text
    }

    /// `body` given the text where it is kept: reading `text` out of the object copies it.
    func withText<Result>(_ body: (borrowing ParagraphText) -> Result) -> Result { body(text) }
}

/// Header texts with their word boundaries marked (`WordList.marked`), for the document: the same
/// headers ("科目编码", "合计") head table after table, and each is measured and set with its marks.
final class MarkedHeaders {
    private var words = WordList.none
    private var texts: [TextKey: String] = [:]
    private static let limit = 4096

    func marked(_ text: String, words: WordList) -> String {
        if words != self.words {
            self.words = words
            texts.removeAll(keepingCapacity: true)
        }
        let key = TextKey(text)
        if let found = texts[key] { return found }
        let marked = words.marked(text)
        if texts.count >= Self.limit { texts.removeAll(keepingCapacity: true) }
        texts[key] = marked
        return marked
    }
}
