/// The first `keep` of many values in an order, and how many there were: what a report that names
/// only the first few needs of a list with a hundred thousand entries, without sorting them all.
/// At most twice `keep` values are held; once trimmed, a value after the last one kept is only counted.
struct FirstInOrder<Element> {
    let keep: Int
    let less: (Element, Element) -> Bool
    private(set) var count = 0
    private var kept: [Element] = []
    /// The last of the first `keep` at the latest trim: nothing after it can be among the first.
    private var bound: Element?

    init(keep: Int, less: @escaping (Element, Element) -> Bool) {
        self.keep = keep
        self.less = less
    }

    mutating func add(_ element: Element) {
        count += 1
        guard keep > 0 else { return }
        if let bound, !less(element, bound) { return }
        kept.append(element)
        if kept.count >= 2 * keep {
            kept.sort(by: less)
            kept.removeLast(kept.count - keep)
            bound = kept.last
        }
    }

    /// The first values, in order (all of them when there were no more than `keep`).
    var first: [Element] { Array(kept.sorted(by: less).prefix(keep)) }
}
