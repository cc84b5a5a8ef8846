/// A piece of text in both of Tally's languages. A string literal is the same in both
/// (names, numbers, file paths); `LocalizedText(en:vi:)` gives each language its own words.
public struct LocalizedText: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public var en: String
    public var vi: String

    public init(en: String, vi: String) {
        self.en = en
        self.vi = vi
    }

    /// Text that reads the same in every language: a name, a number, a path.
    public init(_ same: String) { self.init(en: same, vi: same) }
    public init(stringLiteral value: String) { self.init(value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self.init(String(stringInterpolation: stringInterpolation)) }

    public func text(in language: Language) -> String { language == .vi ? vi : en }

    /// Fills `{name}` placeholders from `arguments`; an unknown placeholder is left as written.
    public func filled(_ arguments: [String: LocalizedText], in language: Language) -> String {
        let template = text(in: language)
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest.index(after: open)
            let name = rest[after...].prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            if name.endIndex < rest.endIndex, rest[name.endIndex] == "}", let value = arguments[String(name)] {
                out += value.text(in: language)
                rest = rest[rest.index(after: name.endIndex)...]
            } else {
                out += "{"
                rest = rest[after...]
            }
        }
        return out + rest
    }

    /// Joins texts language by language.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(en: lhs.en + rhs.en, vi: lhs.vi + rhs.vi)
    }

    /// `"a" or "b"` / `"a" hay "b"`: quoted names joined the way each language lists alternatives.
    public static func alternatives(_ names: [String]) -> LocalizedText {
        let quoted = names.map { "\"\($0)\"" }
        return LocalizedText(en: quoted.joined(separator: " or "), vi: quoted.joined(separator: " hay "))
    }
}
