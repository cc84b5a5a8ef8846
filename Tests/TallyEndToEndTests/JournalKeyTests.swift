import Foundation
import Testing

/// `journal:` names the file `tally record` (and the web form) appends to when several match `records:`.
@Suite struct JournalKeyTests {
    static let programme = """
    programme: P
    organisation: O
    period: 2024
    activities: [meeting]
    records: [records/*.yaml]
    journal: records/web.yaml
    targets:
      - {id: meetings, title: M, count: meeting, at-least: 2}
    """

    @Test func recordAppendsToTheJournalAmongSeveralFiles() throws {
        let folder = try TemporaryFolder()
        let programme = try folder.write("p.yaml", Self.programme)
        let quarter = try folder.write("records/q1.yaml", "- {date: 2024-01-05, activity: meeting}\n")
        try folder.write("records/q2.yaml", "- {date: 2024-04-05, activity: meeting}\n")
        let run = try TallyRunner.run(["record", programme, "--date", "2024-05-01", "--activity", "meeting"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let journal = folder.url.appendingPathComponent("records/web.yaml").path
        #expect(run.stdout == "recorded: \(journal):1\n")
        #expect(try String(contentsOfFile: journal, encoding: .utf8) == "- date: 2024-05-01\n  activity: meeting\n")
        #expect(try String(contentsOfFile: quarter, encoding: .utf8) == "- {date: 2024-01-05, activity: meeting}\n")
        let check = try TallyRunner.run(["check", programme, "--as-of", "2024-06-01", "--format", "json"], in: folder.url)
        #expect(check.stdout.contains("\"value\": 3"))
    }

    @Test func aJournalOutsideTheRecordsIsAnError() throws {
        let folder = try TemporaryFolder()
        let programme = try folder.write("p.yaml", Self.programme.replacingOccurrences(of: "journal: records/web.yaml", with: "journal: elsewhere.yaml"))
        try folder.write("records/q1.yaml", "- {date: 2024-01-05, activity: meeting}\n")
        let run = try TallyRunner.run(["lint", programme], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("p.yaml:6:10: error[journal-not-in-records]: journal \"elsewhere.yaml\" is not one of the files that records: names, so what is written there would not count"))
    }
}
