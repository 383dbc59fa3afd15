import Foundation

/// The language messages are put into words in: Chinese when the user's locale is Chinese, English otherwise.
public enum Language: String, Hashable, Sendable, CaseIterable {
    case english = "en"
    case chinese = "zh"

    /// The language of this process, chosen once from its environment.
    public static let current = Language(environment: ProcessInfo.processInfo.environment)

    /// The language POSIX's precedence gives: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and
    /// not empty decides; a value starting with `zh` (zh_CN.UTF-8, zh_TW, zh) is Chinese, any other English.
    public init(environment: [String: String]) {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            self = value.lowercased().hasPrefix("zh") ? .chinese : .english
            return
        }
        self = .english
    }
}

extension CodingUserInfoKey {
    /// The `Language` an encoder puts messages into words in (English when not given).
    public static let messageLanguage = CodingUserInfoKey(rawValue: "gongkai.messageLanguage")!
}
