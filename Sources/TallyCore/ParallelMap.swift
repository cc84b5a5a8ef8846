import Foundation

/// Maps over an array on all cores, keeping the order of results.
///
/// A map inside another one (a programme's targets inside a roll-up of programmes) runs on its
/// caller's thread: the outer map already keeps every core busy, and fanning out again would only
/// add hand-overs. `isNested` tells other code (the records loader's split reading) the same.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1, !isNested else { return items.map(transform) }
        let results = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let outer = pthread_getspecific(nestingKey)
            pthread_setspecific(nestingKey, UnsafeRawPointer(bitPattern: 1))
            results.set(index, transform(items[index]))
            pthread_setspecific(nestingKey, outer)
        }
        return results.values()
    }

    /// Whether this thread is running one item of a parallel map.
    public static var isNested: Bool { pthread_getspecific(nestingKey) != nil }

    private static let nestingKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private final class ResultBox<R>: @unchecked Sendable {
        private var storage: [R?]
        private let lock = NSLock()
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: R) { lock.lock(); storage[index] = value; lock.unlock() }
        func values() -> [R] { storage.map { $0! } }
    }
}
