import Foundation

/// A progress line on standard error for long runs, shown only when standard error is a
/// terminal (never in cron mail or in files), and cleared when the run ends.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    /// How many items there are; nil while they are still being found.
    private let total: Int?
    private let label: String
    private let enabled: Bool
    private var done = 0
    private var lastDraw = DispatchTime.now()

    init(total: Int?, label: String, enabled: Bool = isatty(2) == 1) {
        self.total = total
        self.label = label
        self.enabled = enabled && (total ?? 2) > 1
    }

    /// Whether a line was drawn (with no total known, one programme alone draws none).
    private var drawn = false

    /// Counts one item done, redrawing at most ten times a second.
    func step() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let now = DispatchTime.now()
        guard done == total || now.uptimeNanoseconds - lastDraw.uptimeNanoseconds > 100_000_000, total != nil || done > 1 else { return }
        drawn = true
        lastDraw = now
        FileHandle.standardError.write(Data("\r\(label) \(done)\(total.map { "/\($0)" } ?? "")…".utf8))
    }

    /// Erases the progress line.
    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
