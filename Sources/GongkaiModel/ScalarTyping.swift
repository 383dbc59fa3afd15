import Foundation
import Yams

/// How the plain scalars of a parsed tree were typed, which decides how a reader matches mapping keys.
///
/// Yams' default resolver types every plain scalar by the YAML 1.1 rules (`1` an int, `yes` a bool, `~` null)
/// with regular expressions, and its `mapping[key]` compares keys by text and type. `NodeReader` reads every
/// value as text and parses numbers and amounts itself, so only the keys' types matter: `.deferred` parses
/// with no typing at all and works out, for the few keys where it could make a difference, what the default
/// resolver would have decided. A file that could tell the two apart (an explicit tag, or keys that are equal
/// as text) is parsed typed.
package enum ScalarTyping: Sendable {
    /// Typed by Yams' default resolver while parsing; keys are matched by Yams.
    case resolved
    /// Not typed (`Resolver.basic`); keys are matched by text and by the type the default resolver would
    /// give them.
    case deferred

    /// Whether `yaml` may hold an explicit tag (`!!int 1`, `!custom x`, `%TAG`): every tag starts with `!`.
    static func mayHaveTags(_ yaml: String) -> Bool {
        let found = yaml.utf8.withContiguousStorageIfAvailable { bytes in
            guard let start = bytes.baseAddress else { return false }
            return memchr(start, 0x21, bytes.count) != nil
        }
        return found ?? yaml.utf8.contains(0x21)
    }

    /// `mayHaveTags` for the UTF-8 bytes of a text.
    static func mayHaveTags(_ yaml: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = yaml.baseAddress else { return false }
        return memchr(start, 0x21, yaml.count) != nil
    }

    /// Whether the default resolver types the plain scalar `text` as a string.
    static func isText(_ text: String) -> Bool {
        tag(ofPlain: text) == .str
    }

    /// The tag the default resolver gives the plain scalar `text`.
    static func tag(ofPlain text: String) -> Tag.Name {
        mayBeTyped(text) ? resolverTag(ofPlain: text) : .str
    }

    /// The default resolver's own answer, by its regular expressions.
    static func resolverTag(ofPlain text: String) -> Tag.Name {
        Resolver.default.resolveTag(of: Node(text))
    }

    /// False only where no rule of the default resolver can match `text`: each rule's alternatives are anchored
    /// at the start and begin with one of a few characters, and the only rules that begin with a letter are
    /// whole words (`yes`, `On`, `NULL`…), which a text of letters, digits and `_` matches only by being one.
    static func mayBeTyped(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first else { return true }  // "" is null
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "<"), UInt8(ascii: "~"), UInt8(ascii: "="):
            return true
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
            UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return !utf8.allSatisfy(isWordByte) || typedWords.contains(text)
        default:
            return false
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// The words the default resolver types as bool or null.
    private static let typedWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]
}
