import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TallyCore
import Testing
@testable import TallyServer

/// Signing in and out, sessions, CSRF, throttling and who reads what (FORMAT.md section 13).
@Suite("Accounts: authentication")
struct AuthRouteTests {
    @Test func withoutASessionPagesRedirectToLoginAndTheAPIAnswers401() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            for uri in ["/", "/p/cd/so", "/p/cd/so/t/conferences?as-of=2024-03-01", "/p/cd/so/record", "/files/cd/records/old.yaml"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .seeOther, "\(uri)")
                    #expect(response.headers[.location]?.hasPrefix("/login?next=%2F") == true, "\(uri)")
                }
            }
            try await client.execute(uri: "/p/cd/so/t/conferences?as-of=2024-03-01", method: .get) { response in
                #expect(response.headers[.location] == "/login?next=%2Fp%2Fcd%2Fso%2Ft%2Fconferences%3Fas-of%3D2024-03-01")
            }
            for uri in ["/api/v1/programmes", "/api/v1/programmes/cd/so"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.text.contains("sign in first") && response.text.contains("cần đăng nhập"))
                }
                try await client.execute(uri: uri, method: .get, headers: AccountSite.bearer("tally_" + String(repeating: "0", count: 64))) { #expect($0.status == .unauthorized) }
                try await client.execute(uri: uri, method: .get, headers: [.authorization: "Basic bGFuOng="]) { #expect($0.status == .unauthorized) }
            }
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok && $0.text == "ok\n") }
            try await client.execute(uri: "/login", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("name=\"user\"") && response.text.contains("name=\"password\""))
            }
        }
    }

    @Test(arguments: [
        ([("Sec-Fetch-Site", "cross-site")], false), ([("Sec-Fetch-Site", "same-site")], false),
        // The router test addresses the server as `localhost`.
        ([("Origin", "https://evil.example")], false), ([("Origin", "null")], false), ([("Origin", "http://localhost.evil.example")], false),
        ([("Sec-Fetch-Site", "same-origin"), ("Origin", "http://localhost")], true), ([("Sec-Fetch-Site", "none")], true),
        ([("Origin", "http://localhost")], true), ([], true),
    ])
    func aSignInPostedFromAnotherSiteSignsNobodyIn(_ sent: [(String, String)], signsIn: Bool) async throws {
        let site = try AccountSite()
        var fields = AccountSite.form
        for (name, value) in sent { fields[HTTPField.Name(name)!] = value }
        let headers = fields
        try await site.application().test(.router) { client in
            try await client.execute(uri: "/login", method: .post, headers: headers,
                                     body: AccountSite.encoded([("user", "lan"), ("password", AccountSite.password)])) { response in
                #expect(response.status == (signsIn ? .seeOther : .forbidden), "\(sent)")
                #expect((response.headers[.setCookie] != nil) == signsIn, "\(sent)")
                if !signsIn { #expect(response.text.contains("không gửi từ biểu mẫu của trang này") && response.text.contains("did not come from this site")) }
            }
        }
    }

    @Test func signingInSetsAStrictHttpOnlyCookieAndSigningOutEndsTheSession() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            try await client.execute(uri: "/login", method: .post, headers: AccountSite.form,
                                     body: AccountSite.encoded([("user", "LAN"), ("password", AccountSite.password), ("next", "/p/cd/so")])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/p/cd/so")
                let cookie = response.headers[.setCookie] ?? ""
                #expect(cookie.hasPrefix("tally_session=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
                #expect(!cookie.contains("Secure"))
                #expect(String(cookie.split(separator: ";")[0]).count == "tally_session=".count + 64, "a 256-bit id")
            }
            let cookie = try await AccountSite.signIn(client, "lan")
            let page = try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<strong>lan</strong> (văn thư)"))
                #expect(response.text.contains("href=\"/p/cd/so/record\""), "a clerk of the programme is offered the record form")
                return response.text
            }
            let csrf = try #require(AccountSite.csrf(in: page))
            for token in [nil, "", String(csrf.reversed())] {
                let fields = token.map { [("csrf", $0)] } ?? []
                try await client.execute(uri: "/logout", method: .post, headers: AccountSite.form.merging([.cookie: cookie]), body: AccountSite.encoded(fields)) { response in
                    #expect(response.status == .forbidden, "logout with csrf \(token ?? "missing")")
                    #expect(response.text.contains("biểu mẫu đã cũ"))
                }
            }
            try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .ok, "a refused logout ended nothing") }
            try await client.execute(uri: "/logout", method: .post, headers: AccountSite.form.merging([.cookie: cookie]), body: AccountSite.encoded([("csrf", csrf)])) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/login")
                #expect(response.headers[.setCookie]?.contains("Max-Age=0") == true)
            }
            try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .seeOther, "the session ended") }
        }
    }

    @Test func secureCookiesAndSafeRedirects() async throws {
        let site = try AccountSite()
        try await site.application(secureCookies: true).test(.router) { client in
            for (next, expected) in [("//evil.example/x", "/"), ("https://evil.example", "/"), ("/\\evil", "/"), ("/p/cd/so?as-of=2024-03-01", "/p/cd/so?as-of=2024-03-01")] {
                try await client.execute(uri: "/login", method: .post, headers: AccountSite.form,
                                         body: AccountSite.encoded([("user", "lan"), ("password", AccountSite.password), ("next", next)])) { response in
                    #expect(response.headers[.location] == expected, "\(next)")
                    #expect(response.headers[.setCookie]?.contains("Secure") == true)
                }
            }
        }
    }

    @Test func aSessionEndsAfterTwelveHoursIdle() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let cookie = try await AccountSite.signIn(client, "lan")
            site.clock.advance(11 * 3600)
            try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .ok, "11 h idle") }
            site.clock.advance(11 * 3600)
            try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .ok, "each request restarts the idle time") }
            site.clock.advance(12 * 3600 + 1)
            try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .seeOther, "expired") }
            try await client.execute(uri: "/api/v1/programmes", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func fiveFailedSignInsForANameThen429EvenWithTheRightPassword() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            for attempt in 1...6 {
                try await client.execute(uri: "/login", method: .post, headers: AccountSite.form,
                                         body: AccountSite.encoded([("user", "lan"), ("password", "wrong \(attempt)")])) { response in
                    #expect(response.status == (attempt <= 5 ? .unauthorized : .tooManyRequests), "attempt \(attempt)")
                    #expect(response.text.contains("value=\"lan\""), "the name typed is kept")
                }
            }
            try await client.execute(uri: "/login", method: .post, headers: AccountSite.form,
                                     body: AccountSite.encoded([("user", "lan"), ("password", AccountSite.password)])) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "900")
                #expect(response.headers[.setCookie] == nil)
            }
            site.clock.advance(15 * 60 + 1)
            _ = try await AccountSite.signIn(client, "lan")
        }
    }

    @Test func fiveFailuresFromOneAddressLockEveryName() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            for name in ["a", "b", "c", "d", "nobody"] {
                try await client.execute(uri: "/login", method: .post, headers: AccountSite.form, body: AccountSite.encoded([("user", name), ("password", "x")])) { #expect($0.status == .unauthorized) }
            }
            try await client.execute(uri: "/login", method: .post, headers: AccountSite.form,
                                     body: AccountSite.encoded([("user", "kt"), ("password", AccountSite.password)])) { #expect($0.status == .tooManyRequests) }
        }
    }

    /// Over real connections from 127.0.0.1: behind a trusted proxy each client is throttled on
    /// its own; from anyone else `X-Forwarded-For` changes nothing.
    @Test(arguments: [true, false])
    func behindATrustedProxyFailuresLockOutTheirClientOnly(trusted: Bool) async throws {
        let site = try AccountSite()
        @Sendable func from(_ client: String) -> HTTPFields { AccountSite.form.merging([ClientAddress.forwardedFor: client]) }
        try await site.application(trustedProxies: trusted ? ["127.0.0.1"] : []).test(.live) { client in
            for name in ["a", "b", "c", "d", "nobody"] {
                try await client.execute(uri: "/login", method: .post, headers: from("203.0.113.5"), body: AccountSite.encoded([("user", name), ("password", "x")])) { #expect($0.status == .unauthorized) }
            }
            try await client.execute(uri: "/login", method: .post, headers: from("203.0.113.5"),
                                     body: AccountSite.encoded([("user", "kt"), ("password", AccountSite.password)])) { #expect($0.status == .tooManyRequests) }
            try await client.execute(uri: "/login", method: .post, headers: from("203.0.113.6"),
                                     body: AccountSite.encoded([("user", "kt"), ("password", AccountSite.password)])) { response in
                #expect(response.status == (trusted ? .seeOther : .tooManyRequests), "another client behind the proxy")
            }
        }
    }

    @Test func eachAccountReadsOnlyItsProgrammes() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let clerk = AccountSite.bearer(site.clerkToken), other = AccountSite.bearer(site.otherToken), inspector = AccountSite.bearer(site.inspectorToken)
            try await client.execute(uri: "/api/v1/programmes", method: .get, headers: clerk) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("\"cd/so\"") && !response.text.contains("small/club") && !response.text.contains("north/unit"))
            }
            try await client.execute(uri: "/api/v1/programmes", method: .get, headers: inspector) { response in
                #expect(response.text.contains("\"cd/so\"") && response.text.contains("small/club") && response.text.contains("north/unit"))
            }
            for (uri, headers) in [("/api/v1/programmes/small/club", clerk), ("/api/v1/programmes/cd/so", other), ("/p/cd/so", other), ("/p/small/club/t/meetings", clerk), ("/p/small/club/remind", clerk)] {
                try await client.execute(uri: uri, method: .get, headers: headers) { response in
                    #expect(response.status == .forbidden, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/programmes/cd/so", method: .get, headers: other) { #expect($0.text.contains("may not read the programme cd/so")) }
            try await client.execute(uri: "/api/v1/programmes/small/club", method: .get, headers: other) { #expect($0.status == .ok) }
            try await client.execute(uri: "/files/small/records/minutes/m1.pdf", method: .get, headers: clerk) { #expect($0.status == .notFound, "another programme's files") }
            try await client.execute(uri: "/files/small/records/minutes/m1.pdf", method: .get, headers: other) { #expect($0.status == .ok) }
            try await client.execute(uri: "/files/cd/records/old.yaml", method: .get, headers: clerk) { #expect($0.status == .ok) }
            let cookie = try await AccountSite.signIn(client, "lan")
            try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("CĐCS Sở") && !response.text.contains("North unit") && !response.text.contains("Club &lt;b&gt;"))
            }
            try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: try await AccountSite.signIn(client, "kt")]) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("/p/cd/so/record"), "an inspector is not offered the record form")
            }
        }
    }

    @Test func aRemovedAccountIsOutAtOnceAndABrokenUsersFileLetsNobodyIn() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let cookie = try await AccountSite.signIn(client, "lan")
            try AccountsFile.update(path: site.users) { (file: inout AccountsFile) throws(AccountsFile.Failure) in file.accounts.removeAll { $0.name == "lan" } }
            try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .seeOther) }
            try await client.execute(uri: "/api/v1/programmes", method: .get, headers: AccountSite.bearer(site.clerkToken)) { #expect($0.status == .unauthorized) }
            try Data("- name: kt\n  role: inspectr\n".utf8).write(to: URL(fileURLWithPath: site.users))
            try await client.execute(uri: "/api/v1/programmes", method: .get, headers: AccountSite.bearer(site.inspectorToken)) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.text.contains("has errors"))
            }
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
        }
    }

    /// Removed and added again under the same name (a new person, a new password) before any
    /// request: the old session does not carry over, nor past a new password.
    @Test func anAccountAddedAgainDoesNotInheritTheOldSessions() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let cookie = try await AccountSite.signIn(client, "lan")
            try AccountsFile.update(path: site.users) { (file: inout AccountsFile) throws(AccountsFile.Failure) in
                file.accounts.removeAll { $0.name == "lan" }
                file.accounts.append(Account(name: "lan", role: .clerk, programmes: ["cd/so"], units: ["dvvl"],
                                             passwordHash: Credentials.hashPassword("một mật khẩu mới hẳn", cost: 10)))
            }
            try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .seeOther) }
            let kt = try await AccountSite.signIn(client, "kt")
            try await client.execute(uri: "/p/cd/so", method: .get, headers: [.cookie: kt]) { #expect($0.status == .ok) }
        }
    }

    @Test func withoutAUsersFileTheServerIsOpenAndReadOnly() async throws {
        let served = try ServedFolder()
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("class=\"account\"") && !response.text.contains(AccountBar.marker))
            }
            try await client.execute(uri: "/api/v1/programmes", method: .get) { #expect($0.status == .ok) }
        }
    }
}

extension HTTPFields {
    func merging(_ other: HTTPFields) -> HTTPFields {
        var out = self
        for field in other { out.append(field) }
        return out
    }
}
