import Foundation
import Testing

/// `tally record`: validation as loading does it, byte-identical files on rejection,
/// safe concurrent appends, symlinks and permissions kept.
@Suite struct RecordCommandTests {
    static let programme = """
    programme: Test
    organisation: Org
    period: 2024
    rosters:
      centres: [Văn phòng Sở, {id: dvvl, name: Trung tâm Dịch vụ việc làm}]
    activities: {conference: Hội nghị, proposal: Đề xuất, visit: Thăm hỏi}
    records: [records.yaml]
    targets:
      - {id: conferences, title: C, count: conference, each: centres}
      - {id: visits, title: V, respond: {to: proposal, with: visit, within: 14d}}
      - {id: gifts, title: G, sum: amount, of: visit, at-least: 100}
    """

    func setUp(records: String = "- {date: 2024-01-05, activity: proposal, id: P1, unit: dvvl}\n") throws -> (TemporaryFolder, String, String) {
        let folder = try TemporaryFolder()
        let programme = try folder.write("p.yaml", Self.programme)
        let records = try folder.write("records.yaml", records)
        return (folder, programme, records)
    }

    @Test func appendsAValidRecordAndSaysWhere() throws {
        let (folder, programme, records) = try setUp()
        let run = try TallyRunner.run(["record", programme, "--date", "2024-01-10", "--activity", "visit", "--unit", "dvvl",
                                       "--responds-to", "P1", "--set", "amount=150", "--title", "NO # - x\ttab 🎉", "--evidence", "a.pdf", "--evidence", "b.pdf"],
                                      in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "recorded: \(records):2\n")
        let check = try TallyRunner.run(["check", programme, "--as-of", "2024-01-20", "--format", "json"], in: folder.url)
        let document = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as! [String: Any]
        let targets = ((document["programmes"] as! [[String: Any]])[0]["targets"] as! [[String: Any]])
        #expect(targets[2]["value"] as? Double == 150, "the --set number is a number")
        let evidence = (targets[2]["evidence"] as! [[String: Any]])[0]
        #expect(evidence["title"] as? String == "NO # - x\ttab 🎉", "user text round-trips")
        #expect(evidence["evidence"] as? [String] == ["a.pdf", "b.pdf"])
        #expect(evidence["line"] as? Double == 2)
    }

    @Test(arguments: [
        (["--date", "2024-02-30", "--activity", "visit"], "2024-02-30 is not a real date"),
        (["--date", "2024-01-10", "--activity", "vist"], "\"vist\" is not one of the programme's activities"),
        (["--date", "2024-01-10", "--activity", "visit", "--unit", "Van phong"], "\"Van phong\" is not a member of any roster"),
        (["--date", "2024-01-10", "--activity", "proposal", "--id", "P1"], "the id \"P1\" is used by two records"),
        (["--date", "2024-01-10", "--activity", "visit", "--responds-to", "P9"], "responds-to names \"P9\", but no record has that id"),
        (["--date", "2024-01-10", "--activity", "proposal"], "a proposal record needs an id"),
        (["--date", "2024-01-10", "--activity", "visit", "--set", "amount=2.000.000"], "uses separators inside a number"),
    ])
    func rejectsInvalidRecordsLeavingTheFileByteIdentical(_ arguments: [String], _ message: String) throws {
        let (folder, programme, records) = try setUp()
        let before = try Data(contentsOf: URL(fileURLWithPath: records))
        let run = try TallyRunner.run(["record", programme] + arguments, in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.contains("(new record):"), "errors point into the new record")
        #expect(try Data(contentsOf: URL(fileURLWithPath: records)) == before)
    }

    @Test func concurrentWritersLoseNothing() throws {
        let (folder, programme, records) = try setUp()
        let writers = 24
        let group = DispatchGroup()
        let statuses = StatusBox()
        for index in 0..<writers {
            group.enter()
            DispatchQueue.global().async {
                let run = try? TallyRunner.run(["record", programme, "--date", "2024-02-01", "--activity", "conference",
                                                "--unit", index % 2 == 0 ? "dvvl" : "Văn phòng Sở", "--set", "n=\(index)"], in: folder.url)
                statuses.add(run?.status ?? -1)
                group.leave()
            }
        }
        group.wait()
        #expect(statuses.values.allSatisfy { $0 == 0 })
        let lint = try TallyRunner.run(["lint", programme], in: folder.url)
        #expect(lint.stdout.contains("\(writers + 1) records in 1 file"), "\(lint.stdout)\(lint.stderr)")
        let text = try String(contentsOfFile: records, encoding: .utf8)
        for index in 0..<writers { #expect(text.contains("  n: \(index)\n")) }
    }

    @Test func writesThroughASymlinkAndKeepsTheMode() throws {
        let (folder, programme, records) = try setUp()
        let real = folder.url.appendingPathComponent("real.yaml").path
        try FileManager.default.moveItem(atPath: records, toPath: real)
        try FileManager.default.createSymbolicLink(atPath: records, withDestinationPath: "real.yaml")
        chmod(real, 0o640)
        let run = try TallyRunner.run(["record", programme, "--date", "2024-03-01", "--activity", "conference", "--unit", "dvvl"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: records)
        #expect(link == "real.yaml", "the link is kept, its target rewritten")
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("2024-03-01"))
        let attributes = try FileManager.default.attributesOfItem(atPath: real)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
    }

    @Test func emptyListAndMissingFileStartANewJournal() throws {
        let (folder, programme, records) = try setUp(records: "[]\n")
        let run = try TallyRunner.run(["record", programme, "--date", "2024-03-01", "--activity", "conference", "--unit", "dvvl"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: records, encoding: .utf8) == "- date: 2024-03-01\n  activity: conference\n  unit: dvvl\n", "plain style, as people write by hand")
        try FileManager.default.removeItem(atPath: records)
        let fresh = try TallyRunner.run(["record", programme, "--date", "2024-03-02", "--activity", "conference", "--unit", "dvvl"], in: folder.url)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(FileManager.default.fileExists(atPath: records))
    }

    @Test func valuesArePlainWheneverTheyReadBackTheSame() throws {
        let (folder, programme, records) = try setUp(records: "")
        let run = try TallyRunner.run(["record", programme, "--date", "10/01/2024", "--activity", "proposal", "--id", "P2", "--unit", "Văn phòng Sở",
                                       "--title", "2024", "--text", "note=NO", "--text", "place=Phòng họp: tầng 2", "--set", "pledged=1.000.000",
                                       "--set", "visitors=12", "--set", "paid=true", "--set", "remark=null", "--evidence", "bien-ban/p2.pdf"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: records, encoding: .utf8) == """
        - date: 10/01/2024
          activity: proposal
          unit: Văn phòng Sở
          id: P2
          title: "2024"
          evidence: [bien-ban/p2.pdf]
          pledged: 1.000.000
          visitors: 12
          paid: true
          remark: "null"
          note: "NO"
          place: 'Phòng họp: tầng 2'

        """, "quoted only where plain would read differently")
        #expect(run.stderr.contains("warning[separators-in-text]: \"1.000.000\" in pledged looks like a number written with separators"), "\(run.stderr)")
        #expect(run.stderr.contains("fix: write digits only, with \".\" for decimals: pledged: 1000000"))
    }

    @Test func intoMustBeOneOfTheProgrammesFiles() throws {
        let (folder, programme, records) = try setUp()
        let before = try Data(contentsOf: URL(fileURLWithPath: records))
        let run = try TallyRunner.run(["record", programme, "--date", "2024-03-01", "--activity", "conference", "--into", "other.yaml"], in: folder.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("other.yaml is not one of the programme's records files"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: records)) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("other.yaml").path))
    }
}

/// Collects exit statuses from several threads.
final class StatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int32] = []
    func add(_ status: Int32) { lock.lock(); storage.append(status); lock.unlock() }
    var values: [Int32] { lock.lock(); defer { lock.unlock() }; return storage }
}
