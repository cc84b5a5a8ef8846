/// One pass over a sequence, one element at a time, for a JSON stream that asks for its elements
/// in order (a roll-up's rows, read back from disk as they are written). Asking for the first
/// element starts a new pass, so that the stream can be written again.
final class SequenceCursor<Elements: Sequence>: @unchecked Sendable {
    private let elements: Elements
    private var iterator: Elements.Iterator?

    init(_ elements: Elements) { self.elements = elements }

    func element(at index: Int) -> Elements.Element? {
        if index == 0 || iterator == nil { iterator = elements.makeIterator() }
        return iterator!.next()
    }
}
