/// The first items of a list that may be very long, and how many it has in all: what a report
/// shows ("and N more") without holding a million entries it will not print.
struct ShortList<Item> {
    /// How many first items are kept.
    let keep: Int
    private(set) var first: [Item] = []
    private(set) var count = 0

    init(keep: Int) { self.keep = keep }

    var isEmpty: Bool { count == 0 }

    mutating func add(_ item: Item) {
        if first.count < keep { first.append(item) }
        count += 1
    }
}
