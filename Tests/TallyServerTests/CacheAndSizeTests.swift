import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TallyCore
import Testing
@testable import TallyServer

/// A big programme is read once per change on disk, not per request, and its target page stays
/// readable: 100,000 visit proposals, none answered, as of the end of the year.
@Suite struct CacheAndSizeTests {
    static let triggers = 100_000

    func bigFolder() throws -> ServedFolder {
        let served = try ServedFolder(seeds: false)
        try served.write("big.yaml", """
        programme: Big
        organisation: Big union
        period: 2024
        language: en
        records: [big-records/*.yaml]
        targets:
          - {id: visits, title: Visits, respond: {to: proposal, with: visit, within: 14d}, at-least: 100%}
        """)
        var records = ""
        records.reserveCapacity(Self.triggers * 60)
        for number in 0..<Self.triggers {
            records += "- {date: 2024-\(String(format: "%02d", number % 12 + 1))-10, activity: proposal, id: P-\(number)}\n"
        }
        try served.write("big-records/2024.yaml", records)
        // Files written long ago: a load right after writing would otherwise be suspect and read again.
        let old = Date(timeIntervalSinceNow: -3600)
        for name in ["big.yaml", "big-records/2024.yaml", "big-records"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: served.folder.appendingPathComponent(name).path)
        }
        return served
    }

    @Test func aBigProgrammeIsReadOncePerChangeAndItsTargetPageIsCut() async throws {
        let served = try bigFolder()
        let server = served.server()
        try await Application(router: server.router()).test(.router) { client in
            for uri in ["/p/big?as-of=2024-12-31", "/p/big/t/visits?as-of=2024-12-31", "/p/big/t/visits?as-of=2024-12-31", "/api/v1/programmes"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                }
            }
            let big = served.folder.appendingPathComponent("big.yaml").path
            let firstLoads = await server.store.loads[big]
            #expect(firstLoads == 1, "four requests, one read of the files: \(firstLoads)")
            try await client.execute(uri: "/p/big/t/visits?as-of=2024-12-31", method: .get) { response in
                let page = response.body.readableBytes
                #expect(page < 200_000, "the page is \(page) bytes")
                let explanation = try #require(response.text.components(separatedBy: "<pre class=\"explain\">").last)
                #expect(explanation.contains("  P-588: overdue (due 2024-01-24)\n  and 99,950 more\n\nCounted (100000):\n"),
                        "the first 50 triggers by date, then how many more")
                #expect(explanation.components(separatedBy: "  and 99,950 more\n").count == 3, "the triggers and the records counted are cut")
                #expect(response.text.contains("For all of them, run: tally explain big.yaml visits"))
            }
            // An answer recorded: the next requests, even concurrent ones, read the files once more.
            try served.write("big-records/answers.yaml", "- {date: 2024-01-12, activity: visit, responds-to: P-0}\n")
            // Dated a little in the past (but later than the first files), so the change is seen and the load is not suspect.
            let later = Date(timeIntervalSinceNow: -1800)
            for name in ["big-records/answers.yaml", "big-records"] {
                try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: served.folder.appendingPathComponent(name).path)
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await client.execute(uri: "/p/big/t/visits?as-of=2024-12-31", method: .get) { response in
                            #expect(response.status == .ok)
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(await server.store.loads[big] == 2, "eight concurrent requests after the change, one more read")
            try await client.execute(uri: "/p/big/t/visits?as-of=2024-12-31", method: .get) { response in
                #expect(response.text.contains("P-0: in time"))
            }
        }
    }
}
