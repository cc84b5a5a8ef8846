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
    /// The organisations that missed it, and that are behind on it, by name.
    public var missed: [String]
    public var behind: [String]

    /// Whether the target fails the run somewhere: some programme in a status that fails (missed,
    /// or behind under `--strict`).
    public func fails(strict: Bool) -> Bool { counts.contains { $0.value > 0 && $0.key.fails(strict: strict) } }
}

/// The roll-up of many programmes (FORMAT.md section 9): the summary rows in order, the folder
/// subtotals and the by-target table. Built from small summaries only.
public struct RollUpSummary: Sendable {
    public var programmes: [ProgrammeSummary]
    public var folders: [FolderSubtotal]
    public var byTarget: [TargetTally]

    public init(_ summaries: [ProgrammeSummary], order: RollUpOrder = .worst) {
        // Each organisation's comparison key is worked out once, not at every comparison.
        let keys = Dictionary(summaries.map { ($0.organisation, Self.nameKey($0.organisation)) }, uniquingKeysWith: { first, _ in first })
        programmes = summaries.sorted { a, b in
            order == .worst ? Self.worstFirst(a, b, keys: keys) : Self.byName(a, b, keys: keys)
        }
        folders = Self.subtotals(summaries)
        byTarget = Self.tallies(summaries)
    }

    static func verdictRank(_ verdict: Verdict) -> Int { Verdict.worstFirst.firstIndex(of: verdict)! }

    /// Names compared as a reader expects: letter case and diacritics aside first, then exactly.
    public static func nameOrder(_ a: String, _ b: String) -> Bool {
        keyedOrder((nameKey(a), a), (nameKey(b), b))
    }

    /// What `nameOrder` compares first.
    static func nameKey(_ name: String) -> String { NameKey.unaccented(name.lowercased()) }

    /// `nameOrder` on names whose keys are already known.
    static func keyedOrder(_ a: (key: String, name: String), _ b: (key: String, name: String)) -> Bool {
        a.key != b.key ? a.key < b.key : a.name < b.name
    }

    /// Names in `nameOrder`, each key worked out once (a roll-up sorts lists of thousands).
    public static func sortedByName(_ names: [String]) -> [String] {
        names.map { (key: nameKey($0), name: $0) }.sorted(by: keyedOrder).map(\.name)
    }

    static func byName(_ a: ProgrammeSummary, _ b: ProgrammeSummary, keys: [String: String]) -> Bool {
        if a.organisation != b.organisation {
            return keyedOrder((keys[a.organisation] ?? nameKey(a.organisation), a.organisation), (keys[b.organisation] ?? nameKey(b.organisation), b.organisation))
        }
        return a.path < b.path
    }

    static func worstFirst(_ a: ProgrammeSummary, _ b: ProgrammeSummary, keys: [String: String]) -> Bool {
        let (rankA, rankB) = (verdictRank(a.verdict), verdictRank(b.verdict))
        if rankA != rankB { return rankA < rankB }
        if a.score != b.score { return a.score < b.score }
        return byName(a, b, keys: keys)
    }

    /// One subtotal per folder, in folder name order.
    static func subtotals(_ summaries: [ProgrammeSummary]) -> [FolderSubtotal] {
        var folders: [String: FolderSubtotal] = [:]
        for summary in summaries {
            var subtotal = folders[summary.folder] ?? FolderSubtotal(folder: summary.folder, programmes: 0, verdicts: [:], counts: [:])
            subtotal.programmes += 1
            subtotal.verdicts[summary.verdict, default: 0] += 1
            for (status, count) in summary.counts { subtotal.counts[status, default: 0] += count }
            folders[summary.folder] = subtotal
        }
        return folders.values.sorted { $0.folder < $1.folder }
    }

    /// One tally per target id: the targets that fail most first (most missed, then most behind),
    /// then in the order the ids first appear.
    static func tallies(_ summaries: [ProgrammeSummary]) -> [TargetTally] {
        var order: [String] = []
        var tallies: [String: TargetTally] = [:]
        var titles: [String: TitleVotes] = [:]
        for summary in summaries.sorted(by: { $0.position < $1.position }) {
            for target in summary.targets {
                titles[target.id, default: TitleVotes()].count(target)
                if tallies[target.id] == nil {
                    order.append(target.id)
                    tallies[target.id] = TargetTally(id: target.id, title: target.title, programmes: 0,
                                                     counts: Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0, 0) }), missed: [], behind: [])
                }
                tallies[target.id]!.programmes += 1
                tallies[target.id]!.counts[target.status, default: 0] += 1
                if target.status == .missed { tallies[target.id]!.missed.append(summary.organisation) }
                if target.status == .behind { tallies[target.id]!.behind.append(summary.organisation) }
            }
        }
        let first = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return order.compactMap { tallies[$0] }.map { tally in
            var sorted = tally
            sorted.title = titles[tally.id]?.winner ?? tally.title
            sorted.missed = sortedByName(sorted.missed)
            sorted.behind = sortedByName(sorted.behind)
            return sorted
        }.sorted { a, b in
            if a.missed.count != b.missed.count { return a.missed.count > b.missed.count }
            if a.behind.count != b.behind.count { return a.behind.count > b.behind.count }
            return first[a.id]! < first[b.id]!
        }
    }

    /// Every target id in the roll-up in the order they first appear in the programmes as given
    /// (a template's order first), for columns: CSV, the HTML matrix.
    public var targetColumns: [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        for summary in programmes.sorted(by: { $0.position < $1.position }) {
            for target in summary.targets where seen.insert(target.id).inserted { ids.append(target.id) }
        }
        return ids
    }
}
