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
        var taken = summaries
        self.init(taking: &taken, order: order)
    }

    /// The roll-up of `summaries`, which it takes over (leaving the array empty) and puts in order
    /// in place: a roll-up of many programmes holds their rows once, not twice.
    public init(taking summaries: inout [ProgrammeSummary], order: RollUpOrder = .worst) {
        // Each organisation's comparison key and verdict rank are worked out once, not at every
        // comparison, and summaries are compared by index: no string is hashed while sorting.
        let keys = ParallelMap.map(summaries.map(\.organisation)) { Self.nameKey($0) }
        let ranks = summaries.map { Self.verdictRank($0.verdict) }
        let sorted = summaries.indices.sorted { a, b in
            if order == .worst {
                if ranks[a] != ranks[b] { return ranks[a] < ranks[b] }
                if summaries[a].score != summaries[b].score { return summaries[a].score < summaries[b].score }
            }
            return Self.byName(summaries, keys, a, b)
        }
        folders = Self.subtotals(summaries)
        byTarget = Self.tallies(summaries, keys: keys)
        Self.arrange(&summaries, in: sorted)
        programmes = summaries
        summaries = []
    }

    /// Puts `items` in the order `order` gives (position i takes the item at `order[i]`) in place,
    /// following each cycle of the permutation: no second array of rows.
    static func arrange<Item>(_ items: inout [Item], in order: [Int]) {
        var placed = [Bool](repeating: false, count: items.count)
        for start in items.indices where !placed[start] {
            var position = start
            while order[position] != start {
                items.swapAt(position, order[position])
                placed[position] = true
                position = order[position]
            }
            placed[position] = true
        }
    }

    static func verdictRank(_ verdict: Verdict) -> Int { Verdict.worstFirst.firstIndex(of: verdict)! }

    /// What names are compared by first: letter case and diacritics aside.
    static func nameKey(_ name: String) -> String { NameKey.unaccented(name.lowercased()) }

    /// Summaries `a` and `b` in the order a reader expects of their organisations (`keys` holds
    /// each one's `nameKey`; equal keys are then compared exactly), then by path.
    static func byName(_ summaries: [ProgrammeSummary], _ keys: [String], _ a: Int, _ b: Int) -> Bool {
        if keys[a] != keys[b] { return keys[a] < keys[b] }
        if summaries[a].organisation != summaries[b].organisation { return summaries[a].organisation < summaries[b].organisation }
        return summaries[a].path < summaries[b].path
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
    /// then in the order the ids first appear. `keys` holds each summary's organisation key, to
    /// list the organisations that missed or are behind in name order.
    static func tallies(_ summaries: [ProgrammeSummary], keys: [String]) -> [TargetTally] {
        var tallies: [TargetTally] = []
        var slotOfID: [String: Int] = [:]
        var missed: [[Int]] = [], behind: [[Int]] = []
        // Most programmes share a few target lists: each list's ids are looked up once.
        var slotsOfList: [ObjectIdentifier: (list: TargetList, slots: [Int], uses: Int)] = [:]
        for index in summaries.indices.sorted(by: { summaries[$0].position < summaries[$1].position }) {
            let summary = summaries[index], list = ObjectIdentifier(summary.targetList)
            if slotsOfList[list] == nil {
                let slots = summary.targetList.ids.indices.map { place -> Int in
                    let id = summary.targetList.ids[place]
                    if let slot = slotOfID[id] { return slot }
                    slotOfID[id] = tallies.count
                    tallies.append(TargetTally(id: id, title: summary.targetList.titles[place], programmes: 0,
                                               counts: Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0, 0) }), missed: [], behind: []))
                    missed.append([])
                    behind.append([])
                    return tallies.count - 1
                }
                slotsOfList[list] = (summary.targetList, slots, 0)
            }
            slotsOfList[list]!.uses += 1
            let slots = slotsOfList[list]!.slots
            for (place, status) in summary.statuses.enumerated() {
                let slot = slots[place]
                tallies[slot].programmes += 1
                tallies[slot].counts[status, default: 0] += 1
                if status == .missed { missed[slot].append(index) }
                if status == .behind { behind[slot].append(index) }
            }
        }
        var titles = [TitleVotes](repeating: TitleVotes(), count: tallies.count)
        for (list, slots, uses) in slotsOfList.values {
            for place in list.ids.indices {
                titles[slots[place]].count(title: list.titles[place], templateTitle: list.templateTitles[place], times: uses)
            }
        }
        let byName = { (indices: [Int]) in indices.sorted { Self.byName(summaries, keys, $0, $1) }.map { summaries[$0].organisation } }
        for slot in tallies.indices {
            tallies[slot].title = titles[slot].winner ?? tallies[slot].title
            tallies[slot].missed = byName(missed[slot])
            tallies[slot].behind = byName(behind[slot])
        }
        return tallies.enumerated().sorted { a, b in
            if a.element.missed.count != b.element.missed.count { return a.element.missed.count > b.element.missed.count }
            if a.element.behind.count != b.element.behind.count { return a.element.behind.count > b.element.behind.count }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Every target id in the roll-up in the order they first appear in the programmes as given
    /// (a template's order first), for columns: CSV, the HTML matrix.
    public var targetColumns: [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        // Rows are visited by index in position order (not copied), each target list once.
        var lists: Set<ObjectIdentifier> = []
        for index in programmes.indices.sorted(by: { programmes[$0].position < programmes[$1].position })
        where lists.insert(ObjectIdentifier(programmes[index].targetList)).inserted {
            for id in programmes[index].targetList.ids where seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }
}
