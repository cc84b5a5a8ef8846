import Foundation
import Testing
@testable import TallyCore

/// 200 recordings from 20 clerks into one journal at once, with reads mixed in: every
/// acknowledged record is there exactly once, and every read sees a whole, valid journal.
@Suite struct WebRecorderLoadTests {
    @Test func twoHundredConcurrentRecordingsFromTwentyClerks() throws {
        let units = (1...20).map { "Tổ \($0)" }
        let programme = """
        programme: Load
        organisation: Org
        period: 2024
        rosters:
          units: [\(units.joined(separator: ", "))]
        activities: [meeting]
        records: [records/*.yaml]
        journal: records/web.yaml
        targets:
          - {id: meetings, title: Họp, count: meeting, each: units, at-least: 10}
        """
        let fixture = try Fixture(programme: programme)
        try FileManager.default.createDirectory(at: fixture.folder.appendingPathComponent("records"), withIntermediateDirectories: true)
        let recorder = WebRecorder(programmePath: fixture.programmePath, slug: "load")
        let clerks = units.enumerated().map { Account(name: "clerk\($0.offset)", role: .clerk, programmes: ["load"], units: [$0.element]) }
        let today = Day(year: 2024, month: 6, day: 1)!
        let acknowledged = Locked<[String]>([])
        let readsOK = Locked<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 240) { index in
            if index % 6 == 5 {
                // A page load: the programme as it stands must always load whole.
                let loaded = LoadedProgramme.load(path: fixture.programmePath)
                if loaded.isValid { readsOK.update { $0 += 1 } }
                return
            }
            let clerk = clerks[index % 20]
            let id = "R\(index)"
            let request = RecordRequest(date: String(format: "2024-03-%02d", index % 28 + 1), activity: "meeting", unit: clerk.units[0], id: id)
            switch recorder.record(request, by: clerk, today: today) {
            case .recorded: acknowledged.update { $0.append(id) }
            case .invalid(let errors): Issue.record("\(id): \(errors.general) \(errors.byField) \(errors.diagnostics.map(\.message).prefix(2))")
            case .refused(let refusal, _): Issue.record("\(id): \(refusal)")
            }
        }
        #expect(acknowledged.value.count == 200)
        #expect(readsOK.value == 40)
        let loaded = LoadedProgramme.load(path: fixture.programmePath)
        #expect(loaded.isValid)
        let ids = (0..<loaded.records.records.count).compactMap { index -> String? in
            if case .text(let id)? = loaded.records.value(KnownField.id, of: index) { return id }
            return nil
        }
        #expect(ids.count == 200)
        #expect(Set(ids) == Set(acknowledged.value), "every acknowledged record is there, once")
    }
}

/// A value shared between threads under a lock.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
