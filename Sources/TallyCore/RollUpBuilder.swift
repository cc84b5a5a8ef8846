import Foundation

/// One organisation that missed a target or is behind on it, for the by-target table's names.
struct FailingName {
    /// The target's place in the order ids first appear.
    var slot: Int
    var behind: Bool
    var sortKey: String
    var organisation: String
    var path: String
    var position: Int

    static var order: SpoolOrder<FailingName> { SpoolOrder(encode: { name, writer in
        writer.int(name.slot)
        writer.byte(name.behind ? 1 : 0)
        writer.text(name.sortKey)
        writer.text(name.organisation)
        writer.text(name.path)
        writer.int(name.position)
    }, decode: { reader in
        FailingName(slot: reader.int(), behind: reader.byte() == 1, sortKey: reader.text(), organisation: reader.text(), path: reader.text(),
                    position: reader.int())
    }, less: { a, b in
        if a.slot != b.slot { return a.slot < b.slot }
        if a.behind != b.behind { return !a.behind }
        if a.sortKey != b.sortKey { return a.sortKey < b.sortKey }
        if a.organisation != b.organisation { return a.organisation < b.organisation }
        if a.path != b.path { return a.path < b.path }
        return a.position < b.position
    }) }
}

/// Builds a roll-up from one programme summary at a time, in the order the programmes were given,
/// holding only what does not grow with their number: the counts per folder and per target, and
/// a run of rows being sorted. The rows and the names of organisations that fail a target go to
/// external sorts (spooled to disk past a run), which the summary reads back in order.
public final class RollUpBuilder {
    /// How many rows are sorted in memory before a run is written: a few megabytes.
    static let rowsPerRun = 4_096
    static let namesPerRun = 16_384

    private let lists = TargetListStore()
    private let rows: ExternalSort<ProgrammeSummary>
    /// Every failing name in order, for a report that lists them all (JSON); otherwise only the
    /// first of each by-target row, by `group(slot:behind:)`.
    private let names: ExternalSort<FailingName>?
    private var firstNames: [Int: FirstInOrder<FailingName>] = [:]
    private let namesKept: Int
    private var folders: [String: FolderSubtotal] = [:]
    private var tallies: [TargetTally] = []
    private var titles: [TitleVotes] = []
    private var slotOfID: [String: Int] = [:]
    /// Each target list seen lately, its ids' slots and how many programmes had it since (their
    /// titles are counted once per list, when the list is forgotten or at the end).
    private var slotsOfList: [ObjectIdentifier: (list: TargetList, slots: [Int], uses: Int)] = [:]
    private var languages: Set<Language> = []
    private var asOf: Day?
    private var asOfDiffers = false
    private var totals: [Status: Int] = [:]
    private let order: RollUpOrder

    /// `namesKept`: how many of the organisations failing each target the report shows (their
    /// count is always exact); nil keeps them all, in order on disk.
    public convenience init(order: RollUpOrder, namesKept: Int? = nil) {
        self.init(order: order, rowsPerRun: Self.rowsPerRun, namesPerRun: Self.namesPerRun, namesKept: namesKept)
    }

    init(order: RollUpOrder, rowsPerRun: Int, namesPerRun: Int, namesKept: Int? = nil) {
        self.order = order
        rows = ExternalSort(ProgrammeSummary.spoolCoding(lists: lists) { RollUpSummary.precedes($0, $1, order: order) }, runLength: rowsPerRun)
        names = namesKept == nil ? ExternalSort(FailingName.order, runLength: namesPerRun) : nil
        self.namesKept = namesKept ?? 0
    }

    private static func group(slot: Int, behind: Bool) -> Int { 2 * slot + (behind ? 1 : 0) }

    /// How many programmes were added.
    public var count: Int { rows.count }

    /// Whether some programme added makes the run fail (a target missed, or behind under `strict`).
    public func anyFails(strict: Bool) -> Bool { Status.allCases.contains { (totals[$0] ?? 0) > 0 && $0.fails(strict: strict) } }

    /// Adds the next programme's summary.
    public func add(_ summary: ProgrammeSummary) {
        languages.insert(summary.language)
        if let asOf, asOf != summary.asOf { asOfDiffers = true }
        asOf = asOf ?? summary.asOf
        var subtotal = folders[summary.folder] ?? FolderSubtotal(folder: summary.folder, programmes: 0, verdicts: [:], counts: [:])
        subtotal.programmes += 1
        subtotal.verdicts[summary.verdict, default: 0] += 1
        for status in summary.statuses {
            subtotal.counts[status, default: 0] += 1
            totals[status, default: 0] += 1
        }
        folders[summary.folder] = subtotal
        let slots = slots(of: summary.targetList)
        for (place, status) in summary.statuses.enumerated() {
            let slot = slots[place]
            tallies[slot].programmes += 1
            tallies[slot].counts[status, default: 0] += 1
            if status == .missed || status == .behind {
                let name = FailingName(slot: slot, behind: status == .behind, sortKey: summary.sortKey, organisation: summary.organisation,
                                       path: summary.path, position: summary.position)
                if let names {
                    names.add(name)
                } else {
                    firstNames[Self.group(slot: slot, behind: name.behind), default: FirstInOrder(keep: namesKept, less: FailingName.order.less)].add(name)
                }
            }
        }
        rows.add(summary)
    }

    /// The by-target slots of `list`'s ids, new ids taking the next slots.
    private func slots(of list: TargetList) -> [Int] {
        let identity = ObjectIdentifier(list)
        if let known = slotsOfList[identity] {
            slotsOfList[identity]!.uses += 1
            return known.slots
        }
        if slotsOfList.count >= TargetListStore.limit { countTitles() }
        let slots = list.ids.indices.map { place -> Int in
            if let slot = slotOfID[list.ids[place]] { return slot }
            slotOfID[list.ids[place]] = tallies.count
            tallies.append(TargetTally(id: list.ids[place], title: list.titles[place], programmes: 0,
                                       counts: Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0, 0) })))
            titles.append(TitleVotes())
            return tallies.count - 1
        }
        slotsOfList[identity] = (list, slots, 1)
        return slots
    }

    /// Counts the titles of the lists seen lately, and forgets them.
    private func countTitles() {
        for (list, slots, uses) in slotsOfList.values {
            for place in list.ids.indices {
                titles[slots[place]].count(title: list.titles[place], templateTitle: list.templateTitles[place], times: uses)
            }
        }
        slotsOfList = [:]
    }

    /// The roll-up: rows in order, folder subtotals in folder name order, and the by-target table,
    /// the targets that fail most first (most missed, then most behind), then in the order the ids
    /// first appear.
    public func finish() -> RollUpSummary {
        countTitles()
        var tallies = tallies
        let columns = tallies.map(\.id)
        if let names { group(names.finish(), into: &tallies) } else { keepFirst(into: &tallies) }
        for slot in tallies.indices { tallies[slot].title = titles[slot].winner ?? tallies[slot].title }
        let byTarget = tallies.enumerated().sorted { a, b in
            if a.element.missed.count != b.element.missed.count { return a.element.missed.count > b.element.missed.count }
            if a.element.behind.count != b.element.behind.count { return a.element.behind.count > b.element.behind.count }
            return a.offset < b.offset
        }.map(\.element)
        return RollUpSummary(programmes: rows.finish(), folders: folders.values.sorted { $0.folder < $1.folder }, byTarget: byTarget,
                             targetColumns: columns, languages: languages, commonAsOf: asOfDiffers ? nil : asOf, totals: totals, order: order)
    }

    /// Each row's first names, when only those were kept.
    private func keepFirst(into tallies: inout [TargetTally]) {
        for slot in tallies.indices {
            for behind in [false, true] {
                guard let kept = firstNames[Self.group(slot: slot, behind: behind)] else { continue }
                let group = OrganisationNames(first: kept.first.map(\.organisation), count: kept.count)
                if behind { tallies[slot].behind = group } else { tallies[slot].missed = group }
            }
        }
    }

    /// Where each row's names start among all the sorted names: one pass.
    private func group(_ failing: SortedRows<FailingName>, into tallies: inout [TargetTally]) {
        var iterator = failing.makeIterator()
        var groupStart = iterator.position
        var current: (slot: Int, behind: Bool)?, count = 0
        func close(at end: Int) {
            guard let current else { return }
            let group = OrganisationNames(rows: failing, start: groupStart, end: end, count: count)
            if current.behind { tallies[current.slot].behind = group } else { tallies[current.slot].missed = group }
        }
        while true {
            let position = iterator.position
            guard let name = iterator.next() else { break }
            if current?.slot != name.slot || current?.behind != name.behind {
                close(at: position)
                current = (name.slot, name.behind)
                groupStart = position
                count = 0
            }
            count += 1
        }
        close(at: iterator.position)
    }
}
