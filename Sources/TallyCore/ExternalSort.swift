import Foundation

/// How values of one kind are written to a spool, read back and ordered.
struct SpoolOrder<Element> {
    var encode: (Element, inout ByteWriter) -> Void
    var decode: (inout ByteReader) -> Element
    var less: (Element, Element) -> Bool
}

/// Sorts more values than memory should hold: they are taken in runs of `runLength`, each run
/// sorted in memory and written to a spool, and the runs are merged at the end into one spool in
/// order (an external merge sort: n log n, memory for one run and a buffer per run). Values that
/// fit in one run are never written.
final class ExternalSort<Element> {
    private let order: SpoolOrder<Element>
    private let runLength: Int
    private var run: [Element] = []
    private var runs: [Range<Int>] = []
    private var spool: SpoolFile?
    private(set) var count = 0

    init(_ order: SpoolOrder<Element>, runLength: Int) {
        self.order = order
        self.runLength = max(runLength, 2)
    }

    func add(_ element: Element) {
        run.append(element)
        count += 1
        if run.count >= runLength { writeRun() }
    }

    private func writeRun() {
        let spool = spool ?? SpoolFile()
        self.spool = spool
        let start = spool.size
        write(sorted(run), to: spool)
        runs.append(start..<spool.size)
        run.removeAll(keepingCapacity: true)
    }

    /// The places of `values` in order. Positions are sorted, not the values: moving a value
    /// retains each of its texts. The sort is stable, so equal values keep their order as before.
    private func sorted(_ values: [Element]) -> [Int] {
        values.withUnsafeBufferPointer { values in values.indices.sorted { order.less(values[$0], values[$1]) } }
    }

    private func write(_ positions: [Int], to spool: SpoolFile) {
        var writer = ByteWriter()
        for position in positions {
            writer.removeAll()
            order.encode(run[position], &writer)
            spool.appendRecord(writer.bytes[...])
        }
    }

    /// How many runs are merged at once: more runs are merged in rounds, so that memory holds at
    /// most this many read buffers however many values there are.
    static var fanIn: Int { 16 }

    /// The values in order, to read as many times as needed. The last run is merged from memory
    /// when the runs written are few enough to merge in one round, instead of written and read back.
    func finish() -> SortedRows<Element> {
        guard let spool else { return SortedRows(sorted: sorted(run).map { run[$0] }, order: order) }
        if !run.isEmpty && runs.count >= Self.fanIn { writeRun() }
        while runs.count > Self.fanIn {
            runs = stride(from: 0, to: runs.count, by: Self.fanIn).map { merge(runs[$0..<min($0 + Self.fanIn, runs.count)], into: spool) }
        }
        let merged = merge(runs[...], into: spool, last: sorted(run))
        run = []
        return SortedRows(spool: spool, range: merged, count: count, order: order)
    }

    /// Merges sorted `runs` of `spool`, then the values of `run` at `last` (in order, after every
    /// run written), into one run written at its end. A run's record is written as it was read.
    private func merge(_ runs: ArraySlice<Range<Int>>, into spool: SpoolFile, last: [Int] = []) -> Range<Int> {
        spool.flush()
        let start = spool.size
        // Small read buffers: a merge holds one per run.
        var cursors = runs.map { SpoolCursor(spool, from: $0.lowerBound, to: $0.upperBound, bufferSize: 16 << 10) }
        var heap = MergeHeap<Element>(less: order.less)
        for index in cursors.indices {
            if var reader = cursors[index].next() { heap.push(order.decode(&reader), from: index) }
        }
        var nextLast = 0
        if let first = last.first {
            heap.push(run[first], from: cursors.count)
            nextLast = 1
        }
        var writer = ByteWriter()
        while let (element, index) = heap.popFirst() {
            guard index < cursors.count else {
                writer.removeAll()
                order.encode(element, &writer)
                spool.appendRecord(writer.bytes[...])
                if nextLast < last.count { heap.push(run[last[nextLast]], from: index) }
                nextLast += 1
                continue
            }
            spool.appendRecord(cursors[index].lastPayload)
            if var reader = cursors[index].next() { heap.push(order.decode(&reader), from: index) }
        }
        spool.flush()
        return start..<spool.size
    }
}

/// The next value of each run being merged, smallest first; a tie goes to the earlier run, so
/// that the merge is stable.
struct MergeHeap<Element> {
    private var items: [(element: Element, run: Int)] = []
    let less: (Element, Element) -> Bool

    init(less: @escaping (Element, Element) -> Bool) { self.less = less }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        less(items[a].element, items[b].element) || (!less(items[b].element, items[a].element) && items[a].run < items[b].run)
    }

    mutating func push(_ element: Element, from run: Int) {
        items.append((element, run))
        var child = items.count - 1
        while child > 0, precedes(child, (child - 1) / 2) {
            items.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    mutating func popFirst() -> (Element, Int)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let first = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, precedes(left, smallest) { smallest = left }
            if right < items.count, precedes(right, smallest) { smallest = right }
            if smallest == parent { return (first.element, first.run) }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

/// Values in order, in memory or in a spool, read one after another as often as needed.
public struct SortedRows<Element>: Sequence, @unchecked Sendable {
    private let sorted: [Element]
    private let spool: SpoolFile?
    private let range: Range<Int>
    private let decode: (inout ByteReader) -> Element
    public let count: Int

    init(sorted: [Element], order: SpoolOrder<Element>) {
        self.sorted = sorted
        spool = nil
        range = 0..<0
        decode = order.decode
        count = sorted.count
    }

    init(spool: SpoolFile, range: Range<Int>, count: Int, order: SpoolOrder<Element>) {
        sorted = []
        self.spool = spool
        self.range = range
        decode = order.decode
        self.count = count
    }

    public var isEmpty: Bool { count == 0 }
    public var underestimatedCount: Int { count }

    public func makeIterator() -> Iterator { iterator(from: 0) }

    /// Reads from `position`, a place an iterator's `position` gave, up to `end` (another such
    /// place) or to the end; a short stretch is read with a buffer no bigger than itself.
    func iterator(from position: Int, to end: Int? = nil) -> Iterator {
        let stop = end.map { range.lowerBound + $0 } ?? range.upperBound, start = range.lowerBound + position
        return Iterator(rows: self, cursor: spool.map {
            SpoolCursor($0, from: start, to: stop, bufferSize: Swift.max(16, Swift.min(SpoolFile.bufferSize, stop - start)))
        }, index: position)
    }

    public struct Iterator: IteratorProtocol {
        let rows: SortedRows
        var cursor: SpoolCursor?
        var index: Int

        /// Where the next value is, to start reading there again later.
        var position: Int { cursor.map { $0.offset - rows.range.lowerBound } ?? index }

        public mutating func next() -> Element? {
            guard cursor != nil else {
                guard index < rows.sorted.count else { return nil }
                defer { index += 1 }
                return rows.sorted[index]
            }
            guard var reader = cursor!.next() else { return nil }
            return rows.decode(&reader)
        }
    }
}
