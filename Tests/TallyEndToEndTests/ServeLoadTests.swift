import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `tally serve` with accounts under load, as FORMAT.md section 13 promises: 200 recordings
/// through the API from 20 clerks into one journal, with page loads mixed in; every acknowledged
/// record is in the journal exactly once, and a `kill -9` of the server in the middle of it
/// loses nothing that was acknowledged.
@Suite(.serialized) struct ServeLoadTests {
    static let clerks = 20

    /// A programme with 20 units and a journal, and a clerk with an API token for each unit.
    static func folder() throws -> (folder: TemporaryFolder, tokens: [String]) {
        let folder = try TemporaryFolder()
        let units = (1...clerks).map { "Tổ \($0)" }
        _ = try folder.write("served/load.yaml", """
        programme: Load
        organisation: Công đoàn thử tải
        period: 2024
        rosters:
          units: [\(units.joined(separator: ", "))]
        activities: [meeting]
        records: [records/*.yaml]
        journal: records/web.yaml
        targets:
          - {id: meetings, title: Họp tổ, count: meeting, each: units, at-least: 10}
        """)
        _ = try folder.write("served/records/seed.yaml", "- {date: 2024-01-02, activity: meeting, unit: Tổ 1, id: seed}\n")
        var tokens: [String] = []
        for (index, unit) in units.enumerated() {
            let add = try TallyRunner.run(["user", "add", "clerk\(index)", "--role", "clerk", "--programme", "load", "--unit", unit,
                                           "--password-stdin", "--dir", "served"], in: folder.url, input: "mật khẩu \(index)\n")
            #expect(add.status == 0, "\(add.stderr)")
            let token = try TallyRunner.run(["user", "token", "clerk\(index)", "--dir", "served"], in: folder.url)
            #expect(token.status == 0, "\(token.stderr)")
            tokens.append(token.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return (folder, tokens)
    }

    /// Recording `id` for clerk `index`'s unit through the API: whether the server acknowledged it.
    static func record(_ server: ServeProcess, id: String, clerk index: Int, token: String) async -> Bool {
        let body: [String: Any] = ["date": String(format: "2024-03-%02d", index % 28 + 1), "activity": "meeting",
                                   "unit": "Tổ \(index % clerks + 1)", "id": id, "title": "Họp <b>tổ</b> \(id)"]
        var request = URLRequest(url: URL(string: server.base + "/api/v1/programmes/load/records")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try? JSONSerialization.data(withJSONObject: body)
        guard let (_, response) = try? await URLSession.shared.data(for: request),
              let status = (response as? HTTPURLResponse)?.statusCode else { return false }
        return (200..<300).contains(status)
    }

    /// The ids of the records in the programme's journal, as `tally` reads it (nil if it does not load).
    static func journalIDs(_ folder: TemporaryFolder) throws -> [String]? {
        let lint = try TallyRunner.run(["lint", "served/load.yaml"], in: folder.url)
        guard lint.status == 0 else { return nil }
        let text = try String(contentsOf: folder.url.appendingPathComponent("served/records/web.yaml"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "id: ") else { return nil }
            return line[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        }
    }

    /// 200 recordings and 40 page loads at once; then `kill -9` during a second wave.
    @Test func concurrentRecordingsAreAllKeptAndAKillLosesNothingAcknowledged() async throws {
        let (folder, tokens) = try Self.folder()
        let server = try ServeProcess(folder: "served", in: folder.url)
        let acknowledged = try await withThrowingTaskGroup(of: String?.self) { group in
            for index in 0..<240 {
                group.addTask {
                    if index % 6 == 5 {
                        _ = try await server.get("/p/load")
                        return nil
                    }
                    let id = "R\(index)"
                    return await Self.record(server, id: id, clerk: index % Self.clerks, token: tokens[index % Self.clerks]) ? id : nil
                }
            }
            var ids: [String] = []
            for try await id in group { if let id { ids.append(id) } }
            return ids
        }
        #expect(acknowledged.count == 200, "every recording of the first wave is acknowledged")
        let first = try #require(try Self.journalIDs(folder), "the journal loads")
        #expect(first.count == 200 && Set(first) == Set(acknowledged), "each acknowledged record is there once")

        // The second wave: the server is killed while recordings are under way.
        let killed = Locked<[String]>([])
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let id = "K\(index)"
                    if await Self.record(server, id: id, clerk: index % Self.clerks, token: tokens[index % Self.clerks]) {
                        killed.update { $0.append(id) }
                    }
                }
            }
            group.addTask {
                while killed.value.count < 40 { try await Task.sleep(for: .milliseconds(5)) }
                kill(server.process.processIdentifier, SIGKILL)
            }
            try await group.waitForAll()
        }
        server.process.waitUntilExit()
        #expect(server.process.terminationReason == .uncaughtSignal, "the server was killed, not stopped")
        let after = try #require(try Self.journalIDs(folder), "the journal still loads after kill -9")
        #expect(Set(after).isSuperset(of: killed.value), "nothing acknowledged before the kill is lost")
        #expect(after.count == Set(after).count, "and nothing is there twice")
        #expect(killed.value.count >= 40 && killed.value.count < 200, "the kill came in the middle: \(killed.value.count) acknowledged")
    }
}

/// A value shared between tasks under a lock.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
