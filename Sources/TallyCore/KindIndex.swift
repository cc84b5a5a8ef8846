/// Record indices grouped by activity kind, each group in date order (and file order within a day):
/// 4 bytes a record, built once per evaluation and shared by every target.
struct KindIndex: Sendable {
    /// The records of kind 0, then those of kind 1, …, each group by date.
    private let order: [Int32]
    /// Where each kind's group starts in `order`; one more entry than kinds.
    private let starts: [Int]

    init(_ records: [Record], kinds: Int) {
        let byDay = Self.orderByDay(records)
        var starts = [Int](repeating: 0, count: kinds + 1)
        for record in records { starts[record.kind.index + 1] += 1 }
        for kind in 0..<kinds { starts[kind + 1] += starts[kind] }
        var next = starts
        var order = [Int32](repeating: 0, count: records.count)
        for index in byDay {
            let kind = records[Int(index)].kind.index
            order[next[kind]] = index
            next[kind] += 1
        }
        self.order = order
        self.starts = starts
    }

    /// The records of `kind`, by date.
    func records(of kind: KindID) -> ArraySlice<Int32> {
        order[starts[kind.index]..<starts[kind.index + 1]]
    }

    /// Record indices in date order (stable): a counting sort over days, linear in the records.
    static func orderByDay(_ records: [Record]) -> [Int32] {
        guard let first = records.first else { return [] }
        var low = first.day.number, high = first.day.number
        for record in records {
            low = min(low, record.day.number)
            high = max(high, record.day.number)
        }
        let range = Int(high - low) + 1
        guard range <= 4 * records.count + 4096 else {
            return records.indices.sorted { (records[$0].day, $0) < (records[$1].day, $1) }.map { Int32($0) }
        }
        var starts = [Int32](repeating: 0, count: range + 1)
        for record in records { starts[Int(record.day.number - low) + 1] += 1 }
        for bucket in 0..<range { starts[bucket + 1] += starts[bucket] }
        var order = [Int32](repeating: 0, count: records.count)
        for (index, record) in records.enumerated() {
            let bucket = Int(record.day.number - low)
            order[Int(starts[bucket])] = Int32(index)
            starts[bucket] += 1
        }
        return order
    }
}
