import TallyCore

/// What every renderer takes: the evaluated programmes and how to present them.
public struct Report: Sendable {
    public var results: ProgrammeResults
    /// The language asked for on the command line; nil means each programme's own.
    public var language: Language?
    public var strict: Bool
    public var color: Bool
    /// Diagnostics of programmes that could not be evaluated, for formats that carry them.
    public var diagnostics: [Diagnostic]
    /// The roll-up of several programmes (or of a tree, or with `--summary`); nil for one programme alone.
    public var rollUp: RollUpSummary?
    /// `--summary`: the roll-up only, without each programme's details (`results` is then empty).
    public var summaryOnly: Bool
    /// Where the report is written (nil: standard output), so that links to evidence work from there.
    public var outputPath: String?

    /// A report on `results`; several of them make a roll-up ordered by `order`, unless `rollUp` is given.
    public init(results: [ProgrammeResult], language: Language? = nil, strict: Bool = false, color: Bool = false, diagnostics: [Diagnostic] = [],
                rollUp: RollUpSummary? = nil, summaryOnly: Bool = false, order: RollUpOrder = .worst, outputPath: String? = nil) {
        self.init(programmes: ProgrammeResults(results), language: language, strict: strict, color: color, diagnostics: diagnostics,
                  rollUp: rollUp, summaryOnly: summaryOnly, order: order, outputPath: outputPath)
    }

    /// A report on `results` that may be evaluated again as they are written (see `ProgrammeResults`).
    public init(programmes results: ProgrammeResults, language: Language? = nil, strict: Bool = false, color: Bool = false, diagnostics: [Diagnostic] = [],
                rollUp: RollUpSummary? = nil, summaryOnly: Bool = false, order: RollUpOrder = .worst, outputPath: String? = nil) {
        self.outputPath = outputPath
        self.results = results
        self.language = language
        self.strict = strict
        self.color = color
        self.diagnostics = diagnostics
        self.summaryOnly = summaryOnly
        self.rollUp = rollUp ?? (results.count > 1 || summaryOnly
            ? RollUpSummary(results.enumerated().map { ProgrammeSummary($1, position: $0) }, order: order) : nil)
    }

    /// One language for the whole output: the one asked for, else the programmes' own when they agree, else English.
    public var effectiveLanguage: Language {
        if let language { return language }
        let languages = rollUp?.languages ?? Set(results.map(\.programme.language))
        return languages.count == 1 ? languages.first! : .en
    }

    /// How many programmes the report covers.
    public var programmeCount: Int { rollUp?.programmes.count ?? results.count }
}

/// A report format: turns the evaluation into text.
public protocol ReportRenderer {
    func render(_ report: Report) -> String
    /// Writes the report as it is produced (formats whose output grows with the records stream it).
    func write(_ report: Report, to output: ReportOutput)
}

extension ReportRenderer {
    public func write(_ report: Report, to output: ReportOutput) {
        output.write(render(report))
    }
}

/// A renderer that writes its report as it goes; the report in memory is that writing, kept.
public protocol StreamingReportRenderer: ReportRenderer {}

extension StreamingReportRenderer {
    public func render(_ report: Report) -> String {
        let output = ReportOutput.memory()
        write(report, to: output)
        return output.text
    }
}

/// The formats `tally check --format` offers.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, markdown, html, junit, csv

    public var renderer: any ReportRenderer {
        switch self {
        case .text: TextReport()
        case .json: JSONReport()
        case .markdown: MarkdownReport()
        case .html: HTMLReport()
        case .junit: JUnitReport()
        case .csv: CSVReport()
        }
    }

    /// Whether the format's details draw each count's and sum's burn-up chart, and so need the
    /// running totals the evaluator keeps (`Evaluator.keepsSeries`).
    public var drawsBurnUp: Bool { self == .html }

    /// How many of the organisations failing each target the roll-up must keep for this format:
    /// JSON lists them all (nil); the tables show the first ones and "and N more" (`RollUp.names`);
    /// CSV names none.
    public var rollUpNamesKept: Int? {
        switch self {
        case .json: nil
        case .csv: 0
        case .text, .markdown, .html, .junit: RollUp.namesShown + 1
        }
    }
}
