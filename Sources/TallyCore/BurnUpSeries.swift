import Foundation

/// A count's or sum's running total after each day with counted records, built while the records are
/// measured in date order: the points of the burn-up chart.
struct RunningTotal {
    private(set) var points: [(day: Day, value: Decimal)] = []
    private var day: Day?
    private var count = 0

    /// Notes that the total is `count` after a record of `day` (records come in date order).
    mutating func after(_ day: Day, count: Int) {
        if day != self.day, let last = self.day { points.append((last, Decimal(self.count))) }
        self.day = day
        self.count = count
    }

    /// The points, the last day's included.
    var finished: [(day: Day, value: Decimal)] {
        guard let day else { return points }
        return points + [(day, Decimal(count))]
    }

    /// The running number of `records` (in date order).
    static func counting<Records: Collection>(_ indices: Records, in records: RecordSet) -> [(day: Day, value: Decimal)] where Records.Element == Int {
        var total = RunningTotal()
        var count = 0
        for index in indices {
            count += 1
            total.after(records.records[index].day, count: count)
        }
        return total.finished
    }

    /// The running sum of field `id` over `counted` (records in date order that hold a number).
    static func adding(_ id: FieldID, of counted: RecordIndices, in records: RecordSet) -> [(day: Day, value: Decimal)] {
        var points: [(day: Day, value: Decimal)] = []
        var total = Decimal(0)
        var start = 0
        while start < counted.count {
            let day = records.records[counted[start]].day
            var end = start + 1
            while end < counted.count && records.records[counted[end]].day == day { end += 1 }
            total += records.sum(id, over: counted[start..<end]).0
            points.append((day, total))
            start = end
        }
        return points
    }
}

extension ProgrammeResult {
    /// The burn-up chart's points of `result`: its running total, worked out by the evaluator.
    public func series(of result: TargetResult) -> [(day: Day, value: Decimal)]? { result.series }
}
