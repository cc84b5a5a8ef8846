import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TallyCore
import Testing
@testable import TallyServer

/// Recording through the API and the form, and every refusal leaving the journal byte for byte
/// as it was (FORMAT.md section 13).
@Suite("Accounts: recording")
struct RecordRouteTests {
    static func json(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }
    static let record = #"{"date": "2024-03-12", "activity": "conference", "unit": "Trung tâm Dịch vụ việc làm", "title": "Hội nghị CBCC"}"#
    static let uri = "/api/v1/programmes/cd/so/records"
    static func api(_ token: String) -> HTTPFields { AccountSite.bearer(token).merging([.contentType: "application/json"]) }

    @Test func theAPIRecordsForTheClerksUnitWithStampsAndWhatItChanged() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            try await client.execute(uri: Self.uri, method: .post, headers: Self.api(site.clerkToken), body: Self.json(Self.record)) { response in
                #expect(response.status == .created, "\(response.text)")
                let object = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                let record = try #require(object["record"] as? [String: Any])
                #expect(record["recorded-by"] as? String == "lan")
                #expect((record["recorded-at"] as? String)?.count == 25)
                #expect(record["unit"] as? String == "Trung tâm Dịch vụ việc làm")
                #expect(object["file"] as? String == "cd/records/web.yaml")
                #expect((object["changed"] as? [String])?.first?.hasPrefix("Hội nghị CBCC: 1 / 3 → 2 / 3, ") == true, "\(object["changed"] ?? "")")
            }
            let text = String(decoding: site.journalBytes() ?? Data(), as: UTF8.self)
            #expect(text.contains("recorded-by: lan") && text.contains("recorded-at: ") && text.contains("activity: conference"))
            try await client.execute(uri: "/api/v1/programmes/cd/so?as-of=2024-06-30", method: .get, headers: AccountSite.bearer(site.clerkToken)) { response in
                #expect(response.text.contains("\"value\": 2") || response.text.contains("\"value\":2"), "the record counts at once")
            }
        }
    }

    @Test(arguments: [
        ("clerk for another unit", #"{"date": "2024-03-12", "activity": "conference", "unit": "Văn phòng Sở"}"#, "lan", HTTPResponse.Status.forbidden, "not-your-unit"),
        ("clerk without a unit", #"{"date": "2024-03-12", "activity": "conference"}"#, "lan", .forbidden, "choose-your-unit"),
        ("inspector", RecordRouteTests.record, "kt", .forbidden, "read-only-account"),
        ("token of another programme", RecordRouteTests.record, "other", .forbidden, "may not read the programme cd/so"),
        ("no token", RecordRouteTests.record, "", .unauthorized, "sign in first"),
        ("impossible date", #"{"date": "2024-02-30", "activity": "conference", "unit": "dvvl"}"#, "lan", .unprocessableContent, "impossible-date"),
        ("unknown activity", #"{"date": "2024-03-12", "activity": "conferense", "unit": "dvvl"}"#, "lan", .unprocessableContent, "unknown-activity"),
        ("a stamp sent by the client", #"{"date": "2024-03-12", "activity": "conference", "unit": "dvvl", "fields": {"recorded-by": "chu-tich"}}"#, "lan", .unprocessableContent, "stamp-field"),
        ("an unusable field name", #"{"date": "2024-03-12", "activity": "conference", "unit": "dvvl", "fields": {"số tiền": "5"}}"#, "lan", .unprocessableContent, "unusable-field-name"),
        ("an unknown key", #"{"date": "2024-03-12", "activity": "conference", "unit": "dvvl", "recorded-by": "x"}"#, "lan", .unprocessableContent, "bad-record-body"),
        ("evidence through JSON", #"{"date": "2024-03-12", "activity": "conference", "unit": "dvvl", "evidence": ["../../etc/passwd"]}"#, "lan", .unprocessableContent, "bad-record-body"),
        ("a list", #"[1, 2]"#, "lan", .unprocessableContent, "bad-record-body"),
        ("not JSON", "date=2024-03-12", "lan", .unprocessableContent, "bad-record-body"),
        ("a nested field", #"{"date": "2024-03-12", "activity": "conference", "unit": "dvvl", "fields": {"a": {"b": 1}}}"#, "lan", .unprocessableContent, "bad-record-body"),
        ("a duplicate id", #"{"date": "2024-03-12", "activity": "request", "unit": "dvvl", "id": "cv-12"}"#, "lan", .unprocessableContent, "duplicate-id"),
        ("a dangling responds-to", #"{"date": "2024-03-12", "activity": "reply", "unit": "dvvl", "responds-to": "cv-99"}"#, "lan", .unprocessableContent, "dangling-responds-to"),
    ])
    func refusalsThroughTheAPIWriteNothing(_ label: String, _ body: String, _ who: String, _ status: HTTPResponse.Status, _ said: String) async throws {
        let site = try AccountSite()
        let tokens = ["lan": site.clerkToken, "kt": site.inspectorToken, "other": site.otherToken]
        try await site.application().test(.router) { client in
            let headers: HTTPFields = tokens[who].map(Self.api) ?? [.contentType: "application/json"]
            try await client.execute(uri: Self.uri, method: .post, headers: headers, body: Self.json(body)) { response in
                #expect(response.status == status, "\(label): \(response.text)")
                #expect(response.text.contains(said), "\(label): \(response.text)")
            }
        }
        #expect(site.journalBytes() == nil, "\(label): nothing written")
    }

    @Test func aHugeBodyIs413AndAnAPICallWithACookieNeedsTheCSRFHeader() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let huge = #"{"date": "2024-03-12", "activity": "conference", "unit": "dvvl", "title": ""# + String(repeating: "x", count: 200_000) + "\"}"
            try await client.execute(uri: Self.uri, method: .post, headers: Self.api(site.clerkToken), body: Self.json(huge)) { #expect($0.status == .contentTooLarge) }
            let cookie = try await AccountSite.signIn(client, "lan")
            let headers: HTTPFields = [.cookie: cookie, .contentType: "application/json"]
            try await client.execute(uri: Self.uri, method: .post, headers: headers, body: Self.json(Self.record)) { #expect($0.status == .forbidden) }
            #expect(site.journalBytes() == nil)
            let page = try await client.execute(uri: "/p/cd/so/record", method: .get, headers: [.cookie: cookie]) { $0.text }
            let csrf = try #require(AccountSite.csrf(in: page))
            try await client.execute(uri: Self.uri, method: .post, headers: headers.merging([AuthMiddleware.csrfHeader: csrf]), body: Self.json(Self.record)) { #expect($0.status == .created) }
        }
    }

    @Test func theFormOffersTheClerksUnitsKindsAndWaitingTriggersAndRecords() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let cookie = try await AccountSite.signIn(client, "lan")
            let page = try await client.execute(uri: "/p/cd/so/record", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok)
                return response.text
            }
            #expect(page.contains("<option value=\"Trung tâm Dịch vụ việc làm\">") && !page.contains("<option value=\"Văn phòng Sở\""))
            #expect(page.contains("<option value=\"conference\">Hội nghị CBCC</option>") && page.contains("<option value=\"visit\">Thăm hỏi</option>"))
            #expect(page.contains("<option value=\"cv-12\">cv-12 — Công văn 12 (quá hạn, 2024-03-11)</option>"))
            #expect(page.contains("name=\"field.amount\"") && page.contains("enctype=\"multipart/form-data\"") && page.contains("type=\"file\""))
            for name in ["date", "activity", "unit", "id", "responds-to", "title", "evidence"] { #expect(page.contains("name=\"\(name)\""), "\(name)") }
            let csrf = try #require(AccountSite.csrf(in: page))
            let headers = AccountSite.form.merging([.cookie: cookie])
            let fields = [("date", "2024-03-05"), ("activity", "reply"), ("unit", "Trung tâm Dịch vụ việc làm"), ("responds-to", "cv-12")]
            for token in [nil, "", String(repeating: "0", count: 64)] {
                try await client.execute(uri: "/p/cd/so/record", method: .post, headers: headers, body: AccountSite.encoded(fields + (token.map { [("csrf", $0)] } ?? []))) { response in
                    #expect(response.status == .forbidden, "csrf \(token ?? "missing")")
                }
            }
            // A token of another session is wrong too.
            let otherCookie = try await AccountSite.signIn(client, "chu-tich")
            let otherCSRF = try await client.execute(uri: "/p/cd/so/record", method: .get, headers: [.cookie: otherCookie]) { AccountSite.csrf(in: $0.text) }
            try await client.execute(uri: "/p/cd/so/record", method: .post, headers: headers, body: AccountSite.encoded(fields + [("csrf", otherCSRF ?? "")])) { #expect($0.status == .forbidden) }
            #expect(site.journalBytes() == nil, "no refused post wrote anything")
            try await client.execute(uri: "/p/cd/so/record", method: .post, headers: headers, body: AccountSite.encoded(fields + [("csrf", csrf)])) { response in
                #expect(response.status == .created)
                #expect(response.text.contains("Đã ghi hồ sơ") && response.text.contains("<li>Trả lời công văn: 0% → 100%, "), "\(response.text)")
                #expect(!response.text.contains("<option value=\"cv-12\">"), "the answered trigger is no longer offered")
            }
            #expect(String(decoding: site.journalBytes() ?? Data(), as: UTF8.self).contains("responds-to: cv-12"))
        }
    }

    @Test func theFormAsksForIdsAndAnswersOnlyWhenATargetCountsAnswers() async throws {
        let site = try AccountSite()
        let withoutAnswers = AccountSite.programme.replacingOccurrences(of: "  - {id: replies, title: Trả lời công văn, respond: {to: request, with: reply, within: 30d}}\n", with: "")
        #expect(withoutAnswers != AccountSite.programme)
        try site.served.write("cd/so.yaml", withoutAnswers)
        try await site.application().test(.router) { client in
            let cookie = try await AccountSite.signIn(client, "lan")
            let page = try await client.execute(uri: "/p/cd/so/record", method: .get, headers: [.cookie: cookie]) { $0.text }
            for name in ["date", "activity", "unit", "title", "evidence", "field.amount"] { #expect(page.contains("name=\"\(name)\""), "\(name)") }
            #expect(!page.contains("name=\"id\"") && !page.contains("name=\"responds-to\""), "no target answers anything")
        }
    }

    @Test func theFormKeepsWhatWasTypedAndShowsErrorsBesideTheFields() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let cookie = try await AccountSite.signIn(client, "lan")
            let csrf = try await client.execute(uri: "/p/cd/so/record", method: .get, headers: [.cookie: cookie]) { AccountSite.csrf(in: $0.text) } ?? ""
            let headers = AccountSite.form.merging([.cookie: cookie])
            let title = "Hội nghị <script>alert(1)</script> & \"quotes\""
            try await client.execute(uri: "/p/cd/so/record", method: .post, headers: headers,
                                     body: AccountSite.encoded([("csrf", csrf), ("date", "30/02/2024"), ("activity", "conference"), ("unit", "dvvl"), ("title", title)])) { response in
                #expect(response.status == .unprocessableContent)
                let text = response.text
                #expect(text.contains("<p class=\"field-error\" id=\"date-error\">30/02/2024 không phải ngày có thật"), "\(text)")
                #expect(text.contains("value=\"30/02/2024\""))
                #expect(text.contains("value=\"Hội nghị &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;\""))
                #expect(!text.contains("<script>alert(1)"))
            }
            try await client.execute(uri: "/p/cd/so/record", method: .post, headers: headers,
                                     body: AccountSite.encoded([("csrf", csrf), ("date", "2024-03-12"), ("activity", "conference"), ("unit", "Văn phòng Sở"), ("title", "x")])) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("<p class=\"field-error\" id=\"unit-error\">tài khoản này không được ghi hồ sơ cho đơn vị &quot;Văn phòng Sở&quot;</p>"))
                #expect(response.text.contains("<option value=\"Văn phòng Sở\" selected>"), "what was typed is kept")
            }
            #expect(site.journalBytes() == nil)
        }
    }

    @Test func inspectorsAndServersWithoutAccountsRecordNothing() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let cookie = try await AccountSite.signIn(client, "kt")
            try await client.execute(uri: "/p/cd/so/record", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("tài khoản kiểm tra chỉ được xem"))
            }
            let csrf = try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: cookie]) { AccountSite.csrf(in: $0.text) } ?? ""
            try await client.execute(uri: "/p/cd/so/record", method: .post, headers: AccountSite.form.merging([.cookie: cookie]),
                                     body: AccountSite.encoded([("csrf", csrf), ("date", "2024-03-12"), ("activity", "conference"), ("unit", "dvvl")])) { #expect($0.status == .forbidden) }
        }
        #expect(site.journalBytes() == nil)
        let open = try ServedFolder()
        let before = try Data(contentsOf: open.folder.appendingPathComponent("small/records/2024.yaml"))
        try await open.application().test(.router) { client in
            try await client.execute(uri: "/p/small/club/record", method: .get) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/p/small/club/record", method: .post, headers: AccountSite.form, body: AccountSite.encoded([("date", "2024-03-12"), ("activity", "meeting")])) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("needs accounts"))
            }
            try await client.execute(uri: "/api/v1/programmes/small/club/records", method: .post, body: Self.json(#"{"date": "2024-03-12", "activity": "meeting"}"#)) { #expect($0.status == .forbidden) }
        }
        #expect(try Data(contentsOf: open.folder.appendingPathComponent("small/records/2024.yaml")) == before)
    }

    @Test func theBoardRecordsForAnyUnit() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let cookie = try await AccountSite.signIn(client, "chu-tich")
            let page = try await client.execute(uri: "/p/cd/so/record", method: .get, headers: [.cookie: cookie]) { $0.text }
            #expect(page.contains("<option value=\"Văn phòng Sở\">") && page.contains("<option value=\"Trung tâm Bảo trợ\">"))
            let csrf = try #require(AccountSite.csrf(in: page))
            try await client.execute(uri: "/p/cd/so/record", method: .post, headers: AccountSite.form.merging([.cookie: cookie]),
                                     body: AccountSite.encoded([("csrf", csrf), ("date", "2024-04-01"), ("activity", "visit"), ("unit", "Trung tâm Bảo trợ"), ("field.amount", "120")])) { response in
                #expect(response.status == .created)
                #expect(response.text.contains("Quà: 0 / 100 → 120 / 100"), "\(response.text)")
            }
        }
        #expect(String(decoding: site.journalBytes() ?? Data(), as: UTF8.self).contains("amount: 120"))
    }
}
