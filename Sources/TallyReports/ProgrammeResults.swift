import Foundation
import TallyCore

/// The evaluated programmes a report covers, in order. Either held in memory, or (for a roll-up
/// too large to hold) evaluated again a few at a time while the report is written: reading them
/// in order keeps only one batch alive, so memory does not grow with the number of programmes.
public struct ProgrammeResults: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    /// Evaluates the programmes at the given positions again, in order.
    public typealias Evaluate = @Sendable (Range<Int>) -> [ProgrammeResult]

    private let held: [Int: ProgrammeResult]
    private let evaluate: Evaluate?
    /// Details already written for the report while the programmes were evaluated (see `DetailSpool`).
    let spool: DetailSpool?
    private let batch: Batch
    public let count: Int

    /// Programmes held in memory.
    public init(_ results: [ProgrammeResult]) {
        held = Dictionary(uniqueKeysWithValues: results.enumerated().map { ($0, $1) })
        evaluate = nil
        spool = nil
        count = results.count
        batch = Batch(size: 1)
    }

    public init(arrayLiteral results: ProgrammeResult...) { self.init(results) }

    /// `count` programmes, those in `held` kept from the first evaluation, the others evaluated
    /// again by `evaluate`, `batchSize` at a time (on every core).
    /// The programmes whose details are in `spool` are neither held nor evaluated again (unless their
    /// details there do not fit the report).
    public init(count: Int, held: [Int: ProgrammeResult], spool: DetailSpool? = nil, batchSize: Int, evaluate: @escaping Evaluate) {
        self.held = held
        self.spool = spool
        self.evaluate = evaluate
        self.count = count
        batch = Batch(size: Swift.max(1, batchSize))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> ProgrammeResult {
        if let result = held[position] { return result }
        return batch.result(at: position, count: count, evaluate: evaluate!)
    }

    /// The last batch evaluated again, shared by copies of the collection.
    private final class Batch: @unchecked Sendable {
        let size: Int
        private let lock = NSLock()
        private var start = 0
        private var results: [ProgrammeResult] = []

        init(size: Int) { self.size = size }

        func result(at position: Int, count: Int, evaluate: Evaluate) -> ProgrammeResult {
            lock.lock()
            defer { lock.unlock() }
            if position < start || position >= start + results.count {
                results = []
                start = position
                results = evaluate(position..<Swift.min(count, position + size))
            }
            return results[position - start]
        }
    }
}
