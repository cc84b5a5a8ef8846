import Foundation
import Testing

/// A new year from nothing (issue 13): `init`, `lint`, `record`, `check`, `remind` in an empty
/// folder, as a new board secretary types them, and the typos that must still be errors.
@Suite struct NewYearTests {
    struct Session: Sendable, CustomStringConvertible {
        var language: String
        var file: String
        var unit: String
        var journal: String
        var description: String { language }
    }

    static let sessions = [
        Session(language: "vi", file: "chuong-trinh-2026.yaml", unit: "Văn phòng", journal: "records/2026/nhat-ky.yaml"),
        Session(language: "en", file: "programme-2026.yaml", unit: "Head office", journal: "records/2026/journal.yaml"),
    ]

    @Test(arguments: sessions)
    func firstDayOfTheYear(_ session: Session) throws {
        let folder = try TemporaryFolder()
        let initRun = try TallyRunner.run(["init", session.file, "--lang", session.language, "--year", "2026"], in: folder.url)
        #expect(initRun.status == 0, "\(initRun.stderr)")
        let wrote = session.language == "vi" ? "đã ghi" : "wrote", next = session.language == "vi" ? "bước tiếp theo" : "next"
        #expect(initRun.stdout == "\(wrote) \(session.file), records/2026/README.md, programme.schema.json; \(next): tally lint \(session.file)\n")
        let schema = try String(contentsOf: folder.url.appendingPathComponent("programme.schema.json"), encoding: .utf8)
        #expect(schema == (try TallyRunner.run(["schema"])).stdout, "the same schema as tally schema")
        let readme = try String(contentsOf: folder.url.appendingPathComponent("records/2026/README.md"), encoding: .utf8)
        #expect(readme.contains(session.language == "vi" ? "Thư mục này chứa hồ sơ" : "This folder holds the records"))

        let lint = try TallyRunner.run(["lint", session.file], in: folder.url)
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(lint.stdout == "ok: \(session.file): " + (session.language == "vi" ? "2 chỉ tiêu, 0 bản ghi trong 0 tệp\n" : "2 targets, 0 records in 0 files\n"))
        #expect(lint.stderr.contains(session.language == "vi" ? "lưu ý[records-folder-empty]: records: \"records/2026/*.yaml\" chưa khớp tệp nào"
                                                               : "note[records-folder-empty]: records: \"records/2026/*.yaml\" matches no file yet"), "\(lint.stderr)")
        #expect(!lint.stderr.contains("error"))

        let empty = try TallyRunner.run(["check", session.file, "--as-of", "2026-02-15", "--format", "json"], in: folder.url)
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stderr.isEmpty, "the note about the empty folder is for lint only")
        #expect(try Self.statuses(empty.stdout) == ["on-track", "on-track"], "no records on 15 February: the deadline is 31 March, nothing to answer yet")
        let late = try TallyRunner.run(["check", session.file, "--as-of", "2026-04-01", "--format", "json"], in: folder.url)
        #expect(late.status == 1)
        #expect(try Self.statuses(late.stdout) == ["missed", "on-track"], "no conference by 31 March")
        let before = try TallyRunner.run(["check", session.file, "--as-of", "2025-12-20", "--format", "json"], in: folder.url)
        #expect(try Self.statuses(before.stdout) == ["upcoming", "upcoming"])

        let record = try TallyRunner.run(["record", session.file, "--date", "2026-02-10", "--activity", "conference", "--unit", session.unit], in: folder.url)
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.stdout == "recorded: \(session.journal):1\n")
        let journal = try String(contentsOf: folder.url.appendingPathComponent(session.journal), encoding: .utf8)
        #expect(journal == "- date: 2026-02-10\n  activity: conference\n  unit: \(session.unit)\n")

        let check = try TallyRunner.run(["check", session.file, "--as-of", "2026-02-15", "--format", "json"], in: folder.url)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try Self.statuses(check.stdout) == ["on-track", "on-track"], "one of two centres held its conference by 15 February")
        let today = try TallyRunner.run(["check", session.file], in: folder.url)
        #expect(today.status == 0 || today.status == 1, "\(today.stderr)")

        let remind = try TallyRunner.run(["remind", session.file, "--as-of", "2026-03-20"], in: folder.url)
        #expect(remind.status == 0, "\(remind.stderr)")
        #expect(remind.stdout.contains(session.language == "vi" ? "31/03/2026 (còn 11 ngày)" : "2026-03-31 (in 11 days)"), "the conference deadline is due soon: \(remind.stdout)")
        #expect(remind.stdout.contains(session.language == "vi" ? "Trung tâm Dịch vụ" : "Service centre"), "the centre still missing")
        let remindToday = try TallyRunner.run(["remind", session.file], in: folder.url)
        #expect(remindToday.status == 0, "\(remindToday.stderr)")
        let quiet = try TallyRunner.run(["remind", session.file, "--as-of", "2026-01-02"], in: folder.url)
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty, "nothing due in the first two weeks: cron sends nothing")
    }

    @Test func twoStartersInOneFolderKeepTheirRecordsApart() throws {
        let folder = try TemporaryFolder()
        #expect(try TallyRunner.run(["init", "vi.yaml", "--lang", "vi", "--year", "2026"], in: folder.url).status == 0)
        let second = try TallyRunner.run(["init", "en.yaml", "--lang", "en", "--year", "2026"], in: folder.url)
        #expect(second.stdout == "wrote en.yaml, records/2026-en/README.md; next: tally lint en.yaml\n")
        #expect(try TallyRunner.run(["record", "vi.yaml", "--date", "2026-02-10", "--activity", "conference", "--unit", "TTDV"], in: folder.url).status == 0)
        let record = try TallyRunner.run(["record", "en.yaml", "--date", "2026-02-10", "--activity", "conference", "--unit", "SC"], in: folder.url)
        #expect(record.stdout == "recorded: records/2026-en/journal.yaml:1\n", "\(record.stderr)")
        #expect(try TallyRunner.run(["lint", "vi.yaml", "en.yaml"], in: folder.url).status == 0)
    }

    @Test func initOnAnExistingFileSaysSoWithoutTheUsage() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", "programme: mine\n")
        let run = try TallyRunner.run(["init", "p.yaml"], in: folder.url)
        #expect(run.status == 64)
        #expect(run.stderr == "lỗi[file-exists]: đã có tệp p.yaml\n  cách sửa: chọn tên khác, hoặc xoá tệp đó trước\n")
        let english = try TallyRunner.run(["init", "--lang", "en", "p.yaml"], in: folder.url)
        #expect(english.stderr == "error[file-exists]: p.yaml already exists\n  fix: choose another name or remove it first\n")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("p.yaml"), encoding: .utf8) == "programme: mine\n")
    }

    static let programme = """
    programme: P
    organisation: O
    period: 2026
    activities: {meeting: Meeting}
    records: [RECORDS]
    targets:
      - {id: meetings, title: Meetings, count: meeting, at-least: 2}
    """

    @Test(arguments: [
        ("records/2026/*.yaml", ["old/2025/a.yaml"], "looks in the folder records/2026, which does not exist", "create the folder: mkdir -p records/2026"),
        ("records/2026/*.yaml", ["records/2025/a.yaml"], "looks in the folder records/2026, which does not exist", "did you mean records/2025? If not, create the folder: mkdir -p records/2026"),
        ("record/2026/*.yaml", ["records/2026/a.yaml"], "looks in the folder record/2026, which does not exist", "did you mean records/2026?"),
        ("records/2026/*.yml", ["records/2026/a.yaml"], "matches none of the records files in records/2026 (a.yaml)", "did you mean \"records/2026/*.yaml\"?"),
        ("records/2026/*.YAML", ["records/2026/a.yaml"], "matches none of the records files in records/2026 (a.yaml)", "did you mean \"records/2026/*.yaml\"?"),
        ("records-2026.yaml", ["records-2062.yaml"], "\"records-2026.yaml\" does not exist", "did you mean \"records-2062.yaml\"?"),
    ])
    func typosAreStillErrors(_ pattern: String, _ files: [String], _ message: String, _ fix: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", Self.programme.replacingOccurrences(of: "RECORDS", with: pattern))
        for file in files { try folder.write(file, "- {date: 2026-01-05, activity: meeting}\n") }
        let lint = try TallyRunner.run(["lint", "p.yaml"], in: folder.url)
        #expect(lint.status == 2)
        #expect(lint.stderr.contains("]: records: \"\(pattern)\" \(message)") || lint.stderr.contains("error[file-not-found]: \(message)"), "\(lint.stderr)")
        #expect(lint.stderr.contains(fix), "\(lint.stderr)")
    }

    @Test func lastYearsFilesBesideAreNotATypo() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", Self.programme.replacingOccurrences(of: "RECORDS", with: "so/2026-*.yaml"))
        try folder.write("so/2025-q4.yaml", "- {date: 2025-12-05, activity: meeting}\n")
        let lint = try TallyRunner.run(["lint", "p.yaml"], in: folder.url)
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(lint.stderr.contains("note[records-folder-other-files]: records: \"so/2026-*.yaml\" matches no file yet; the folder so holds only other records files (2025-q4.yaml)"), "\(lint.stderr)")
        let record = try TallyRunner.run(["record", "p.yaml", "--date", "2026-01-05", "--activity", "meeting", "--into", "so/2026-q1.yaml"], in: folder.url)
        #expect(record.stdout == "recorded: so/2026-q1.yaml:1\n", "\(record.stderr)")
    }

    @Test func theDeclaredJournalsFolderIsCreatedByTheFirstRecord() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", Self.programme.replacingOccurrences(of: "RECORDS", with: "so/2026/*.yaml") + "\njournal: so/2026/web.yaml\n")
        let lint = try TallyRunner.run(["lint", "p.yaml"], in: folder.url)
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(lint.stderr.contains("note[journal-folder-not-yet]: records: \"so/2026/*.yaml\" matches no file yet; the folder so/2026 does not exist yet"), "\(lint.stderr)")
        let record = try TallyRunner.run(["record", "p.yaml", "--date", "2026-01-05", "--activity", "meeting"], in: folder.url)
        #expect(record.stdout == "recorded: so/2026/web.yaml:1\n", "\(record.stderr)")
    }

    @Test func withNoRecordsEveryTargetStandsAsTheDateSays() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", Self.programme.replacingOccurrences(of: "RECORDS", with: "so/*.yaml"))
        try folder.write("so/README.md", "records go here\n")
        let statuses = try ["2025-12-31", "2026-01-10", "2026-07-01", "2026-07-02", "2027-01-01"].map { date in
            let run = try TallyRunner.run(["check", "p.yaml", "--as-of", date, "--format", "json"], in: folder.url)
            return try Self.statuses(run.stdout)[0]
        }
        #expect(statuses == ["upcoming", "on-track", "on-track", "behind", "missed"], "2 meetings in 2026, none recorded: pace floor(2 × 182/365) = 0 on 1 July, floor(2 × 183/365) = 1 on 2 July")
        let remind = try TallyRunner.run(["remind", "p.yaml", "--as-of", "2026-12-20", "--lang", "en"], in: folder.url)
        #expect(remind.status == 0)
        #expect(remind.stdout.contains("2026-12-31 (in 11 days)\n  - Deadline of meetings: Meetings\n      still needed: 2\n"), "\(remind.stdout)")
    }

    @Test func recordStartsANamedFileThatThePatternMatches() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", Self.programme.replacingOccurrences(of: "RECORDS", with: "so/hd-*.yaml"))
        try folder.write("so/README.md", "records go here\n")
        let unnamed = try TallyRunner.run(["record", "p.yaml", "--date", "2026-01-05", "--activity", "meeting"], in: folder.url)
        #expect(unnamed.status == 2)
        #expect(unnamed.stderr.contains("the programme has no records file yet, and its patterns do not say what to call the first"), "\(unnamed.stderr)")
        let wrong = try TallyRunner.run(["record", "p.yaml", "--date", "2026-01-05", "--activity", "meeting", "--into", "so/other.yaml"], in: folder.url)
        #expect(wrong.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("so/other.yaml").path))
        let named = try TallyRunner.run(["record", "p.yaml", "--date", "2026-01-05", "--activity", "meeting", "--into", "so/hd-q1.yaml"], in: folder.url)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout == "recorded: so/hd-q1.yaml:1\n")
        let again = try TallyRunner.run(["record", "p.yaml", "--date", "2026-01-06", "--activity", "meeting"], in: folder.url)
        #expect(again.stdout == "recorded: so/hd-q1.yaml:3\n", "the only file is the journal now")
    }

    static func statuses(_ json: String) throws -> [String] {
        let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let targets = (document["programmes"] as! [[String: Any]])[0]["targets"] as! [[String: Any]]
        return targets.map { $0["status"] as! String }
    }
}
