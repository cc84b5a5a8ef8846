import Foundation

/// How a roll-up orders its programmes.
public enum RollUpOrder: String, Sendable, CaseIterable {
    /// Verdict (non-compliant, at-risk, compliant), then score ascending, then name (FORMAT.md section 9).
    case worst
    /// Organisation name, alphabetically.
    case name
}

/// One folder of a tree: how its programmes stand, for the subtotal row.
public struct FolderSubtotal: Sendable {
    public var folder: String
    public var programmes: Int
    public var verdicts: [Verdict: Int]
    /// Targets per status, over the folder's programmes.
    public var counts: [Status: Int]
}

/// One row of the by-target table: how one target id stands across the programmes that have it.
public struct TargetTally: Sendable {
    public var id: String
    /// The title heading the row, whatever order the programmes come in: the template's title
    /// when the target comes from a template (a programme's `override:` of it does not head the
    /// row), else the title most programmes give it; a tie goes to the first in sorted order.
    public var title: String
    /// How many programmes have the target.
    public var programmes: Int
    public var counts: [Status: Int]
    /// The organisations that missed it, and that are behind on it, in name order.
    public var missed: OrganisationNames
    public var behind: OrganisationNames

    public init(id: String, title: String, programmes: Int, counts: [Status: Int], missed: OrganisationNames = OrganisationNames(),
                behind: OrganisationNames = OrganisationNames()) {
        self.id = id
        self.title = title
        self.programmes = programmes
        self.counts = counts
        self.missed = missed
        self.behind = behind
    }

    /// Whether the target fails the run somewhere: some programme in a status that fails (missed,
    /// or behind under `--strict`).
    public func fails(strict: Bool) -> Bool { counts.contains { $0.value > 0 && $0.key.fails(strict: strict) } }
}

/// The organisations of a by-target row, in name order, read from where the roll-up keeps them
/// (a national year's "missed" lists hold hundreds of thousands of names): `count` is known at
/// once, the names are read as they are shown.
public struct OrganisationNames: Sequence, Sendable {
    let rows: SortedRows<FailingName>?
    /// The first names only, when the roll-up kept no more than a report shows.
    let first: [String]?
    /// Where the names are among the sorted names (iterator positions).
    let start: Int
    let end: Int
    public let count: Int

    public init() {
        rows = nil
        first = nil
        start = 0
        end = 0
        count = 0
    }

    init(rows: SortedRows<FailingName>, start: Int, end: Int, count: Int) {
        self.rows = rows
        first = nil
        self.start = start
        self.end = end
        self.count = count
    }

    /// `count` names of which only the first are kept: the sequence ends after them.
    init(first: [String], count: Int) {
        rows = nil
        self.first = first
        start = 0
        end = 0
        self.count = count
    }

    public var isEmpty: Bool { count == 0 }
    public var underestimatedCount: Int { first?.count ?? count }

    public func makeIterator() -> Iterator {
        Iterator(rows: count == 0 ? nil : rows?.iterator(from: start, to: end), first: first?.makeIterator(), left: count)
    }

    public struct Iterator: IteratorProtocol {
        var rows: SortedRows<FailingName>.Iterator?
        var first: IndexingIterator<[String]>?
        var left: Int

        /// The next name; past the last, the reader (and its buffer) is let go at once: a JSON
        /// report holds every target's iterator until the end.
        public mutating func next() -> String? {
            if first != nil { return first!.next() }
            guard left > 0, let name = rows?.next() else { return nil }
            left -= 1
            if left == 0 { rows = nil }
            return name.organisation
        }
    }
}

/// The roll-up of many programmes (FORMAT.md section 9): the summary rows in order, the folder
/// subtotals and the by-target table. Built by `RollUpBuilder` from one small summary at a time;
/// the rows and the names of the by-target table are kept in order on disk, not in memory.
public struct RollUpSummary: Sendable {
    /// The summary rows in the roll-up's order, read one after another.
    public let programmes: SortedRows<ProgrammeSummary>
    public let folders: [FolderSubtotal]
    public let byTarget: [TargetTally]
    /// Every target id in the order they first appear in the programmes as given (a template's
    /// order first), for columns: CSV, the HTML matrix.
    public let targetColumns: [String]
    /// The programmes' languages.
    public let languages: Set<Language>
    /// The date every programme was evaluated as of, when they agree.
    public let commonAsOf: Day?
    /// Targets per status over every programme.
    public let totals: [Status: Int]
    /// The order of `programmes`.
    public let order: RollUpOrder

    init(programmes: SortedRows<ProgrammeSummary>, folders: [FolderSubtotal], byTarget: [TargetTally], targetColumns: [String],
         languages: Set<Language>, commonAsOf: Day?, totals: [Status: Int], order: RollUpOrder) {
        self.programmes = programmes
        self.folders = folders
        self.byTarget = byTarget
        self.targetColumns = targetColumns
        self.languages = languages
        self.commonAsOf = commonAsOf
        self.totals = totals
        self.order = order
    }

    /// The roll-up of `summaries`, taken in the order of their positions.
    public init(_ summaries: [ProgrammeSummary], order: RollUpOrder = .worst) {
        let builder = RollUpBuilder(order: order)
        for summary in summaries.sorted(by: { $0.position < $1.position }) { builder.add(summary) }
        self = builder.finish()
    }

    static func verdictRank(_ verdict: Verdict) -> Int { Verdict.worstFirst.firstIndex(of: verdict)! }

    /// Whether `a`'s score is below `b`'s; nil when they are equal. Scores far apart are told by
    /// their doubles (each within a few parts in 10^16 of the exact fraction, so a gap of a part in
    /// 10^9 is certain); near ones by the decimals, whose comparison allocates when scales differ.
    static func lowerScore(_ a: ProgrammeSummary, _ b: ProgrammeSummary) -> Bool? {
        let x = a.scoreAsDouble, y = b.scoreAsDouble
        if x.isFinite && y.isFinite && abs(x - y) > 1e-9 * max(abs(x), abs(y), 1e-300) { return x < y }
        return a.score == b.score ? nil : a.score < b.score
    }

    /// Whether summary `a` comes before `b` in `order`: worst first (verdict, then score), then by
    /// organisation as a reader expects (letter case and diacritics aside, then exactly), then by
    /// path and position.
    static func precedes(_ a: ProgrammeSummary, _ b: ProgrammeSummary, order: RollUpOrder) -> Bool {
        if order == .worst {
            if a.verdict != b.verdict { return verdictRank(a.verdict) < verdictRank(b.verdict) }
            if let lower = Self.lowerScore(a, b) { return lower }
        }
        if a.sortKey != b.sortKey { return a.sortKey < b.sortKey }
        if a.organisation != b.organisation { return a.organisation < b.organisation }
        if a.path != b.path { return a.path < b.path }
        return a.position < b.position
    }
}
