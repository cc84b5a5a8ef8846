/// One pass over a sequence, one element at a time, for a JSON stream that asks for its elements
/// in order (a roll-up's rows, read back from disk as they are written).
final class SequenceCursor<Elements: Sequence>: @unchecked Sendable {
    private var iterator: Elements.Iterator

    init(_ elements: Elements) { iterator = elements.makeIterator() }

    func next() -> Elements.Element? { iterator.next() }
}
