import Foundation

/// Writes the benchmark's data sets deterministically (a fixed-seed generator), so every
/// machine measures the same bytes.
struct DataSet {
    /// A linear congruential generator: the same numbers on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let units = [
        "Công đoàn Trung tâm Bảo trợ xã hội tỉnh Thái Nguyên", "Công đoàn Trung tâm Dịch vụ việc làm Thái Nguyên",
        "Công đoàn Trung tâm Điều dưỡng người có công tỉnh", "Công đoàn Cơ sở cai nghiện ma túy tỉnh Thái Nguyên",
        "Công đoàn Trung tâm Công tác xã hội tỉnh Thái Nguyên", "Công đoàn Làng Trẻ em SOS Thái Nguyên",
        "Công đoàn Trường Cao đẳng Thái Nguyên", "Công đoàn Văn phòng Sở Lao động – Thương binh và Xã hội",
        "Công đoàn Thanh tra Sở Lao động – Thương binh và Xã hội",
    ]
    static let kinds = ["conference", "inspection", "visit", "gift", "meeting", "training", "report", "bloc-activity", "workers-month", "proposal"]

    /// Writes `count` records (date, activity, unit, amount) to `path` for year `year`.
    static func writeRecords(_ path: String, count: Int, seed: UInt64, year: Int = 2024) throws {
        var generator = Generator(state: seed)
        var out = ""
        out.reserveCapacity(1 << 22)
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        for index in 0..<count {
            let month = generator.next(12) + 1, day = generator.next(28) + 1
            out += "- date: \(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)\n"
            out += "  activity: \(kinds[index % kinds.count])\n"
            out += "  unit: \(units[generator.next(units.count)])\n"
            out += "  amount: \((generator.next(50) + 1) * 100_000)\n"
            if out.utf8.count > 1 << 22 {
                handle.write(Data(out.utf8))
                out.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(out.utf8))
    }

    /// The first seven targets of both benchmark programmes: `each`, `distinct` with a milestone, sums, a share, `every`, `where`.
    static let commonTargets = """
          - {id: conferences, title: Conferences, count: conference, each: centres, at-least: 10}
          - {id: inspections, title: Inspections, count: inspection, distinct: unit, at-least: 2, milestones: [{by: 2024-06-30, at-least: 1}]}
          - {id: gifts, title: Gifts, sum: amount, of: gift, at-least: 1000000}
          - {id: meetings, title: Meetings, share: meeting, that: amount >= 500000, at-least: 50%}
          - {id: training, title: Training, count: training, every: month}
          - {id: reports, title: Reports, count: report, where: amount > 2000000 and unit in centres, at-least: 5}
          - {id: visits, title: Visits, sum: amount, of: visit, each: centres, at-least: 5000000}
        """

    /// A programme over `records` with the roster of units and `targets` (YAML list items).
    static func programme(_ title: String, records: [String], organisation: String, targets: String) -> String {
        """
        programme: \(title)
        organisation: \(organisation)
        period: 2024
        rosters:
          centres:
        \(units.map { "    - \($0)" }.joined(separator: "\n"))
        records: [\(records.joined(separator: ", "))]
        targets:
        \(targets)

        """
    }

    /// A programme of ten targets, one of each measure and modifier, over `records`.
    static func programme(records: [String], organisation: String) -> String {
        programme("Benchmark programme", records: records, organisation: organisation, targets: commonTargets + """

              - {id: bloc, title: Bloc, count: bloc-activity, during: 2024-Q2, at-least: 100}
              - {id: workers-month, title: Workers' Month, count: workers-month, during: 2024-05}
              - {id: proposals, title: Proposals, count: proposal, at-most: 10000000}
            """)
    }
}
