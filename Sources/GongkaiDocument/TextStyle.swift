/// The weight of a typeface within its family.
public enum FontWeight: String, Hashable, Sendable {
    case regular
    case bold
}

/// A font by role: families in order of preference, the first one installed wins.
///
/// The chain is resolved by the backend's font configuration, not by the typesetter.
public struct FontSpec: Hashable, Sendable {
    /// Family names in order of preference (e.g. 仿宋_GB2312, then Noto Serif CJK SC).
    public var families: [String]
    /// The weight to ask each family for.
    public var weight: FontWeight

    public init(families: [String], weight: FontWeight = .regular) {
        self.families = families
        self.weight = weight
    }
}

/// The look of a run of characters.
public struct TextStyle: Hashable, Sendable {
    /// The font chain.
    public var font: FontSpec
    /// The size in points (三号 = 16, 五号 = 10.5, 小五 = 9).
    public var size: Double

    public init(font: FontSpec, size: Double) {
        self.font = font
        self.size = size
    }
}

/// A run of text in one style. Its text is literal: nothing in it is interpreted as markup.
public struct Span: Hashable, Sendable {
    /// The characters, exactly as they are to be printed.
    public var text: String
    /// How they look.
    public var style: TextStyle

    public init(_ text: String, style: TextStyle) {
        self.text = text
        self.style = style
    }
}
