import TallyCore

/// What a programme's details in a report depend on besides the programme: the report's language,
/// colour, `--strict`, where it is written and whether it is a roll-up.
public struct DetailsContext: Sendable, Equatable {
    public var language: Language
    public var strict: Bool
    public var color: Bool
    public var outputPath: String?
    public var inRollUp: Bool

    public init(language: Language, strict: Bool = false, color: Bool = false, outputPath: String? = nil, inRollUp: Bool = true) {
        self.language = language
        self.strict = strict
        self.color = color
        self.outputPath = outputPath
        self.inRollUp = inRollUp
    }

    /// The context of `report`.
    public init(_ report: Report) {
        self.init(language: report.effectiveLanguage, strict: report.strict, color: report.color, outputPath: report.outputPath, inRollUp: report.rollUp != nil)
    }
}

/// A format whose report writes each programme's details on their own: `details` gives the very
/// bytes the report writes for the programme at `position`, so `tally check` can write them as
/// soon as the programme is evaluated and let it go (one pass over a roll-up of any size).
public protocol ProgrammeDetailsRenderer: Sendable {
    func details(of result: ProgrammeResult, position: Int, context: DetailsContext) -> String
}

extension ReportFormat {
    /// The format's details renderer (CSV has no details).
    public var detailsRenderer: (any ProgrammeDetailsRenderer)? { renderer as? any ProgrammeDetailsRenderer }
}

extension ProgrammeResults {
    /// The details of the programme at `position` as written ahead by the run, or those of the
    /// evaluated programme when they were not (or not for this context).
    func details(at position: Int, context: DetailsContext, _ render: (ProgrammeResult) -> String) -> String {
        spool?.details(at: position, context: context) ?? render(self[position])
    }
}
