import Foundation

/// One thing the benchmark measures: `tally check` of some programmes against libyaml's scan
/// of their records files.
struct Scenario {
    var name: String
    var programmes: [String]
    var recordFiles: [String]
    var options: [String] = []
}

/// The benchmark's data sets, written under `data` when missing (deterministically), and the
/// scenarios over them.
struct Scenarios {
    let data: String
    let scale: Int

    static func fileSize(_ paths: [String]) -> Int {
        paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    }

    /// Writes a file only when it is missing, so repeated runs reuse the data.
    func ensure(_ path: String, _ write: () throws -> Void) throws {
        if !FileManager.default.fileExists(atPath: path) { try write() }
    }

    func name(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }

    var all: [Scenario] {
        get throws {
            var scenarios: [Scenario] = []
            // 1. One file of 1,000,000 plain records (4 fields each).
            let bigCount = 1_000_000 / scale
            let big = "\(data)/big-\(bigCount).yaml"
            try ensure(big) { try DataSet.writeRecords(big, count: bigCount, seed: 1) }
            let bigProgramme = "\(data)/big-\(bigCount)-programme.yaml"
            try DataSet.programme(records: [name(big)], organisation: "Big").write(toFile: bigProgramme, atomically: true, encoding: .utf8)
            scenarios.append(Scenario(name: "plain: 1 file × \(bigCount) records", programmes: [bigProgramme], recordFiles: [big]))
            // 2. The inspector's shape, one file of 1,000,000 records, in every format.
            let inspector = "\(data)/inspector-\(bigCount).yaml"
            try ensure(inspector) { try InspectorDataSet.writeRecords(inspector, count: bigCount, seed: 7) }
            let inspectorProgramme = "\(data)/inspector-\(bigCount)-programme.yaml"
            try InspectorDataSet.programme(records: [name(inspector)], organisation: "Inspector").write(toFile: inspectorProgramme, atomically: true, encoding: .utf8)
            for format in ["text", "json", "markdown", "html", "junit"] {
                scenarios.append(Scenario(name: "inspector: 1 file × \(bigCount) records, \(format)", programmes: [inspectorProgramme],
                                          recordFiles: [inspector], options: ["--format", format]))
            }
            // 3. The same shape with bulk mistakes: 100,000 each of dangling answers, unknown units, impossible dates.
            let bad = "\(data)/inspector-bad-\(bigCount).yaml"
            try ensure(bad) { try InspectorDataSet.writeRecords(bad, count: bigCount, seed: 7, mistakes: .bulk) }
            let badProgramme = "\(data)/inspector-bad-\(bigCount)-programme.yaml"
            try InspectorDataSet.programme(records: [name(bad)], organisation: "Bad").write(toFile: badProgramme, atomically: true, encoding: .utf8)
            scenarios.append(Scenario(name: "bad input: 1 file × \(bigCount) records, 30% wrong", programmes: [badProgramme], recordFiles: [bad]))
            // 4. Eight files of 125,000 records, plain and inspector's shape.
            let partCount = 125_000 / scale
            let parts = (0..<8).map { "\(data)/part-\(partCount)-\($0).yaml" }
            for (index, part) in parts.enumerated() { try ensure(part) { try DataSet.writeRecords(part, count: partCount, seed: UInt64(100 + index)) } }
            let partsProgramme = "\(data)/parts-\(partCount)-programme.yaml"
            try DataSet.programme(records: parts.map(name), organisation: "Parts").write(toFile: partsProgramme, atomically: true, encoding: .utf8)
            scenarios.append(Scenario(name: "plain: 8 files × \(partCount) records", programmes: [partsProgramme], recordFiles: parts))
            let inspectorParts = (0..<8).map { "\(data)/inspector-part-\(partCount)-\($0).yaml" }
            for (index, part) in inspectorParts.enumerated() {
                try ensure(part) { try InspectorDataSet.writeRecords(part, count: partCount, seed: UInt64(200 + index)) }
            }
            let inspectorPartsProgramme = "\(data)/inspector-parts-\(partCount)-programme.yaml"
            try InspectorDataSet.programme(records: inspectorParts.map(name), organisation: "Parts").write(toFile: inspectorPartsProgramme, atomically: true, encoding: .utf8)
            scenarios.append(Scenario(name: "inspector: 8 files × \(partCount) records", programmes: [inspectorPartsProgramme], recordFiles: inspectorParts))
            // 5. A respond target with 100,000 triggers and their answers (every record's id and title unique).
            let respondCount = 800_000 / scale
            let respond = "\(data)/respond-\(respondCount).yaml"
            try ensure(respond) { try InspectorDataSet.writeRecords(respond, count: respondCount, seed: 11) }
            let respondProgramme = "\(data)/respond-\(respondCount)-programme.yaml"
            try InspectorDataSet.programme(records: [name(respond)], organisation: "Respond").write(toFile: respondProgramme, atomically: true, encoding: .utf8)
            scenarios.append(Scenario(name: "respond: \(respondCount / 8) triggers in \(respondCount) records, json", programmes: [respondProgramme],
                                      recordFiles: [respond], options: ["--format", "json"]))
            // 6. Many small programmes in one check: 1,000 of 1,000 records.
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
            scenarios.append(Scenario(name: "roll-up: \(rollupCount) programmes × 1000 records", programmes: [rollup], recordFiles: rollupFiles))
            return scenarios
        }
    }
}
