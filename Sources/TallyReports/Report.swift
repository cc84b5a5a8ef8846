import TallyCore

/// What every renderer takes: the evaluated programmes and how to present them.
public struct Report: Sendable {
    public var results: [ProgrammeResult]
    /// The language asked for on the command line; nil means each programme's own.
    public var language: Language?
    public var strict: Bool
    public var color: Bool
    /// Diagnostics of programmes that could not be evaluated, for formats that carry them.
    public var diagnostics: [Diagnostic]

    public init(results: [ProgrammeResult], language: Language? = nil, strict: Bool = false, color: Bool = false, diagnostics: [Diagnostic] = []) {
        self.results = results
        self.language = language
        self.strict = strict
        self.color = color
        self.diagnostics = diagnostics
    }

    /// One language for the whole output: the one asked for, else the programmes' own when they agree, else English.
    public var effectiveLanguage: Language {
        if let language { return language }
        let languages = Set(results.map(\.programme.language))
        return languages.count == 1 ? languages.first! : .en
    }
}

/// A report format: turns the evaluation into text.
public protocol ReportRenderer {
    func render(_ report: Report) -> String
}

/// The formats `tally check --format` offers.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, markdown, html, junit

    public var renderer: any ReportRenderer {
        switch self {
        case .text: TextReport()
        case .json: JSONReport()
        case .markdown: MarkdownReport()
        case .html: HTMLReport()
        case .junit: JUnitReport()
        }
    }
}
