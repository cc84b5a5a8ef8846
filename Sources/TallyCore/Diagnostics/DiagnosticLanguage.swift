import Foundation

extension Language {
    /// The language diagnostics (and `tally errors`) are written in (FORMAT.md section 10):
    /// `--lang`; else the programme's `language:`; else the locale (`LC_ALL`, then `LANG`,
    /// Vietnamese when it starts with `vi`); else English. The one place this rule lives.
    public static func chosen(flag: Language?, programme: Language?, environment: [String: String]? = nil) -> Language {
        if let flag { return flag }
        if let programme { return programme }
        // The process's locale is read once: every diagnostic of a run asks, and reading the
        // environment builds a dictionary of all of it.
        return environment.map(ofLocale) ?? processLocale
    }

    private static let processLocale = ofLocale(ProcessInfo.processInfo.environment)

    private static func ofLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LANG"] {
            if let locale = environment[name], !locale.isEmpty { return locale.lowercased().hasPrefix("vi") ? .vi : .en }
        }
        return .en
    }
}
