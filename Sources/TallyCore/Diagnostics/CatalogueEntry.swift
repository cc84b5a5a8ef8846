/// One entry of the diagnostics catalogue: everything Tally says about one code, in both languages.
/// Messages and fixes are templates: `{name}` is filled from the diagnostic's arguments.
public struct CatalogueEntry: Sendable {
    public let code: DiagnosticCode
    public let severity: Diagnostic.Severity
    /// One line for `tally errors`.
    public let summary: LocalizedText
    public let message: LocalizedText
    public let fix: LocalizedText
    /// A second way to fix it, for the places where the first does not fit (a spreadsheet
    /// rather than a YAML file, a programme rather than a records file).
    public let otherFix: LocalizedText?
    /// What a note pointing at a second place says ("first defined here").
    public let note: LocalizedText?
    /// What triggers it, for `tally errors CODE`.
    public let explanation: LocalizedText
    /// A few lines of input that trigger it.
    public let example: String

    /// `(English, Vietnamese)` pairs keep the catalogue files short and the two languages side by side.
    public typealias Words = (en: String, vi: String)

    public init(_ code: DiagnosticCode, _ severity: Diagnostic.Severity = .error,
                summary: Words, message: Words, fix: Words, otherFix: Words? = nil, note: Words? = nil,
                explanation: Words, example: String) {
        self.code = code
        self.severity = severity
        self.summary = LocalizedText(en: summary.en, vi: summary.vi)
        self.message = LocalizedText(en: message.en, vi: message.vi)
        self.fix = LocalizedText(en: fix.en, vi: fix.vi)
        self.otherFix = otherFix.map { LocalizedText(en: $0.en, vi: $0.vi) }
        self.note = note.map { LocalizedText(en: $0.en, vi: $0.vi) }
        self.explanation = LocalizedText(en: explanation.en, vi: explanation.vi)
        self.example = example
    }
}
