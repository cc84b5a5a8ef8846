import Foundation

/// Times the phases of a run, with the peak memory at the end of each, and prints them on
/// standard error when TALLY_TIMINGS is set (for the benchmark and for profiling; silent otherwise).
struct PhaseClock {
    private var last = DispatchTime.now()
    private var laps: [(String, Double, Int)] = []
    private let enabled = ProcessInfo.processInfo.environment["TALLY_TIMINGS"] != nil

    mutating func lap(_ name: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        laps.append((name, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9, usage.ru_maxrss / 1024))
        last = now
    }

    func report() {
        guard enabled else { return }
        let text = laps.map { String(format: "%@ %.3f s (peak %d MB)", $0.0, $0.1, $0.2) }.joined(separator: ", ")
        FileHandle.standardError.write(Data("timings: \(text)\n".utf8))
    }
}
