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

    /// Two programmes in one folder: each one's records and journal evidence are its own; a file
    /// neither claims needs both.
    @Test func programmesSharingAFolderDoNotShareTheirFiles() async throws {
        let site = try AccountSite()
        func programme(_ name: String) -> String {
            "programme: \(name)\norganisation: \(name)\nperiod: 2024\nrecords: [\(name)-records/*.yaml]\njournal: \(name)-records/web.yaml\ntargets:\n  - {id: t, title: T, count: visit, at-least: 1}\n"
        }
        for name in ["a", "b"] {
            try site.served.write("shared/\(name).yaml", programme(name))
            try site.served.write("shared/\(name)-records/web.yaml", "- {date: 2024-01-02, activity: visit}\n")
            try site.served.write("shared/\(name)-records/evidence/\(name).pdf", "%PDF-1.4 \(name)\n")
        }
        try site.served.write("shared/notes.pdf", "%PDF-1.4 notes\n")
        let token = Credentials.newToken()
        try AccountsFile.update(path: site.users) { (file: inout AccountsFile) throws(AccountsFile.Failure) in
            file.accounts.append(Account(name: "a-clerk", role: .clerk, programmes: ["shared/a"], units: ["x"], tokenHash: Credentials.tokenHash(token)))
        }
        try await site.application().test(.router) { client in
            let clerk = AccountSite.bearer(token)
            for uri in ["/files/shared/a-records/web.yaml", "/files/shared/a-records/evidence/a.pdf"] {
                try await client.execute(uri: uri, method: .get, headers: clerk) { #expect($0.status == .ok, "\(uri)") }
            }
            for uri in ["/files/shared/b-records/web.yaml", "/files/shared/b-records/evidence/b.pdf", "/files/shared/notes.pdf", "/files/shared/b.yaml"] {
                try await client.execute(uri: uri, method: .get, headers: clerk) { #expect($0.status == .notFound, "\(uri)") }
            }
            try await client.execute(uri: "/files/shared/b-records/evidence/b.pdf", method: .get, headers: AccountSite.bearer(site.inspectorToken)) {
                #expect($0.status == .ok)
            }
        }
    }
}
