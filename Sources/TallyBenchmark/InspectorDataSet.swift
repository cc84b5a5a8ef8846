import Foundation

/// The data shape an inspector tried (issue 9): records of 3 to 5 fields, one in eight a
/// proposal with its own id and title that a later answer names in `responds-to`, many records
/// with a title of their own (unique texts), and a programme of ten targets over them,
/// including a `respond` target, `each`, `every`, `distinct` and sums. Written deterministically.
enum InspectorDataSet {
    /// What goes wrong in the file: nothing, or bulk mistakes one in ten records each.
    enum Mistakes {
        case none
        /// 10% dangling `responds-to`, 10% units in no roster, 10% impossible dates.
        case bulk
    }

    static let kinds = ["conference", "inspection", "visit", "gift", "meeting", "training", "report", "bloc-activity"]

    /// Writes `count` records to `path`: proposals at every eighth record, answers four records
    /// later (nine in ten of them, some late), and ordinary activities in between.
    static func writeRecords(_ path: String, count: Int, seed: UInt64, mistakes: Mistakes = .none) throws {
        var generator = DataSet.Generator(state: seed)
        var out = ""
        out.reserveCapacity(1 << 22)
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var proposalDay = 0
        // Ids are unique across the files of one programme: the seed is part of them.
        let prefix = "DX\(seed)"
        for index in 0..<count {
            let dayOfYear = generator.next(330)
            let unit = DataSet.units[generator.next(DataSet.units.count)]
            let slot = index % 10
            if mistakes == .bulk && slot == 1 {
                out += "- date: 2024-02-\(30 + index % 2)\n  activity: meeting\n  unit: \(unit)\n"
            } else if mistakes == .bulk && slot == 3 {
                out += "- date: \(date(dayOfYear))\n  activity: visit\n  unit: Công đoàn cơ sở số \(index)\n  amount: \((generator.next(50) + 1) * 100_000)\n"
            } else if mistakes == .bulk && slot == 5 {
                out += "- date: \(date(dayOfYear))\n  activity: answer\n  responds-to: \(prefix)-X\(index)\n"
            } else if index % 8 == 0 {
                proposalDay = dayOfYear
                out += "- date: \(date(dayOfYear))\n  activity: proposal\n  id: \(prefix)-\(index / 8)\n  unit: \(unit)\n"
                out += "  title: Đề xuất số \(index / 8) về chế độ cho đoàn viên khó khăn\n"
            } else if index % 8 == 4 && (index / 8) % 10 != 9 {
                out += "- date: \(date(min(proposalDay + generator.next(20), 364)))\n  activity: answer\n  responds-to: \(prefix)-\(index / 8)\n  unit: \(unit)\n"
            } else {
                let kind = kinds[index % kinds.count]
                out += "- date: \(date(dayOfYear))\n  activity: \(kind)\n  unit: \(unit)\n"
                if generator.next(2) == 0 { out += "  amount: \((generator.next(50) + 1) * 100_000)\n" }
                if generator.next(3) == 0 { out += "  title: Biên bản \(kind) số \(index)/BB-CĐ\n" }
            }
            if out.utf8.count > 1 << 22 {
                handle.write(Data(out.utf8))
                out.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(out.utf8))
    }

    /// Day `dayOfYear` (0-based) of 2024 as YYYY-MM-DD.
    static func date(_ dayOfYear: Int) -> String {
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var month = 0, day = dayOfYear
        while day >= lengths[month] { day -= lengths[month]; month += 1 }
        return String(format: "2024-%02d-%02d", month + 1, day + 1)
    }

    /// Ten targets over the inspector's records.
    static func programme(records: [String], organisation: String) -> String {
        DataSet.programme("Inspector's programme", records: records, organisation: organisation, targets: DataSet.commonTargets + """

              - {id: titled, title: Titled minutes, count: [report, meeting], distinct: title, at-least: 1000}
              - {id: bloc, title: Bloc, count: bloc-activity, during: 2024-Q2, at-least: 100}
              - {id: proposals, title: Proposals answered, respond: {to: proposal, with: answer, within: 14d}, at-least: 80%}
            """)
    }
}
