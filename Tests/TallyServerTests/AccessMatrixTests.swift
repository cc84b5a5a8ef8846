import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TallyCore
import Testing
@testable import TallyServer

/// Every role against every route and method of a programme: the status each gets, and the
/// journal byte for byte unchanged after every refusal (FORMAT.md section 13).
@Suite("Accounts: role × route × method")
struct AccessMatrixTests {
    enum Who: String, CaseIterable { case nobody, clerk, otherClerk, inspector, board }

    /// Route, method, and the status of each of nobody, clerk, the other programme's clerk, inspector, board.
    static let routes: [(String, HTTPRequest.Method, [Int])] = [
        ("/", .get, [303, 200, 200, 200, 200]),
        ("/p/cd/so", .get, [303, 200, 403, 200, 200]),
        ("/p/cd/so/t/conferences", .get, [303, 200, 403, 200, 200]),
        ("/p/cd/so/remind", .get, [303, 200, 403, 200, 200]),
        ("/p/cd/so/record", .get, [303, 200, 403, 403, 200]),
        ("/p/cd/so/record", .post, [303, 201, 403, 403, 201]),
        ("/p/small/club", .get, [303, 403, 200, 200, 403]),
        ("/p/small/club/record", .post, [303, 403, 403, 403, 403]),
        ("/files/cd/records/old.yaml", .get, [303, 200, 404, 200, 200]),
        ("/api/v1/programmes", .get, [401, 200, 200, 200, 200]),
        ("/api/v1/programmes/cd/so", .get, [401, 200, 403, 200, 200]),
        ("/api/v1/programmes/cd/so/records", .post, [401, 201, 403, 403, 201]),
        ("/api/v1/programmes/small/club/records", .post, [401, 403, 403, 403, 403]),
    ]

    @Test(arguments: Who.allCases)
    func eachRoleGetsItsStatusAndRefusalsWriteNothing(_ who: Who) async throws {
        let site = try AccountSite()
        let token: String? = switch who {
        case .nobody: nil
        case .clerk: site.clerkToken
        case .otherClerk: site.otherToken
        case .inspector: site.inspectorToken
        case .board: site.boardToken
        }
        let column = Who.allCases.firstIndex(of: who)!
        let club = site.served.folder.appendingPathComponent("small/records")
        try await site.application().test(.router) { client in
            for (index, (uri, method, statuses)) in Self.routes.enumerated() {
                let before = site.journalBytes(), clubBefore = try? FileManager.default.contentsOfDirectory(atPath: club.path)
                var headers: HTTPFields = token.map(AccountSite.bearer) ?? [:]
                var body = ByteBuffer()
                if method == .post {
                    let day = String(format: "2024-03-%02d", index + 1)
                    if uri.hasPrefix("/api/") {
                        headers[.contentType] = "application/json"
                        body = ByteBuffer(string: #"{"date": "\#(day)", "activity": "conference", "unit": "dvvl", "title": "<b>x</b>"}"#)
                    } else {
                        headers[.contentType] = "application/x-www-form-urlencoded"
                        body = AccountSite.encoded([("date", day), ("activity", "conference"), ("unit", "dvvl"), ("title", "<b>x</b>")])
                    }
                }
                let status = try await client.execute(uri: uri, method: method, headers: headers, body: body) { $0.status.code }
                #expect(status == statuses[column], "\(who) \(method) \(uri): \(status)")
                if status != 201 {
                    #expect(site.journalBytes() == before, "\(who) \(method) \(uri): refused, nothing written")
                    #expect((try? FileManager.default.contentsOfDirectory(atPath: club.path)) == clubBefore)
                } else {
                    #expect(site.journalBytes() != before, "\(who) \(method) \(uri): recorded")
                }
            }
        }
    }
}
