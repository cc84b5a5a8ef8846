import Foundation

/// Answers a run has already worked out, by key, shared by the threads of a roll-up: every
/// programme asks again for the same pace, percentage, score or misspelling, and working each out
/// is slow (a decimal division is about 50,000 instructions). At most `limit` answers are kept;
/// past that it starts again, so memory stays bounded whatever the input.
final class BoundedMemo<Key: Hashable, Value>: @unchecked Sendable {
    let limit: Int
    private let lock = NSLock()
    private var answers: [Key: Value] = [:]

    init(limit: Int = 4_096) { self.limit = limit }

    /// The answer kept for `key`, if any.
    func known(_ key: Key) -> Value? { lock.withLock { answers[key] } }

    /// Keeps `value` as the answer for `key` (for answers that are not always kept).
    func keep(_ value: Value, for key: Key) {
        lock.withLock {
            if answers.count >= limit { answers = [:] }
            answers[key] = value
        }
    }

    /// The answer for `key`, worked out by `compute` (outside the lock) the first time.
    func value(for key: Key, _ compute: () -> Value) -> Value {
        value(for: key, keeping: { key }, compute)
    }

    /// The same, the answer kept under `keeping()`, a key equal to `key` that may hold less.
    func value(for key: Key, keeping: () -> Key, _ compute: () -> Value) -> Value {
        if let known = known(key) { return known }
        let value = compute()
        keep(value, for: keeping())
        return value
    }
}
