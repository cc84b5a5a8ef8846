import Foundation
import Testing
@testable import TallyCore
import TallyYAML

/// The web's record path: permission, validation and append as `tally record`, the stamps,
/// the journal key, evidence by content and hash, and what the record changed.
@Suite struct WebRecorderTests {
    static let programme = """
    programme: Chương trình 2024
    organisation: CĐCS Sở
    period: 2024
    language: vi
    rosters:
      centres: [Văn phòng Sở, {id: dvvl, name: Trung tâm Dịch vụ việc làm, aliases: [TTDVVL]}, Trung tâm Bảo trợ xã hội tỉnh]
    activities: {conference: Hội nghị cán bộ, proposal: Đề xuất, visit: Thăm hỏi}
    records: [records/*.yaml]
    journal: records/web.yaml
    targets:
      - {id: conferences, title: Hội nghị CBCC, count: conference, each: centres, by: 2024-12-31}
      - {id: visits, title: Thăm hỏi, respond: {to: proposal, with: visit, within: 14d}}
    """

    static let old = "- {date: 2024-02-01, activity: conference, unit: Văn phòng Sở}\n- {date: 2024-02-02, activity: proposal, id: P1, unit: dvvl}\n"
    static let clerk = Account(name: "lan", role: .clerk, programmes: ["cd-so"], units: ["TTDVVL"])
    static let inspector = Account(name: "kt", role: .inspector)
    static let today = Day(year: 2024, month: 6, day: 1)!
    static let now = Date(timeIntervalSince1970: 1_717_200_000)  // 2024-06-01T00:00:00Z

    func setUp(programme: String = programme) throws -> (Fixture, WebRecorder, String) {
        let fixture = try Fixture(programme: programme, records: [:])
        let records = fixture.folder.appendingPathComponent("records")
        try FileManager.default.createDirectory(at: records, withIntermediateDirectories: true)
        try Data(Self.old.utf8).write(to: records.appendingPathComponent("old.yaml"))
        return (fixture, WebRecorder(programmePath: fixture.programmePath, slug: "cd-so"), records.appendingPathComponent("web.yaml").path)
    }

    func bytes(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { [UInt8]($0) } }

    @Test func recordsIntoTheJournalWithStampsAndSaysWhatChanged() throws {
        let (_, recorder, journal) = try setUp()
        let request = RecordRequest(date: "2024-03-12", activity: "conference", unit: "Trung tâm Dịch vụ việc làm", title: "Hội nghị <b>CBCC</b>",
                                    attributes: [.init(name: "attendees", value: "45")])
        guard case .recorded(let recorded) = recorder.record(request, by: Self.clerk, now: Self.now, today: Self.today) else {
            Issue.record("not recorded"); return
        }
        #expect(recorded.file.hasSuffix("records/web.yaml") && recorded.line == 1)
        let text = String(decoding: bytes(journal) ?? [], as: UTF8.self)
        #expect(text == "- date: 2024-03-12\n  activity: conference\n  unit: Trung tâm Dịch vụ việc làm\n  title: Hội nghị <b>CBCC</b>\n  attendees: 45\n"
                + "  recorded-by: lan\n  recorded-at: \(RecordRequest.timestamp(Self.now))\n")
        let effect = try #require(recorded.effect)
        #expect(effect.changes.map(\.targetID) == ["conferences"])
        #expect(effect.changes[0].before == .init(value: 1, required: 3, status: .onTrack))
        #expect(effect.changes[0].after.value == 2)
        #expect(recorded.language == .vi)
    }

    @Test func theLastUnitMeetsTheTarget() throws {
        let (_, recorder, _) = try setUp()
        for unit in ["dvvl", "Trung tâm Bảo trợ xã hội tỉnh"] {
            let board = Account(name: "b", role: .board)
            guard case .recorded(let recorded) = recorder.record(RecordRequest(date: "2024-03-12", activity: "conference", unit: unit), by: board, now: Self.now, today: Self.today) else {
                Issue.record("not recorded"); return
            }
            if unit != "dvvl" {
                #expect(recorded.effect?.changes.first?.after == .init(value: 3, required: 3, status: .met))
            }
        }
    }

    @Test func refusalsWriteNothing() throws {
        let (_, recorder, journal) = try setUp()
        let request = RecordRequest(date: "2024-03-12", activity: "conference", unit: "Văn phòng Sở")
        guard case .refused(let refusal, let language) = recorder.record(request, uploads: [EvidenceUpload(bytes: Array("%PDF-1.4".utf8))], by: Self.clerk, today: Self.today) else {
            Issue.record("not refused"); return
        }
        #expect(refusal == .unit("Văn phòng Sở") && language == .vi)
        guard case .refused(.readOnly, _) = recorder.record(request, by: Self.inspector, today: Self.today) else { Issue.record("inspector recorded"); return }
        let other = WebRecorder(programmePath: recorder.programmePath, slug: "another")
        guard case .refused(.programme("another"), _) = other.record(RecordRequest(date: "2024-03-12", activity: "conference", unit: "dvvl"), by: Self.clerk, today: Self.today) else {
            Issue.record("recorded in another programme"); return
        }
        #expect(bytes(journal) == nil, "no journal was created")
        #expect(!FileManager.default.fileExists(atPath: (journal as NSString).deletingLastPathComponent + "/evidence"))
    }

    @Test func invalidRecordsAreErrorsBesideTheirFields() throws {
        let (_, recorder, journal) = try setUp()
        let request = RecordRequest(date: "2024-02-30", activity: "conferance", unit: "dvvl", respondsTo: "P9",
                                    attributes: [.init(name: "amount", value: "2.000.000")])
        guard case .invalid(let errors) = recorder.record(request, by: Self.clerk, today: Self.today) else { Issue.record("recorded"); return }
        #expect(errors.byField["date"]?.first?.contains("2024-02-30 không phải ngày có thật") == true, "in the programme's language: vi")
        #expect(errors.byField["activity"]?.first?.contains("\"conferance\" không có trong danh mục hoạt động") == true)
        #expect(bytes(journal) == nil)
        let forged = RecordRequest(date: "2024-03-01", activity: "conference", unit: "dvvl", attributes: [.init(name: "recorded-by", value: "someone")])
        guard case .invalid(let stamp) = recorder.record(forged, by: Self.clerk, today: Self.today) else { Issue.record("recorded"); return }
        #expect(stamp.byField["recorded-by"] == ["mục \"recorded-by\" do Tally tự ghi: bỏ mục này đi: Tally tự thêm người ghi và thời điểm ghi"], "in the programme's language")
        let badName = RecordRequest(date: "2024-03-01", activity: "conference", unit: "dvvl", attributes: [.init(name: "a: b", value: "x")])
        guard case .invalid(let named) = recorder.record(badName, by: Self.clerk, today: Self.today) else { Issue.record("recorded"); return }
        #expect(named.byField["field.a: b"]?.count == 1)
        #expect(bytes(journal) == nil)
    }

    @Test func evidenceIsCheckedByContentAndStoredByHash() throws {
        let (_, recorder, journal) = try setUp()
        let pdf = Array("%PDF-1.7\n1 0 obj\n".utf8)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]
        let request = RecordRequest(date: "2024-03-12", activity: "conference", unit: "dvvl")
        guard case .recorded = recorder.record(request, uploads: [EvidenceUpload(bytes: pdf, clientName: "../../etc/passwd"),
                                                                   EvidenceUpload(bytes: png, clientName: "a\u{0}.png")],
                                               by: Self.clerk, today: Self.today) else { Issue.record("not recorded"); return }
        let folder = (journal as NSString).deletingLastPathComponent
        let pdfPath = "evidence/\(Credentials.sha256Hex(pdf)).pdf", pngPath = "evidence/\(Credentials.sha256Hex(png)).png"
        #expect(bytes(folder + "/" + pdfPath) == pdf && bytes(folder + "/" + pngPath) == png)
        let text = String(decoding: bytes(journal) ?? [], as: UTF8.self)
        #expect(text.contains("evidence: [\(pdfPath), \(pngPath)]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/evidence").sorted() == [pdfPath, pngPath].map { String($0.dropFirst(9)) }.sorted())
    }

    @Test func hostileFilesAreRefusedAndNothingIsWritten() throws {
        let (_, recorder, journal) = try setUp()
        let executable: [UInt8] = Array("MZ".utf8) + [UInt8](repeating: 0x90, count: 200)
        let request = RecordRequest(date: "2024-03-12", activity: "conference", unit: "dvvl")
        for (upload, expected) in [
            (EvidenceUpload(bytes: executable, clientName: "bien-ban.pdf"), "tệp \"bien-ban.pdf\" không phải PDF, JPEG hay PNG"),
            (EvidenceUpload(bytes: [], clientName: "x.pdf"), "tệp \"x.pdf\" trống"),
            (EvidenceUpload(bytes: Array("%PDF-".utf8) + [UInt8](repeating: 0, count: EvidenceUpload.largest), clientName: "big.pdf"), "tệp \"big.pdf\" lớn hơn 10 MB"),
            (EvidenceUpload(bytes: Array("<html>".utf8), clientName: "../../" + String(repeating: "a", count: 500) + "\u{0}.png"), "tệp \"aaaa"),
        ] {
            guard case .invalid(let errors) = recorder.record(request, uploads: [upload], by: Self.clerk, today: Self.today) else { Issue.record("recorded"); return }
            #expect(errors.byField["evidence"]?.first?.hasPrefix(expected) == true, "\(errors.byField)")
            #expect(errors.byField["evidence"]?.first.map { !$0.contains("\u{0}") && !$0.contains("../") && $0.count < 200 } == true)
        }
        #expect(bytes(journal) == nil)
        #expect(!FileManager.default.fileExists(atPath: (journal as NSString).deletingLastPathComponent + "/evidence"))
    }

    @Test func withoutAJournalTheFileTallyRecordPicks() throws {
        let programme = Self.programme.replacingOccurrences(of: "records: [records/*.yaml]\njournal: records/web.yaml", with: "records: [records/old.yaml]")
        let (_, recorder, _) = try setUp(programme: programme)
        guard case .recorded(let recorded) = recorder.record(RecordRequest(date: "2024-03-12", activity: "conference", unit: "dvvl"), by: Self.clerk, today: Self.today) else {
            Issue.record("not recorded"); return
        }
        #expect(recorded.file.hasSuffix("records/old.yaml") && recorded.line == 3)
    }

    @Test func theJournalMustBeOneOfTheRecordsFiles() throws {
        let bad = try Fixture(programme: Self.programme.replacingOccurrences(of: "journal: records/web.yaml", with: "journal: web.yaml"))
        #expect(bad.errors().contains("9:10: journal \"web.yaml\" is not one of the files that records: names, so what is written there would not count"))
        let csv = try Fixture(programme: Self.programme.replacingOccurrences(of: "journal: records/web.yaml", with: "journal: records/*.csv"))
        #expect(csv.errors().contains { $0.hasPrefix("9:10: journal must name one YAML records file") })
    }

    @Test func globsMatchPathsThatDoNotExistYet() {
        #expect(Glob.matches("a/records/web.yaml", "a/records/*.yaml"))
        #expect(Glob.matches("a/x/y/web.yaml", "a/**/*.yaml") && Glob.matches("a/web.yaml", "a/**/*.yaml"))
        #expect(!Glob.matches("a/records/sub/web.yaml", "a/records/*.yaml"))
        #expect(!Glob.matches("a/records/.web.yaml", "a/records/*.yaml"))
    }

    @Test func timestampsCarryTheirOffset() {
        #expect(RecordRequest.timestamp(Self.now, in: TimeZone(secondsFromGMT: 7 * 3600)!) == "2024-06-01T07:00:00+07:00")
        #expect(RecordRequest.timestamp(Self.now, in: TimeZone(secondsFromGMT: -(3 * 3600 + 1800))!) == "2024-05-31T20:30:00-03:30")
        #expect(RecordRequest.timestamp(Self.now, in: TimeZone(identifier: "UTC")!) == "2024-06-01T00:00:00+00:00")
    }
}
