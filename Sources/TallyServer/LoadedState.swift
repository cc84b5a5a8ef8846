import Foundation
import TallyCore

/// One load of a programme and everything computed from it: evaluations per as-of date and
/// rendered answers, each made once and shared by every request until the files change.
final class LoadedState: Sendable {
    let path: String
    let loaded: LoadedProgramme
    let fingerprint: Fingerprint
    /// Whether a file changed while it was being read, so the next look reloads it.
    let suspect: Bool
    private let memo = Memo()

    init(path: String, loaded: LoadedProgramme, fingerprint: Fingerprint, suspect: Bool) {
        self.path = path
        self.loaded = loaded
        self.fingerprint = fingerprint
        self.suspect = suspect
    }

    /// The programme, when it loaded without errors.
    var programme: Programme? { loaded.isValid ? loaded.programme : nil }

    /// The evaluation as of `day`, made once per load and date.
    func result(asOf day: Day) async -> ProgrammeResult? {
        guard let programme else { return nil }
        let records = loaded.records
        return await memo.value(for: "result:\(day)") {
            await OffPool.run { Evaluator(programme: programme, records: records, asOf: day).evaluate() }
        }
    }

    /// A rendered answer under `key`, made once per load (off the cooperative pool).
    func rendered(_ key: String, _ make: @escaping @Sendable () -> String) async -> String {
        await memo.value(for: "text:" + key) { await OffPool.run(make) }
    }
}

/// Values computed once per key, shared by concurrent askers (the second waits for the first),
/// with at most `capacity` kept.
final class Memo: @unchecked Sendable {
    static let capacity = 64
    private let lock = NSLock()
    private var tasks: [String: Task<any Sendable, Never>] = [:]
    private var order: [String] = []

    func value<T: Sendable>(for key: String, _ make: @escaping @Sendable () async -> T) async -> T {
        let task: Task<any Sendable, Never> = lock.withLock {
            if let existing = tasks[key] { return existing }
            let created = Task<any Sendable, Never> { await make() }
            tasks[key] = created
            order.append(key)
            if order.count > Self.capacity { tasks[order.removeFirst()] = nil }
            return created
        }
        return await task.value as! T
    }
}

/// Runs blocking work (reading and evaluating files) on a thread outside Swift's cooperative
/// pool, so a long load never holds up the server's other requests.
enum OffPool {
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
