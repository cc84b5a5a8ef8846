import Foundation

// tally-benchmark: generates the data sets, then times libyaml's raw scan and `tally check`
// side by side (medians of several runs, in child processes) and prints ratios and peak memory.
//
//   tally-benchmark [--repeats N] [--data DIR] [--tally PATH] [--quick]
//   tally-benchmark scan FILE...          (used internally: the raw libyaml scan)

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "scan" { exit(RawScan.scan(Array(arguments.dropFirst()))) }

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let quick = arguments.contains("--quick")
let repeats = Int(option("--repeats") ?? "") ?? (quick ? 1 : 5)
let data = option("--data") ?? "benchmarks/data"
let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
let tally = option("--tally") ?? me.deletingLastPathComponent().appendingPathComponent("tally").path
let scale = quick ? 10 : 1

try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)

/// Writes a file only when it is missing, so repeated runs reuse the data.
func ensure(_ path: String, _ write: () throws -> Void) throws {
    if !FileManager.default.fileExists(atPath: path) { try write() }
}

struct Scenario {
    var name: String
    var programmes: [String]
    var recordFiles: [String]
    var records: Int
}

func fileSize(_ paths: [String]) -> Int {
    paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
}

var scenarios: [Scenario] = []
// 1. One file of 1,000,000 records.
let bigCount = 1_000_000 / scale
let big = "\(data)/big-\(bigCount).yaml"
try ensure(big) { try DataSet.writeRecords(big, count: bigCount, seed: 1) }
let bigProgramme = "\(data)/big-\(bigCount)-programme.yaml"
try DataSet.programme(records: [URL(fileURLWithPath: big).lastPathComponent], organisation: "Big").write(toFile: bigProgramme, atomically: true, encoding: .utf8)
scenarios.append(Scenario(name: "1 file × \(bigCount) records", programmes: [bigProgramme], recordFiles: [big], records: bigCount))
// 2. Eight files of 125,000 records.
let partCount = 125_000 / scale
let parts = (0..<8).map { "\(data)/part-\(partCount)-\($0).yaml" }
for (index, part) in parts.enumerated() { try ensure(part) { try DataSet.writeRecords(part, count: partCount, seed: UInt64(100 + index)) } }
let partsProgramme = "\(data)/parts-\(partCount)-programme.yaml"
try DataSet.programme(records: parts.map { URL(fileURLWithPath: $0).lastPathComponent }, organisation: "Parts").write(toFile: partsProgramme, atomically: true, encoding: .utf8)
scenarios.append(Scenario(name: "8 files × \(partCount) records", programmes: [partsProgramme], recordFiles: parts, records: 8 * partCount))
// 3. A roll-up of 1,000 programmes of 1,000 records.
let rollupCount = 1000 / scale
let rollup = "\(data)/rollup-\(rollupCount)"
try FileManager.default.createDirectory(atPath: rollup + "/records", withIntermediateDirectories: true)
var rollupFiles: [String] = []
for index in 0..<rollupCount {
    let records = "\(rollup)/records/unit-\(index).yaml"
    try ensure(records) { try DataSet.writeRecords(records, count: 1000, seed: UInt64(10_000 + index)) }
    let programme = "\(rollup)/unit-\(index).yaml"
    try ensure(programme) { try DataSet.programme(records: ["records/unit-\(index).yaml"], organisation: "Unit \(index)").write(toFile: programme, atomically: true, encoding: .utf8) }
    rollupFiles.append(records)
}
scenarios.append(Scenario(name: "roll-up of \(rollupCount) programmes × 1000 records", programmes: [rollup], recordFiles: rollupFiles, records: rollupCount * 1000))

print("tally-benchmark: \(repeats) run(s) each, medians; machine: \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("| scenario | MB | libyaml scan (s) | tally check (s) | ratio | tally peak RSS (MB) | peak / file size |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for scenario in scenarios {
    let megabytes = Double(fileSize(scenario.recordFiles)) / 1_048_576
    let scan = Measurement.median(repeats) { Measurement.run(me.path, ["scan"] + scenario.recordFiles) }
    let check = Measurement.median(repeats) { Measurement.run(tally, ["check"] + scenario.programmes + ["--as-of", "2024-12-31"]) }
    let peak = Double(check.peakKilobytes) / 1024
    print(String(format: "| %@ | %.1f | %.2f | %.2f | %.2f | %.1f | %.2f |", scenario.name, megabytes, scan.seconds, check.seconds,
                 check.seconds / scan.seconds, peak, peak / megabytes))
    if check.status > 1 { print("  (tally check exited with \(check.status))") }
}
