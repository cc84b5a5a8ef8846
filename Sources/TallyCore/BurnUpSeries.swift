import Foundation

extension ProgrammeResult {
    /// The running value of a plain `count` or `sum` target after each day that has counted records,
    /// from its evidence, by the evaluator's own rules: a count is the number of records, or with
    /// `distinct` the number of distinct values so far (two spellings of one roster member count once);
    /// a sum adds the field's numbers exactly. Nil for targets a running total does not fit
    /// (`each`, `every`, `share`, `respond`). The last point is the target's value.
    public func series(of result: TargetResult) -> [(day: Day, value: Decimal)]? {
        let target = result.target
        guard target.each == nil, target.every == nil else { return nil }
        var distinctValues: DistinctValues?
        let fieldID: Int32?
        switch target.measure {
        case .count(_, let distinct):
            fieldID = nil
            distinctValues = distinct.map { DistinctValues(programme: programme, records: records, field: $0) }
        case .sum(let field, _): fieldID = records.existingFieldID(field)
        case .share, .respond: return nil
        }
        let ordered = result.evidence.sorted { (records.records[$0].day, $0) < (records.records[$1].day, $1) }
        var points: [(day: Day, value: Decimal)] = []
        var total = Decimal(0)
        var start = 0
        while start < ordered.count {
            let day = records.records[ordered[start]].day
            var end = start + 1
            while end < ordered.count && records.records[ordered[end]].day == day { end += 1 }
            let sameDay = ordered[start..<end]
            switch target.measure {
            case .count(_, nil):
                total += Decimal(sameDay.count)
            case .count:
                for index in sameDay { _ = distinctValues?.add(index) }
                total = Decimal(distinctValues?.count ?? 0)
            default:
                if let fieldID { total += records.sum(fieldID, over: sameDay).0 }
            }
            points.append((day, total))
            start = end
        }
        return points
    }
}
