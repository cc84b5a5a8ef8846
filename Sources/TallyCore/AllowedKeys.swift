/// Every key a programme (or template) may hold, place by place, in one table. The loaders check
/// unknown keys against it, `tally schema` describes each key from it, and a test checks that the
/// `init` starter uses only these keys. Adding a key is one line here (then read it in its loader).
public enum AllowedKeys {
    /// Where a mapping of keys stands in a programme file.
    public enum Place: String, Sendable, CaseIterable {
        case programme, target, exemption, ratingBand = "rating band", milestone, respond, window
    }

    public struct Key: Sendable {
        public let name: String
        public let required: Bool
        /// Whether a programme's `override:` may change it (targets only, FORMAT.md section 8).
        public let overridable: Bool
        /// One line for editors (the JSON Schema's description).
        public let summary: String

        init(_ name: String, required: Bool = false, overridable: Bool = false, _ summary: String) {
            self.name = name
            self.required = required
            self.overridable = overridable
            self.summary = summary
        }
    }

    public static let table: [Place: [Key]] = [
        .programme: [
            Key("programme", required: true, "The programme's title."),
            Key("organisation", required: true, "The organisation it belongs to."),
            Key("period", required: true, "A year such as 2024, or {from, to}."),
            Key("language", "Report language: vi or en (default en)."),
            Key("rosters", "Named sets of units or people."),
            Key("activities", "The activity kinds, kind: label."),
            Key("records", "Records files or globs, relative to the programme."),
            Key("journal", "The YAML records file the web form and `tally record` append to; one that records: matches."),
            Key("targets", required: true, "The targets (chỉ tiêu)."),
            Key("exemptions", "Targets or members waived, with reason and approver."),
            Key("rating", "Bands on the weighted score, best first."),
            Key("extends", "The template whose targets this programme takes over."),
            Key("override", "Changes to the template's targets, by id."),
        ],
        .target: [
            Key("id", required: true, "Unique id: a-z, 0-9 and -"),
            Key("title", required: true, overridable: true, "What the target asks."),
            Key("owner", overridable: true, "Who answers for it."),
            Key("weight", overridable: true, "Its weight in the score (default 1)."),
            Key("count", "Count records of these kinds."),
            Key("sum", "Add up this numeric field (with of:)."),
            Key("of", "The kinds a sum adds up."),
            Key("share", "The percentage of these records for which that: holds."),
            Key("that", "The condition of a share."),
            Key("respond", "Answers in time: {to, with, within}."),
            Key("where", "Only records for which this holds."),
            Key("distinct", "Count distinct values of this field."),
            Key("each", "A roster: the threshold applies to every member."),
            Key("key", "The record field naming the member (default unit)."),
            Key("members", overridable: true, "How many members must meet it: N or P%."),
            Key("at-least", overridable: true, "The threshold: N, P% or P% of ATTRIBUTE."),
            Key("at-most", overridable: true, "An upper bound instead."),
            Key("during", overridable: true, "The window."),
            Key("by", overridable: true, "A deadline: the window runs from the programme's start."),
            Key("every", "week, month, quarter or half: each period on its own."),
            Key("periods", overridable: true, "How many periods must meet it: N or P%."),
            Key("milestones", overridable: true, "Checkpoints: [{by, at-least}]."),
        ],
        .exemption: [
            Key("target", required: true, "The target's id."),
            Key("member", "One member of its each: roster."),
            Key("reason", required: true, "Why."),
            Key("approved-by", required: true, "Who approved it."),
            Key("until", "The last day it applies."),
        ],
        .ratingBand: [
            Key("at-least", "The lowest score of the band (a percentage)."),
            Key("label", required: true, "The rating's name."),
        ],
        .milestone: [
            Key("by", required: true, "The checkpoint's date."),
            Key("at-least", required: true, "N, or P% of the final threshold."),
        ],
        .respond: [
            Key("to", required: true, "The kinds that ask for an answer."),
            Key("with", required: true, "The kinds that answer (naming the trigger in responds-to)."),
            Key("within", required: true, "The time allowed: 14d or 2w."),
        ],
        .window: [
            Key("from", required: true, "The first day."),
            Key("to", required: true, "The last day."),
        ],
    ]

    /// The keys allowed at `place`, in table order.
    public static func names(_ place: Place) -> [String] { (table[place] ?? []).map(\.name) }

    /// The keys a programme's `override:` may change in a template target.
    public static var overridable: [String] { (table[.target] ?? []).filter(\.overridable).map(\.name) }

    /// The keys required at `place`.
    public static func required(_ place: Place) -> [String] { (table[place] ?? []).filter(\.required).map(\.name) }
}
