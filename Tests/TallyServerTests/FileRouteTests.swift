import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TallyServer

@Suite("files")
struct FileRouteTests {
    @Test func evidenceBelowTheFolderIsServedWithItsType() async throws {
        let served = try ServedFolder(seeds: false)
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/files/small/records/minutes/m1.pdf", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(response.text == "%PDF-1.4 minutes\n")
                #expect(response.headers[.contentSecurityPolicy]?.contains("sandbox") == true)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            try await client.execute(uri: "/files/small/records/2024.yaml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            }
        }
    }

    @Test(arguments: [
        "/files/../secret.txt",
        "/files/..%2fsecret.txt",
        "/files/small/..%2F..%2Fsecret.txt",
        "/files/%2e%2e/secret.txt",
        "/files/small/%2e%2e/%2e%2e/secret.txt",
        "/files/small/records/minutes/escape.txt",
        "/files/.tally/secret.yaml",
        "/files/%2etally/secret.yaml",
        "/files/small/records/minutes",
        "/files/small/records/minutes/none.pdf",
        "/files/",
        "/files/small%00/club.yaml",
        "/files/%2fetc%2fpasswd",
        "/files//etc/passwd",
    ])
    func nothingOutsideTheFolderOrHiddenIsServed(uri: String) async throws {
        let served = try ServedFolder(seeds: false)
        try await served.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound, "\(uri)")
                #expect(!response.text.contains("secret"), "\(uri)")
                #expect(!response.text.contains("root:"), "\(uri)")
            }
        }
    }

    @Test func aLinkInsideTheFolderToAFileInsideIsServed() async throws {
        let served = try ServedFolder(seeds: false)
        try FileManager.default.createSymbolicLink(atPath: served.folder.appendingPathComponent("small/latest.pdf").path,
                                                   withDestinationPath: "records/minutes/m1.pdf")
        try FileManager.default.createSymbolicLink(atPath: served.folder.appendingPathComponent("small/users.yaml").path,
                                                   withDestinationPath: "../.tally/secret.yaml")
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/files/small/latest.pdf", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/files/small/users.yaml", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
