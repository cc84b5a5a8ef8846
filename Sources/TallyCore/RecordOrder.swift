extension RecordSet {
    /// Whether record `a` comes before record `b` in reports: by date, then in the order of the files.
    public func comesBefore(_ a: Int, _ b: Int) -> Bool {
        (records[a].day, a) < (records[b].day, b)
    }

    /// The first `limit` of `indices` in report order (see `comesBefore`), without sorting them all:
    /// a report shows the first few of a million records that counted.
    public func earliest<Indices: Collection>(_ indices: Indices, limit: Int) -> [Int] where Indices.Element == Int {
        guard limit > 0 else { return [] }
        if zip(indices, indices.dropFirst()).allSatisfy({ comesBefore($0, $1) }) { return Array(indices.prefix(limit)) }
        var kept: [Int] = []
        kept.reserveCapacity(limit + 1)
        for index in indices {
            if kept.count == limit, let last = kept.last, !comesBefore(index, last) { continue }
            var low = 0, high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if comesBefore(kept[middle], index) { low = middle + 1 } else { high = middle }
            }
            kept.insert(index, at: low)
            if kept.count > limit { kept.removeLast() }
        }
        return kept
    }
}
