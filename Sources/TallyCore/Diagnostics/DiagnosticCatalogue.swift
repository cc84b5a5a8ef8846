import Foundation

/// Every diagnostic Tally gives, one entry per code, split by area into the
/// `DiagnosticCatalogue+AREA.swift` files beside this one.
public enum DiagnosticCatalogue {
    /// Every entry, by code.
    public static let entries: [DiagnosticCode: CatalogueEntry] = {
        var all: [DiagnosticCode: CatalogueEntry] = [:]
        for entry in yaml + files + values + programme + targets + templates + records + workbooks + expressions + accounts + users + arguments + pages {
            precondition(all[entry.code] == nil, "two catalogue entries for \(entry.code.rawValue)")
            all[entry.code] = entry
        }
        return all
    }()

    public static func entry(_ code: DiagnosticCode) -> CatalogueEntry {
        guard let entry = entries[code] else { preconditionFailure("no catalogue entry for \(code.rawValue)") }
        return entry
    }

    /// The entries in code order, for `tally errors` and docs/errors.md.
    public static var sorted: [CatalogueEntry] { DiagnosticCode.allCases.sorted().compactMap { entries[$0] } }

    /// The entry a user asked for by its code, or the nearest codes when there is none.
    public static func lookUp(_ text: String) -> Result<CatalogueEntry, Unknown> {
        let code = text.trimmedOfWhitespace.lowercased()
        if let known = DiagnosticCode(rawValue: code), let entry = entries[known] { return .success(entry) }
        return .failure(Unknown(code: text, near: Suggestion.nearest(to: code, in: DiagnosticCode.allCases.map(\.rawValue))))
    }

    public struct Unknown: Error, Sendable {
        public var code: String
        public var near: [String]
    }
}
