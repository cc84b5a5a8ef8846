import Foundation

/// What a report says about a programme as a whole: verdict, score and rating, provisional or not.
/// Both a full `ProgrammeResult` and the small `ProgrammeSummary` a roll-up keeps can say it.
public protocol ProgrammeStanding {
    var verdict: Verdict { get }
    var achieved: Score { get }
    var projected: Score { get }
    var isProvisional: Bool { get }
    var counts: [Status: Int] { get }
}

extension ProgrammeStanding {
    public var score: Decimal { achieved.value }
    /// The score as the nearest `Double` to the exact fraction.
    public var scoreAsDouble: Double { achieved.double }
    /// The first rating band the score reaches.
    public var rating: String? { achieved.rating }
}

extension ProgrammeResult: ProgrammeStanding {}

extension Status {
    /// Whether a target in this status makes the run fail: missed, or behind under `--strict`.
    public func fails(strict: Bool) -> Bool { self == .missed || (strict && self == .behind) }
}

/// One target of a programme as a roll-up keeps it: its id, title and status.
public struct TargetSummary: Sendable {
    public var id: String
    public var title: String
    public var status: Status
    /// The template the target comes from, if any.
    public var from: String?
    /// The title the template gives the target, if it comes from one (the programme may override it).
    public var templateTitle: String?
}

/// What a roll-up keeps of one evaluated programme: enough for the summary table, the folder
/// subtotals, the by-target table, the CSV row and the HTML matrix, but not its records, so that
/// memory does not grow with the number of programmes.
public struct ProgrammeSummary: Sendable, ProgrammeStanding {
    public var organisation: String
    public var title: String
    /// The programme file as given (or found below the folder given).
    public var path: String
    /// The folder holding the programme file, for grouping.
    public var folder: String
    public var language: Language
    public var asOf: Day
    public var verdict: Verdict
    public var achieved: Score
    public var projected: Score
    public var isProvisional: Bool
    /// The programme's targets (shared with the programmes that have the same list) and their statuses.
    public var targetList: TargetList { heldList ?? spooledList!.store.list(at: spooledList!.offset) }
    /// The list itself, or where a roll-up's store wrote it: a row read back from the roll-up's
    /// spool reads its list only when asked (the summary table and its sort never ask).
    private let heldList: TargetList?
    let spooledList: (store: TargetListStore, offset: Int)?
    public private(set) var statuses: [Status]
    /// The position of the programme among those given, to keep their order where it matters.
    public var position: Int
    /// The organisation as names are compared first (`NameKey.forSorting`), worked out where the
    /// programme is evaluated, on every core, rather than while the roll-up is sorted.
    let sortKey: String

    public init(_ result: ProgrammeResult, position: Int = 0) {
        let shared = SummaryInterning.shared
        organisation = result.programme.organisation
        title = shared.text(result.programme.title)
        path = result.programme.path
        folder = shared.text(ProgrammeSummary.folder(of: result.programme.path))
        language = result.programme.language
        asOf = result.asOf
        verdict = result.verdict
        achieved = result.achieved
        projected = result.projected
        isProvisional = result.isProvisional
        // The programme's targets, which its results hold unchanged, without copying each out of its result.
        heldList = shared.list(result.programme.targets)
        spooledList = nil
        statuses = result.statuses
        self.position = position
        sortKey = NameKey.forSorting(organisation)
    }

    /// A summary read back from a roll-up's spool, its list where `store` wrote it.
    init(organisation: String, title: String, path: String, folder: String, language: Language, asOf: Day, verdict: Verdict,
         achieved: Score, projected: Score, isProvisional: Bool, listIn store: TargetListStore, at offset: Int, statuses: [Status], position: Int,
         sortKey: String) {
        self.init(organisation: organisation, title: title, path: path, folder: folder, language: language, asOf: asOf, verdict: verdict,
                  achieved: achieved, projected: projected, isProvisional: isProvisional, heldList: nil, spooledList: (store, offset),
                  statuses: statuses, position: position, sortKey: sortKey)
    }

    /// A summary made of its parts (tests).
    init(organisation: String, title: String, path: String, folder: String, language: Language, asOf: Day, verdict: Verdict,
         achieved: Score, projected: Score, isProvisional: Bool, targetList: TargetList, statuses: [Status], position: Int, sortKey: String) {
        self.init(organisation: organisation, title: title, path: path, folder: folder, language: language, asOf: asOf, verdict: verdict,
                  achieved: achieved, projected: projected, isProvisional: isProvisional, heldList: targetList, spooledList: nil,
                  statuses: statuses, position: position, sortKey: sortKey)
    }

    private init(organisation: String, title: String, path: String, folder: String, language: Language, asOf: Day, verdict: Verdict,
                 achieved: Score, projected: Score, isProvisional: Bool, heldList: TargetList?, spooledList: (store: TargetListStore, offset: Int)?,
                 statuses: [Status], position: Int, sortKey: String) {
        self.organisation = organisation
        self.title = title
        self.path = path
        self.folder = folder
        self.language = language
        self.asOf = asOf
        self.verdict = verdict
        self.achieved = achieved
        self.projected = projected
        self.isProvisional = isProvisional
        self.heldList = heldList
        self.spooledList = spooledList
        self.statuses = statuses
        self.position = position
        self.sortKey = sortKey
    }

    /// Targets per status.
    public var counts: [Status: Int] { statuses.reduce(into: [:]) { $0[$1, default: 0] += 1 } }

    /// How many targets have `status` (a summary row asks for each status; no dictionary is made).
    public func count(of status: Status) -> Int { statuses.reduce(0) { $1 == status ? $0 + 1 : $0 } }

    /// The programme's targets with their statuses, in the programme's order.
    public var targets: [TargetSummary] {
        statuses.indices.map { TargetSummary(id: targetList.ids[$0], title: targetList.titles[$0], status: statuses[$0], from: targetList.froms[$0],
                                      templateTitle: targetList.templateTitles[$0]) }
    }

    /// The folder part of a programme path ("." for a file in the current folder).
    public static func folder(of path: String) -> String {
        let folder = FilePath.parent(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// Whether the run fails because of this programme: a target missed, or behind under `--strict`.
    public func fails(strict: Bool) -> Bool { statuses.contains { $0.fails(strict: strict) } }

    /// The status of target `id`, or nil when the programme lacks it.
    public func status(of id: String) -> Status? { targetList.ids.firstIndex(of: id).map { statuses[$0] } }
}
