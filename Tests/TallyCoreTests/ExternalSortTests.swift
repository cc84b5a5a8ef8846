import Foundation
import Testing
@testable import TallyCore

/// The roll-up's sort on disk: runs written to an unnamed spool and merged, read back in order
/// as often as needed, with the same result as a sort in memory.
@Suite struct ExternalSortTests {
    struct Item: Equatable {
        var key: Int
        var text: String
    }

    static var order: SpoolOrder<Item> { SpoolOrder(encode: { item, writer in
        writer.int(item.key)
        writer.text(item.text)
    }, decode: { reader in Item(key: reader.int(), text: reader.text()) },
    less: { a, b in a.key != b.key ? a.key < b.key : a.text < b.text }) }

    @Test(arguments: [2, 3, 7, 1000, 5000])
    func runsMergeIntoOneOrder(runLength: Int) {
        var generator = SystemRandomNumberGenerator()
        let items = (0..<2000).map { Item(key: Int.random(in: -50...50, using: &generator), text: "đoàn \($0 % 97)") }
        let sort = ExternalSort(Self.order, runLength: runLength)
        for item in items { sort.add(item) }
        let rows = sort.finish()
        let expected = items.sorted(by: Self.order.less)
        #expect(rows.count == 2000)
        #expect(Array(rows) == expected)
        #expect(Array(rows) == expected, "read a second time")
    }

    /// Equal values keep the order they were added in, whether the last run is merged from memory
    /// (300: six runs written, 200 values left), written first because the runs written are many
    /// (110: eighteen, then merged in rounds), empty (500: four runs exactly; 2000: one), one value
    /// after one run (1999), or never written (4000).
    @Test(arguments: [110, 300, 500, 1999, 2000, 4000])
    func equalValuesKeepTheirOrder(runLength: Int) {
        let byKey = SpoolOrder<Item>(encode: Self.order.encode, decode: Self.order.decode, less: { $0.key < $1.key })
        var random = TestRandom(seed: UInt64(runLength))
        let items = (0..<2000).map { Item(key: random.next(7), text: "\($0)") }
        let sort = ExternalSort(byKey, runLength: runLength)
        for item in items { sort.add(item) }
        let rows = sort.finish()
        let expected = items.sorted(by: byKey.less)
        #expect(Array(rows) == expected)
        #expect(Array(rows) == expected, "read a second time")
    }

    @Test func recordsLongerThanTheBufferAndAcrossItsEdgeComeBackWhole() {
        let long = String(repeating: "Công đoàn cơ sở ", count: 9000)
        let items = (0..<40).map { Item(key: 40 - $0, text: $0 % 3 == 0 ? long + "\($0)" : "short \($0)") }
        let sort = ExternalSort(Self.order, runLength: 4)
        for item in items { sort.add(item) }
        #expect(Array(sort.finish()) == items.sorted(by: Self.order.less))
    }

    @Test func anIteratorResumesWhereItsPositionSaid() {
        let sort = ExternalSort(Self.order, runLength: 5)
        for key in (0..<30).reversed() { sort.add(Item(key: key, text: "x")) }
        let rows = sort.finish()
        var iterator = rows.makeIterator()
        for _ in 0..<12 { _ = iterator.next() }
        var resumed = rows.iterator(from: iterator.position)
        #expect(resumed.next()?.key == 12)
        #expect(iterator.next()?.key == 12)
    }

    static func summary(_ organisation: String, _ statuses: [Status], list: TargetList, position: Int, folder: String = "a") -> ProgrammeSummary {
        let verdict: Verdict = statuses.contains(.missed) ? .nonCompliant : statuses.contains(.behind) ? .atRisk : .compliant
        let met = Decimal(statuses.filter { $0 == .met }.count) / Decimal(statuses.count)
        let score = Score(value: met, double: NSDecimalNumber(decimal: met).doubleValue, rating: nil)
        return ProgrammeSummary(organisation: organisation, title: "T", path: "\(folder)/\(position).yaml", folder: folder, language: .vi,
                                asOf: Day(number: 0), verdict: verdict, achieved: score, projected: score, isProvisional: false,
                                targetList: list, statuses: statuses, position: position, sortKey: NameKey.forSorting(organisation))
    }

    /// Scores compared by their doubles when far apart and by their decimals when near give the
    /// decimals' order: fractions of every size, equal ones written two ways, and ones a part in 10^20 apart.
    @Test func scoresCompareAsTheirDecimals() {
        var fractions: [Decimal] = []
        for total in [1, 2, 3, 7, 15, 16, 100, 999] { for part in 0...min(total, 20) { fractions.append(Decimal(part) / Decimal(total)) } }
        fractions += ["0.5", "0.50", "0.33333333333333333333", "0.33333333333333333334", "1e-30", "0"].map { Decimal(string: $0)! }
        let list = TargetList(ids: ["a"], titles: ["A"], froms: [nil], templateTitles: [nil])
        func summary(_ value: Decimal) -> ProgrammeSummary {
            let score = Score(value: value, double: NSDecimalNumber(decimal: value).doubleValue, rating: nil)
            return ProgrammeSummary(organisation: "O", title: "T", path: "p.yaml", folder: ".", language: .vi, asOf: Day(number: 0),
                                    verdict: .compliant, achieved: score, projected: score, isProvisional: false, targetList: list,
                                    statuses: [.met], position: 0, sortKey: "o")
        }
        for x in fractions {
            for y in fractions {
                #expect(RollUpSummary.lowerScore(summary(x), summary(y)) == (x == y ? nil : x < y), "\(x) \(y)")
            }
        }
    }

    /// A roll-up whose rows and names spill into many runs reads back exactly as one held in memory.
    @Test(arguments: [RollUpOrder.worst, .name])
    func aSpilledRollUpEqualsOneInMemory(order: RollUpOrder) {
        let lists = [TargetList(ids: ["a", "b", "c"], titles: ["A", "B", "C"], froms: [nil, nil, nil], templateTitles: [nil, nil, nil]),
                     TargetList(ids: ["c", "d"], titles: ["C", "D"], froms: ["t", nil], templateTitles: ["C", nil])]
        let statuses: [Status] = [.met, .missed, .behind, .onTrack, .exempt]
        let names = ["Đoàn Xuân", "đoàn xuân", "An Khê", "Ân Thi", "Bắc Kạn", "bac kan", "Zô"]
        let summaries = (0..<300).map { index in
            let list = lists[index % 2]
            return Self.summary(names[index % names.count], list.ids.indices.map { statuses[(index / 2 + $0 * 3) % statuses.count] },
                                list: list, position: index, folder: "f\(index % 4)")
        }
        func build(_ builder: RollUpBuilder) -> RollUpSummary {
            for summary in summaries { builder.add(summary) }
            return builder.finish()
        }
        let memory = build(RollUpBuilder(order: order, rowsPerRun: 1000, namesPerRun: 1000))
        let spilled = build(RollUpBuilder(order: order, rowsPerRun: 7, namesPerRun: 5))
        #expect(spilled.programmes.map(\.position) == memory.programmes.map(\.position))
        #expect(spilled.programmes.map(\.statuses) == memory.programmes.map(\.statuses))
        #expect(spilled.programmes.map(\.targetList.ids) == memory.programmes.map(\.targetList.ids))
        #expect(spilled.byTarget.map(\.id) == memory.byTarget.map(\.id))
        #expect(spilled.byTarget.map { Array($0.missed) } == memory.byTarget.map { Array($0.missed) })
        #expect(spilled.byTarget.map { Array($0.behind) } == memory.byTarget.map { Array($0.behind) })
        #expect(spilled.folders.map(\.programmes) == [75, 75, 75, 75])
        #expect(spilled.targetColumns == ["a", "b", "c", "d"])
        // The order itself: worst first (or by name), names compared without case and diacritics first.
        let rows = Array(spilled.programmes)
        for (a, b) in zip(rows, rows.dropFirst()) { #expect(!RollUpSummary.precedes(b, a, order: order)) }
        // Keeping only the first names (what the tables show) gives those same first names, the same counts and order.
        for keep in [1, 3, 21] {
            let first = build(RollUpBuilder(order: order, rowsPerRun: 7, namesPerRun: 5, namesKept: keep))
            #expect(first.byTarget.map(\.id) == memory.byTarget.map(\.id))
            #expect(first.byTarget.map(\.missed.count) == memory.byTarget.map(\.missed.count))
            #expect(first.byTarget.map(\.behind.count) == memory.byTarget.map(\.behind.count))
            #expect(first.byTarget.map { Array($0.missed) } == memory.byTarget.map { Array(Array($0.missed).prefix(keep)) })
            #expect(first.byTarget.map { Array($0.behind) } == memory.byTarget.map { Array(Array($0.behind).prefix(keep)) })
        }
        let missedOfB = Array(spilled.byTarget.first { $0.id == "b" }!.missed)
        #expect(missedOfB.count == spilled.byTarget.first { $0.id == "b" }!.counts[.missed])
        #expect(missedOfB == missedOfB.sorted { NameKey.forSorting($0) != NameKey.forSorting($1) ? NameKey.forSorting($0) < NameKey.forSorting($1) : $0 < $1 })
    }

    /// The first of many values in order, whatever order they come in, and how many there were.
    @Test func firstInOrderKeepsTheSmallest() {
        var generator = SystemRandomNumberGenerator()
        for keep in [0, 1, 5, 21] {
            let values = (0..<1_000).map { _ in Int.random(in: 0..<300, using: &generator) }
            var first = FirstInOrder<Int>(keep: keep, less: <)
            for value in values { first.add(value) }
            #expect(first.count == 1_000)
            #expect(first.first == Array(values.sorted().prefix(keep)))
        }
    }
}
