import CLibYAMLScan
import Foundation

/// The roll-up benchmark of issue 9: a tree of N programmes of 200 records each, every programme
/// extending one template, 100 programmes per folder. Measures libyaml's raw scan of the same bytes
/// (every programme and records file, and the template) against
/// `tally check TREE --recursive --summary`, at two sizes, to show time and peak memory per size.
///
///   tally-benchmark rollup [--data DIR] [--tally PATH] [--repeats N] [--sizes 1000,20000] [--format text] [--details]
///   tally-benchmark rollup-scan LIST      (used internally: the raw scan of the files listed in LIST)
enum RollUpBenchmark {
    static let recordsPerProgramme = 200
    static let perFolder = 100

    static func run(_ arguments: [String], me: URL) throws -> Int32 {
        func option(_ name: String) -> String? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
            return arguments[index + 1]
        }
        let data = option("--data") ?? "benchmarks/data"
        let tally = option("--tally") ?? me.deletingLastPathComponent().appendingPathComponent("tally").path
        let repeats = Int(option("--repeats") ?? "") ?? 3
        let sizes = (option("--sizes") ?? "1000,20000").split(separator: ",").compactMap { Int($0) }
        let format = option("--format") ?? "text"
        print("tally-benchmark rollup: \(repeats) run(s) each, medians; \(ProcessInfo.processInfo.activeProcessorCount) cores")
        let details = arguments.contains("--details")
        print("| programmes × records | MB | scan (s) | tally check --recursive\(details ? "" : " --summary") (s) | ratio | scan CPU (s) | check CPU (s) | CPU ratio | peak RSS (MB) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for size in sizes {
            let tree = "\(data)/rollup-tree-\(size)"
            let files = try generate(tree, programmes: size)
            let list = tree + ".files"
            try files.joined(separator: "\n").write(toFile: list, atomically: true, encoding: .utf8)
            let megabytes = Double(files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }) / 1_048_576
            // Side by side in one run: scan and check alternate, so both see the same machine load.
            var scans: [Measurement] = [], checks: [Measurement] = []
            for _ in 0..<repeats {
                scans.append(Measurement.run(me.path, ["rollup-scan", list]))
                checks.append(Measurement.run(tally, ["check", tree, "--recursive"] + (details ? [] : ["--summary"]) + ["--format", format, "--as-of", "2024-12-31"]))
            }
            let scan = Measurement.median(scans), check = Measurement.median(checks)
            print(String(format: "| %d × %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f |", size, recordsPerProgramme, megabytes, scan.seconds, check.seconds,
                         check.seconds / scan.seconds, scan.cpuSeconds, check.cpuSeconds, check.cpuSeconds / scan.cpuSeconds, Double(check.peakKilobytes) / 1024))
            if check.status > 1 { print("  (tally check exited with \(check.status))") }
        }
        return 0
    }

    /// Writes the tree once (deterministically) and returns every YAML file tally reads in it.
    static func generate(_ tree: String, programmes: Int) throws -> [String] {
        let manager = FileManager.default
        try manager.createDirectory(atPath: tree + "/templates", withIntermediateDirectories: true)
        let template = tree + "/templates/province.yaml"
        var files = [template]
        let done = tree + "/.complete"
        if !manager.fileExists(atPath: done) {
            try templateText.write(toFile: template, atomically: true, encoding: .utf8)
        }
        for index in 0..<programmes {
            let folder = "\(tree)/district-\(index / perFolder)"
            let programme = "\(folder)/unit-\(index).yaml", records = "\(folder)/unit-\(index)-records.yaml"
            if !manager.fileExists(atPath: done) {
                if index % perFolder == 0 { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                try DataSet.writeRecords(records, count: recordsPerProgramme, seed: UInt64(50_000 + index))
                try """
                extends: ../templates/province.yaml
                organisation: Công đoàn cơ sở số \(index)
                records: [unit-\(index)-records.yaml]

                """.write(toFile: programme, atomically: false, encoding: .utf8)
            }
            files += [programme, records]
        }
        manager.createFile(atPath: done, contents: Data())
        return files
    }

    /// The benchmark programme's ten targets as a template: rosters and targets, no organisation or records.
    static var templateText: String {
        DataSet.programme(records: [], organisation: "")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("organisation:") && !$0.hasPrefix("records:") }
            .joined(separator: "\n")
    }

    /// libyaml's raw scan of every file listed (one path a line).
    static func scan(list: String) -> Int32 {
        guard let text = try? String(contentsOfFile: list, encoding: .utf8) else { return 1 }
        for path in text.split(separator: "\n") where tally_libyaml_scan(String(path)) < 0 {
            FileHandle.standardError.write(Data("libyaml could not parse \(path)\n".utf8))
            return 1
        }
        return 0
    }
}
