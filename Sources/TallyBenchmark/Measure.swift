import CLibYAMLScan
import Foundation

/// Runs a command as a child process and measures its wall time, CPU time (user and system) and
/// peak memory (from wait4). On a loaded machine the CPU time is the fairer comparison.
struct Measurement {
    var seconds: Double
    var cpuSeconds: Double = 0
    var peakKilobytes: Int
    var status: Int32

    /// Runs `executable` from a fresh copy of this benchmark (`tally-benchmark measure`), which
    /// spawns it and reports what wait4 says. Linux counts a spawned child's peak memory from the
    /// process it was spawned from (posix_spawn shares its memory until exec): spawned straight
    /// from the benchmark, a child's peak could not read below the benchmark's own (50 MB after
    /// writing a tree of 50,000 programmes). The fresh copy is a few megabytes.
    static func run(_ executable: String, _ arguments: [String]) -> Measurement {
        let report = NSTemporaryDirectory() + "/tally-measure-\(getpid())"
        defer { unlink(report) }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        _ = spawn(me, ["measure", report, executable] + arguments)
        guard let text = try? String(contentsOfFile: report, encoding: .utf8) else {
            return Measurement(seconds: .nan, cpuSeconds: .nan, peakKilobytes: 0, status: -1)
        }
        let fields = text.split(separator: " ").map(String.init)
        return Measurement(seconds: Double(fields[0]) ?? .nan, cpuSeconds: Double(fields[1]) ?? .nan, peakKilobytes: Int(fields[2]) ?? 0,
                           status: Int32(fields[3]) ?? -1)
    }

    /// `tally-benchmark measure REPORT EXECUTABLE ARGS...`: runs the command and writes its
    /// seconds, CPU seconds, peak kilobytes and exit status to REPORT.
    static func measure(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 2 else { return 2 }
        let result = spawn(arguments[1], Array(arguments.dropFirst(2)))
        let text = "\(result.seconds) \(result.cpuSeconds) \(result.peakKilobytes) \(result.status)"
        return (try? text.write(toFile: arguments[0], atomically: true, encoding: .utf8)) == nil ? 1 : 0
    }

    static func spawn(_ executable: String, _ arguments: [String]) -> Measurement {
        var pid: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let start = DispatchTime.now()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            return Measurement(seconds: .nan, cpuSeconds: .nan, peakKilobytes: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Measurement(seconds: elapsed, cpuSeconds: cpu, peakKilobytes: usage.ru_maxrss, status: (status >> 8) & 0xFF)
    }

    /// The median of several runs (wall and CPU time), with the largest peak memory seen.
    static func median(_ runs: [Measurement]) -> Measurement {
        let sorted = runs.map(\.seconds).sorted(), cpu = runs.map(\.cpuSeconds).sorted()
        return Measurement(seconds: sorted[sorted.count / 2], cpuSeconds: cpu[cpu.count / 2], peakKilobytes: runs.map(\.peakKilobytes).max() ?? 0,
                           status: runs.map(\.status).max() ?? 0)
    }
}

/// libyaml's own event loop over files, in this process: what `tally-benchmark scan` runs in a child.
enum RawScan {
    static func scan(_ paths: [String]) -> Int32 {
        for path in paths where tally_libyaml_scan(path) < 0 {
            FileHandle.standardError.write(Data("libyaml could not parse \(path)\n".utf8))
            return 1
        }
        return 0
    }
}
