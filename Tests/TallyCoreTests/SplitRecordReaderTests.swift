import Foundation
import Testing
@testable import TallyCore
import TallyYAML

/// One large records file read in two parts on two cores gives exactly what one reader gives,
/// and whenever a cut is not provably between two records, no result (the file is read whole).
@Suite struct SplitRecordReaderTests {
    static let programme = Fixture.programme("""
      - {id: answers, title: A, respond: {to: proposal, with: answer, within: 14d}}
      - {id: gifts, title: G, sum: amount, of: gift, at-least: 1000000}
    """, extra: """
    activities: [proposal, answer, gift, meeting]
    rosters:
      centres: [Trung tâm Bảo trợ xã hội tỉnh, Trung tâm Dịch vụ việc làm]
    """)

    /// Records with a mistake of each kind every few records, in both halves.
    static func records(_ count: Int) -> String {
        (0..<count).map { index -> String in
            switch index % 13 {
            case 1: "- date: 2024-02-30\n  activity: gift\n  amount: 100\n"
            case 3: "- date: 2024-03-01\n  activity: gift\n  unit: Trung tâm số \(index)\n  amount: 5\n"
            case 5: "- date: 2024-03-02\n  activity: answer\n  responds-to: P-\(index - 5)\n  title: \"Trả lời số \(index)\"\n"
            case 7: "- date: 2024-03-03\n  activity: meeting\n  unit: Trung tâm Dịch vụ việc làm\n  unit: again\n"
            case 9: "- date: 2024-03-04\n  activity: meting\n"
            default: "- date: 2024-0\(1 + index % 9)-1\(index % 9)\n  activity: proposal\n  id: P-\(index)\n  unit: Trung tâm Bảo trợ xã hội tỉnh\n  note: |\n    dòng một\n    dòng hai\n"
            }
        }.joined()
    }

    func split(_ text: String, at marker: String? = nil) throws -> (whole: RecordBuilder, split: RecordBuilder?) {
        let fixture = try Fixture(programme: Self.programme, records: ["records.yaml": text])
        var loader = ProgrammeLoader()
        let loaded = loader.load(path: fixture.programmePath)
        let programme = try #require(loaded)
        let rules = RecordRules(programme: programme)
        let path = fixture.folder.appendingPathComponent("records.yaml").path
        let whole = RecordLoader.read(path, rules: rules)
        let bytes = Array(text.utf8)
        let offset: Int
        if let marker, let range = text.range(of: marker) {
            offset = text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound.samePosition(in: text.utf8)!)
        } else {
            offset = SplitRecordReader.splitOffset(path, size: bytes.count) ?? 0
        }
        return (whole, SplitRecordReader.read(path, rules: rules, size: bytes.count, split: offset))
    }

    static func summary(_ builder: RecordBuilder) -> [String] {
        let records = builder.records
        let rows = (0..<records.count).map { index in
            "\(records.location(of: index).line) \(records.records[index].day) \(records.kind(of: index)) "
                + records.fields(of: index).map { "\($0.name)=\($0.value)" }.joined(separator: ",")
        }
        let diagnostics = builder.diagnostics.items.map { "\($0.start?.description ?? "-") \($0.message) | \($0.fix ?? "")" }
        return rows + diagnostics + ["dropped \(builder.diagnostics.dropped)"]
            + builder.ids.map { "id \($0.id) \($0.mark)" } + builder.references.map { "ref \($0.id) \($0.mark)" }
    }

    @Test func twoPartsGiveWhatOneReaderGives() throws {
        let (whole, split) = try split(Self.records(1300))
        let parts = try #require(split)
        #expect(parts.records.count == whole.records.count)
        #expect(whole.records.count > 300)
        #expect(whole.diagnostics.items.count == Diagnostics.defaultCap, "the cap is reached, so dropped errors count too")
        #expect(Self.summary(parts) == Self.summary(whole))
    }

    @Test func errorsInTheSecondPartNameTheirLineInTheFile() throws {
        let text = Self.records(40)
        let (whole, split) = try split(text, at: "\n  activity: meting\n")
        _ = whole
        // The cut falls before the record after the first misspelt activity.
        let parts = try #require(split)
        let last = try #require(parts.diagnostics.items.last { $0.message.contains("\"meting\"") })
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[last.start!.line - 1] == "  activity: meting")
        #expect(Self.summary(parts) == Self.summary(whole))
    }

    @Test func aCutInsideAQuotedValueIsRefused() throws {
        let text = Self.records(20) + "- date: 2024-05-01\n  activity: gift\n  amount: 1\n  title: \"một\n- hai\"\n" + Self.records(20)
        #expect(try split(text, at: "một\n").split == nil)
    }

    @Test func aCutAfterADocumentEndIsRefused() throws {
        let text = Self.records(20) + "...\n" + Self.records(20)
        #expect(try split(text, at: "...\n").split == nil)
    }

    @Test func aCutInAMappingIsRefused() throws {
        let text = "records:\n" + Self.records(20)
        #expect(try split(text, at: "note: |\n    dòng một\n    dòng hai\n").split == nil)
    }

    @Test func aOncePerFileWarningInTheSecondPartIsLeftToOneReader() throws {
        let text = Self.records(20) + "- date: 2024-05-01\n  activity: gift\n  amout: 5\n" + Self.records(20)
        let (whole, split) = try split(text, at: "dòng hai\n")
        #expect(whole.diagnostics.items.contains { $0.severity == .warning && $0.message.contains("amout") })
        #expect(split == nil)
    }
}
