import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TallyCore
import Testing
@testable import TallyServer

/// Who may read a file under `/files/`: its owners are the programmes of the deepest folder that
/// holds both it and a programme; reading one of them is needed. A programme at the top of the
/// served folder does not open the files of the programmes in its sub-folders.
@Suite struct FileOwnerTests {
    @Test func aClerkOfATopProgrammeDoesNotReadTheFilesOfAProgrammeBelowIt() async throws {
        let site = try AccountSite()
        try site.served.write("top.yaml", "programme: Top\norganisation: Top\nperiod: 2024\nrecords: [top-records.yaml]\ntargets:\n  - {id: t, title: T, count: visit, at-least: 1}\n")
        try site.served.write("top-records.yaml", "- {date: 2024-01-02, activity: visit}\n")
        let token = Credentials.newToken()
        try AccountsFile.update(path: site.users) { (file: inout AccountsFile) throws(AccountsFile.Failure) in
            file.accounts.append(Account(name: "top-clerk", role: .clerk, programmes: ["top"], units: ["x"], tokenHash: Credentials.tokenHash(token)))
        }
        try await site.application().test(.router) { client in
            let top = AccountSite.bearer(token)
            for uri in ["/files/cd/records/old.yaml", "/files/cd/so.yaml", "/files/small/records/minutes/m1.pdf"] {
                try await client.execute(uri: uri, method: .get, headers: top) { #expect($0.status == .notFound, "\(uri)") }
                try await client.execute(uri: uri, method: .head, headers: top) { #expect($0.status == .notFound, "HEAD \(uri)") }
            }
            try await client.execute(uri: "/files/top-records.yaml", method: .get, headers: top) { #expect($0.status == .ok) }
            try await client.execute(uri: "/files/cd/records/old.yaml", method: .get, headers: AccountSite.bearer(site.clerkToken)) { #expect($0.status == .ok) }
            try await client.execute(uri: "/files/cd/records/old.yaml", method: .get, headers: AccountSite.bearer(site.inspectorToken)) { #expect($0.status == .ok) }
        }
    }
}
