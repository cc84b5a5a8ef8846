import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TallyCore
import Testing
@testable import TallyServer

/// A served folder with accounts: the programme `cd/so` (Vietnamese, with a journal and rosters)
/// beside the small English club, a clerk, an inspector, a board member and a clerk of the club,
/// and a clock the tests move.
final class AccountSite: @unchecked Sendable {
    let served: ServedFolder
    let users: String
    let clock = TestClock()
    var journal: String { served.folder.path + "/cd/records/web.yaml" }
    let clerkToken = Credentials.newToken(), inspectorToken = Credentials.newToken(), otherToken = Credentials.newToken(), boardToken = Credentials.newToken()
    static let password = "mật khẩu dài"

    init() throws {
        served = try ServedFolder(seeds: false)
        try served.write("cd/so.yaml", Self.programme)
        try served.write("cd/records/old.yaml", "- {date: 2024-02-01, activity: conference, unit: Văn phòng Sở}\n- {date: 2024-02-10, activity: request, id: cv-12, unit: Văn phòng Sở, title: Công văn 12}\n")
        users = served.folder.path + "/.tally/users.yaml"
        let hash = Credentials.hashPassword(Self.password, cost: 10)
        try AccountsFile.update(path: users) { [clerkToken, inspectorToken, otherToken, boardToken] (file: inout AccountsFile) throws(AccountsFile.Failure) in
            file.accounts = [
                Account(name: "lan", role: .clerk, programmes: ["cd/so"], units: ["dvvl"], passwordHash: hash, tokenHash: Credentials.tokenHash(clerkToken)),
                Account(name: "kt", role: .inspector, passwordHash: hash, tokenHash: Credentials.tokenHash(inspectorToken)),
                Account(name: "other", role: .clerk, programmes: ["small/club"], units: ["x"], passwordHash: hash, tokenHash: Credentials.tokenHash(otherToken)),
                Account(name: "chu-tich", role: .board, programmes: ["cd/so"], passwordHash: hash, tokenHash: Credentials.tokenHash(boardToken)),
            ]
        }
    }

    static let programme = """
    programme: Chương trình 2024
    organisation: CĐCS Sở
    period: 2024
    language: vi
    rosters:
      centres: [Văn phòng Sở, {id: dvvl, name: Trung tâm Dịch vụ việc làm}, Trung tâm Bảo trợ]
    activities: {conference: Hội nghị CBCC, visit: Thăm hỏi, request: Công văn, reply: Trả lời}
    records: [records/*.yaml]
    journal: records/web.yaml
    targets:
      - {id: conferences, title: Hội nghị CBCC, count: conference, each: centres, by: 2024-12-31}
      - {id: gifts, title: Quà, sum: amount, of: visit, at-least: 100}
      - {id: replies, title: Trả lời công văn, respond: {to: request, with: reply, within: 30d}}

    """

    func application(secureCookies: Bool = false, trustedProxies: [String] = []) -> some ApplicationProtocol {
        served.application(secureCookies: secureCookies, clock: { [clock] in clock.now }, trustedProxies: trustedProxies)
    }

    func journalBytes() -> Data? { FileManager.default.contents(atPath: journal) }

    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func encoded(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&"))
    }

    /// Signs in through the form; the session cookie (`name=value`) to send back.
    static func signIn(_ client: some TestClientProtocol, _ name: String, password: String = password) async throws -> String {
        try await client.execute(uri: "/login", method: .post, headers: form, body: encoded([("user", name), ("password", password)])) { response in
            #expect(response.status == .seeOther, "sign-in of \(name)")
            return String((response.headers[.setCookie] ?? "").split(separator: ";").first ?? "")
        }
    }

    /// The CSRF token a page's form carries.
    static func csrf(in page: String) -> String? {
        page.range(of: "name=\"csrf\" value=\"").map { String(page[$0.upperBound...].prefix(64)) }
    }

    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
}

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var moment = Date()
    var now: Date { lock.withLock { moment } }
    func advance(_ seconds: TimeInterval) { lock.withLock { moment = moment.addingTimeInterval(seconds) } }
}

/// A `multipart/form-data` body as a browser sends it.
struct Multipart {
    static let boundary = "----tally-test-boundary-7MA4YWxkTrZu0gW"
    var body: [UInt8] = []

    static var headers: HTTPFields { [.contentType: "multipart/form-data; boundary=\(boundary)"] }

    mutating func field(_ name: String, _ value: String) {
        body += Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    mutating func file(_ name: String, filename: String, _ bytes: [UInt8], type: String = "application/pdf") {
        body += Array("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: \(type)\r\n\r\n".utf8)
        body += bytes + Array("\r\n".utf8)
    }

    var buffer: ByteBuffer { ByteBuffer(bytes: body + Array("--\(Self.boundary)--\r\n".utf8)) }
}
