import Foundation

// tally-benchmark: generates the data sets, then times libyaml's raw scan and `tally check`
// side by side (medians of several runs, in child processes, alternating) and prints ratios and
// peak memory.
//
//   tally-benchmark [--repeats N] [--data DIR] [--tally PATH] [--quick] [--only WORD]
//   tally-benchmark scan FILE...          (used internally: the raw libyaml scan)
//   tally-benchmark measure REPORT CMD... (used internally: runs CMD from a small process, see Measurement.run)

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "measure" { exit(Measurement.measure(Array(arguments.dropFirst()))) }
if arguments.first == "scan" { exit(RawScan.scan(Array(arguments.dropFirst()))) }
// The roll-up of issue 9 (20,000 programmes × 200 records): see RollUpBenchmark.swift.
if arguments.first == "rollup-scan", arguments.count > 1 { exit(RollUpBenchmark.scan(list: arguments[1])) }
let usage = """
    usage: tally-benchmark [--repeats N] [--data DIR] [--tally PATH] [--quick] [--only WORD]
           tally-benchmark rollup [--data DIR] [--tally PATH] [--repeats N] [--sizes 1000,20000] [--format text] [--details]
    Generates the data sets under DIR (benchmarks/data) and times libyaml's raw scan and
    `tally check` side by side, in turns; prints a table of medians, ratios and peak memory.

    """
if arguments.contains("--help") || arguments.contains("-h") {
    print(usage, terminator: "")
    exit(0)
}
if arguments.first == "rollup" {
    exit(try RollUpBenchmark.run(Array(arguments.dropFirst()), me: URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()))
}

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let quick = arguments.contains("--quick")
let repeats = Int(option("--repeats") ?? "") ?? (quick ? 1 : 5)
let data = option("--data") ?? "benchmarks/data"
let only = option("--only")
let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
let tally = option("--tally") ?? me.deletingLastPathComponent().appendingPathComponent("tally").path
let scale = quick ? 10 : 1

try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
let scenarios = try Scenarios(data: data, scale: scale).all.filter { only == nil || $0.name.contains(only!) }

print("tally-benchmark: \(repeats) run(s) each, medians, scan and check alternating; machine: \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("| scenario | MB | scan (s) | check (s) | ratio | scan CPU (s) | check CPU (s) | CPU ratio | tally peak RSS (MB) | peak / file size | exit |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for scenario in scenarios {
    let megabytes = Double(Scenarios.fileSize(scenario.recordFiles)) / 1_048_576
    // Scan and check run in turns, so both see the same load on a shared machine.
    var scans: [Measurement] = [], checks: [Measurement] = []
    for _ in 0..<repeats {
        scans.append(Measurement.run(me.path, ["scan"] + scenario.recordFiles))
        checks.append(Measurement.run(tally, ["check"] + scenario.programmes + ["--as-of", "2024-12-31"] + scenario.options))
    }
    let scan = Measurement.median(scans), check = Measurement.median(checks)
    let peak = Double(check.peakKilobytes) / 1024
    print(String(format: "| %@ | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %.2f | %d |", scenario.name, megabytes, scan.seconds, check.seconds,
                 check.seconds / scan.seconds, scan.cpuSeconds, check.cpuSeconds, check.cpuSeconds / scan.cpuSeconds, peak, peak / megabytes, check.status))
}
