import Foundation
import TallyYAML

/// A waiver of a target, or of one member of an `each` target, with accountability.
public struct Exemption: Sendable {
    public var target: String
    public var member: String?
    public var reason: String
    public var approvedBy: String
    public var until: Day?
    public var line: Int

    /// Whether the exemption still applies on `day`.
    public func applies(on day: Day) -> Bool { until.map { $0 >= day } ?? true }
}

/// One band of the rating scale: the label given when the score reaches `atLeast` percent.
public struct RatingBand: Sendable {
    public var atLeast: Decimal? { didSet { wholeAtLeast = atLeast.flatMap(Exact.integer) } }
    public var label: String
    /// `atLeast` as an integer when it is whole (scores are compared with it in integers).
    private(set) var wholeAtLeast: Int?

    public init(atLeast: Decimal?, label: String) {
        self.atLeast = atLeast
        self.label = label
        wholeAtLeast = atLeast.flatMap(Exact.integer)
    }
}

/// Report language.
public enum Language: String, Sendable, CaseIterable {
    case vi, en
}

/// A year's work programme: rosters, activities, where records are, targets and rating.
public struct Programme: Sendable {
    public var title: String
    public var organisation: String
    public var period: DateWindow
    public var language: Language
    public var rosterOrder: [String]
    public var rosters: [String: Roster]
    /// The activities vocabulary, kind to label, in file order; nil when the programme lists none.
    public var activities: [(kind: String, label: String)]?
    public var recordPatterns: [String]
    /// Where each `records:` entry is written, for errors about it.
    public var recordPatternMarks: [Mark] = []
    /// The `journal:` file as written (relative to the programme): where the web and `tally record` append.
    public var journal: String?
    public var targets: [Target]
    public var exemptions: [Exemption]
    public var rating: [RatingBand]
    /// The programme file as given on the command line.
    public var path: String

    public init(title: String, organisation: String, period: DateWindow, language: Language = .en,
                rosterOrder: [String] = [], rosters: [String: Roster] = [:], activities: [(kind: String, label: String)]? = nil,
                recordPatterns: [String] = [], targets: [Target] = [], exemptions: [Exemption] = [],
                rating: [RatingBand] = [], path: String = "") {
        self.title = title
        self.organisation = organisation
        self.period = period
        self.language = language
        self.rosterOrder = rosterOrder
        self.rosters = rosters
        self.activities = activities
        self.recordPatterns = recordPatterns
        self.targets = targets
        self.exemptions = exemptions
        self.rating = rating
        self.path = path
    }

    /// The label of an activity kind, or the kind itself.
    public func label(of kind: String) -> String {
        activities?.first { $0.kind == kind }?.label ?? kind
    }

    /// The key `distinct` counts by: a roster member under any of its spellings (so `TTDVVL` and
    /// its full name count once), else the name's matching key.
    public func distinctKey(_ text: String) -> String {
        let key = NameKey.of(text)
        for name in rosterOrder {
            if let roster = rosters[name], let position = roster.member(key: key) { return "\(name)\u{0}\(position)" }
        }
        return key
    }

    /// The roster name of the member that `text` names under any spelling (`TTDV` → `Trung tâm
    /// Dịch vụ`), or `text` itself when no roster has it.
    public func unitName(_ text: String) -> String {
        for name in rosterOrder {
            if let roster = rosters[name], let position = roster.member(named: text) { return roster.members[position].name }
        }
        return text
    }

    /// The target with `id`, if any.
    public func target(_ id: String) -> Target? { targets.first { $0.id == id } }
}
