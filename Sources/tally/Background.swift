import Foundation

/// Work started on another thread, whose result this thread waits for when it needs it.
final class Background<Result: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result?

    /// Runs `work(input)` on a global queue at once.
    static func start<Input: Sendable>(_ work: @escaping @Sendable (Input) -> Result, _ input: Input) -> Background {
        let task = Background()
        DispatchQueue.global().async {
            task.result = work(input)
            task.done.signal()
        }
        return task
    }

    /// The result, once the work is done.
    func wait() -> Result {
        done.wait()
        return result!
    }
}
