import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TallyCore
import Testing
@testable import TallyServer

/// Hostile input through the record form: HTML in every field, uploads that are not what they
/// say, file names that try to climb out, bodies over the limit, and the record cases of the
/// bad-input corpus. Every refusal leaves the journal (and the evidence folder) as it was.
@Suite("Accounts: hostile records")
struct HostileRecordTests {
    /// Signs in as `name` and returns the cookie and the form's CSRF token.
    static func session(_ client: some TestClientProtocol, _ name: String) async throws -> (cookie: String, csrf: String) {
        let cookie = try await AccountSite.signIn(client, name)
        let csrf = try await client.execute(uri: "/p/cd/so/record", method: .get, headers: [.cookie: cookie]) { AccountSite.csrf(in: $0.text) }
        return (cookie, try #require(csrf))
    }

    static func post(_ client: some TestClientProtocol, _ session: (cookie: String, csrf: String), _ form: Multipart) async throws -> (status: HTTPResponse.Status, text: String) {
        var form = form
        form.field("csrf", session.csrf)
        return try await client.execute(uri: "/p/cd/so/record", method: .post, headers: Multipart.headers.merging([.cookie: session.cookie]), body: form.buffer) { ($0.status, $0.text) }
    }

    static func record(_ fields: [(String, String)]) -> Multipart {
        var form = Multipart()
        for (name, value) in fields { form.field(name, value) }
        return form
    }

    static let html = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    static let pdf = Array("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)
    static let pe: [UInt8] = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00] + Array(repeating: 0, count: 56) + Array("PE\0\0This program cannot be run in DOS mode.".utf8)

    @Test func htmlInEveryFieldIsEscapedEverywhereItShows() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let board = try await Self.session(client, "chu-tich")
            // Refused values come back in the form, escaped.
            for field in ["date", "activity", "unit", "responds-to", "field.<b>x</b>"] {
                var fields = [("date", "2024-03-12"), ("activity", "conference"), ("unit", "dvvl"), ("title", Self.html)]
                fields.removeAll { $0.0 == field }
                fields.append((field, Self.html))
                let answer = try await Self.post(client, board, Self.record(fields))
                #expect(answer.status == .unprocessableContent, "\(field): \(answer.status)")
                #expect(!answer.text.contains("<script>alert") && !answer.text.contains("<img src=x") && !answer.text.contains("<b>x</b>"), "\(field)")
                #expect(answer.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || answer.text.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "\(field)")
            }
            #expect(site.journalBytes() == nil)
            // Accepted values are shown escaped on every page.
            let answer = try await Self.post(client, board, Self.record([("date", "2024-03-12"), ("activity", "visit"), ("unit", "dvvl"), ("title", Self.html),
                                                                          ("id", "<i>id</i>"), ("field.amount", "5"), ("field.note", Self.html)]))
            #expect(answer.status == .created, "\(answer.text)")
            #expect(!answer.text.contains("<script>alert"))
            for uri in ["/p/cd/so", "/p/cd/so/t/gifts", "/p/cd/so/record", "/p/cd/so/remind", "/"] {
                try await client.execute(uri: uri, method: .get, headers: [.cookie: board.cookie]) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(!response.text.contains("<script>alert") && !response.text.contains("<img src=x") && !response.text.contains("<i>id</i>"), "\(uri)")
                }
            }
            try await client.execute(uri: "/p/cd/so/t/gifts", method: .get, headers: [.cookie: board.cookie]) { #expect($0.text.contains("&lt;script&gt;"), "the title is shown") }
        }
    }

    @Test func evidenceIsCheckedByContentAndStoredByItsHashOnly() async throws {
        let site = try AccountSite()
        let records = site.served.folder.appendingPathComponent("cd/records")
        try await site.application().test(.router) { client in
            let clerk = try await Self.session(client, "lan")
            let fields = [("date", "2024-03-12"), ("activity", "conference"), ("unit", "dvvl")]
            // A Windows program named .pdf, with the type a browser would claim.
            var exe = Self.record(fields)
            exe.file("evidence", filename: "bien-ban.pdf", Self.pe)
            let refused = try await Self.post(client, clerk, exe)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("<p class=\"field-error\" id=\"evidence-error\">tệp &quot;bien-ban.pdf&quot; không phải PDF, JPEG hay PNG"), "\(refused.text)")
            // One good file beside a bad one: nothing at all is written.
            var mixed = Self.record(fields)
            mixed.file("evidence", filename: "a.pdf", Self.pdf)
            mixed.file("evidence", filename: "b.png", Array("not a png".utf8), type: "image/png")
            #expect(try await Self.post(client, clerk, mixed).status == .unprocessableContent)
            #expect(site.journalBytes() == nil)
            #expect(!FileManager.default.fileExists(atPath: records.appendingPathComponent("evidence").path))
            // Names that climb, hold NUL or run long are only shown, cleaned; the file is named by its hash.
            let long = String(repeating: "biên bản ", count: 600) + ".pdf"
            for (index, name) in ["../../../../etc/passwd.pdf", "..\\..\\x.pdf", "a\u{0}b.pdf", long, "<b>x</b>.pdf"].enumerated() {
                var upload = Self.record([("date", "2024-03-1\(index)"), ("activity", "conference"), ("unit", "dvvl")])
                upload.file("evidence", filename: name, Self.pdf + Array("\(index)".utf8))
                let answer = try await Self.post(client, clerk, upload)
                #expect([.created, .badRequest].contains(answer.status), "\(name.prefix(30)): \(answer.status)")
                #expect(!answer.text.contains("<b>x</b>"))
            }
            let stored = try FileManager.default.contentsOfDirectory(atPath: records.appendingPathComponent("evidence").path)
            #expect(!stored.isEmpty && stored.allSatisfy { $0.count == 64 + 4 && $0.hasSuffix(".pdf") && $0.dropLast(4).allSatisfy(\.isHexDigit) }, "\(stored)")
            #expect(!FileManager.default.fileExists(atPath: site.served.root.appendingPathComponent("etc").path))
            let journal = String(decoding: site.journalBytes() ?? Data(), as: UTF8.self)
            let hash = Credentials.sha256Hex(Self.pdf + Array("0".utf8))
            #expect(journal.contains("evidence:\n    - evidence/\(hash).pdf") || journal.contains("evidence: [evidence/\(hash).pdf]") || journal.contains("- evidence/\(hash).pdf"), "\(journal)")
            #expect(!journal.contains("passwd") && !journal.contains("biên bản"))
        }
    }

    @Test func aBodyOverTheLimitIs413AndWritesNothing() async throws {
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let clerk = try await Self.session(client, "lan")
            var big = Self.record([("date", "2024-03-12"), ("activity", "conference"), ("unit", "dvvl")])
            big.file("evidence", filename: "big.pdf", Self.pdf + Array(repeating: 0x20, count: FormBody.recordLimit))
            let answer = try await Self.post(client, clerk, big)
            #expect(answer.status == .contentTooLarge)
            #expect(answer.text.contains("chưa ghi gì"))
            // One file over 10 MB inside the limit is refused beside the field.
            var large = Self.record([("date", "2024-03-12"), ("activity", "conference"), ("unit", "dvvl")])
            large.file("evidence", filename: "scan.pdf", Self.pdf + Array(repeating: 0x20, count: EvidenceUpload.largest))
            let refused = try await Self.post(client, clerk, large)
            #expect(refused.status == .unprocessableContent && refused.text.contains("lớn hơn 10 MB"))
        }
        #expect(site.journalBytes() == nil)
    }

    /// The record cases of Tests/BadInput: the bad value each case's first diagnostic points at,
    /// typed into the field it belongs to, refused with the same code.
    @Test(arguments: [
        ("impossible-date-dmy", "date", "conference"), ("impossible-date-iso", "date", "conference"),
        ("unknown-activity-in-records", "activity", "conference"), ("unknown-member", "unit", "conference"),
        ("thousands-separator-dots", "field.amount", "visit"), ("dangling-responds-to", "responds-to", "reply"),
    ])
    func badInputCorpusCasesAreRefusedByTheForm(_ folder: String, _ field: String, _ activity: String) async throws {
        let (value, code) = try Self.corpusValue(folder)
        let site = try AccountSite()
        try await site.application().test(.router) { client in
            let board = try await Self.session(client, "chu-tich")
            var fields = [("date", "2024-03-12"), ("activity", activity), ("unit", "dvvl")].filter { $0.0 != field }
            fields.append((field, value))
            let answer = try await Self.post(client, board, Self.record(fields))
            #expect(answer.status == .unprocessableContent, "\(folder): \(value)")
            #expect(answer.text.contains("id=\"\(field)-error\""), "\(folder): the error is beside \(field)")
            #expect(answer.text.contains(HTMLEscape.text(value)), "\(folder): what was typed is kept")
            var object: [String: Any] = ["date": "2024-03-12", "activity": activity, "unit": "dvvl"]
            if field.hasPrefix("field.") { object["fields"] = [String(field.dropFirst(6)): value] } else { object[field] = value }
            let api = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            let clerkToken = site.clerkToken
            try await client.execute(uri: RecordRouteTests.uri, method: .post, headers: RecordRouteTests.api(clerkToken), body: ByteBuffer(string: api)) { response in
                if field == "unit" { #expect(response.status == .forbidden, "a clerk is refused another unit first") } else {
                    #expect(response.status == .unprocessableContent && response.text.contains("\"code\": \"\(code)\"") || response.text.contains("\"code\":\"\(code)\""), "\(folder): \(response.text)")
                }
            }
        }
        #expect(site.journalBytes() == nil, "\(folder)")
    }

    /// The value at the place the case's first diagnostic names, and its code.
    static func corpusValue(_ folder: String) throws -> (String, String) {
        let base = ServedFolder.packageRoot.appendingPathComponent("Tests/BadInput/\(folder)")
        let expected = try String(contentsOf: base.appendingPathComponent("expected.txt"), encoding: .utf8).split(separator: "\n")[1]
        let place = expected.split(separator: ":")
        let line = try String(contentsOf: base.appendingPathComponent(String(place[0])), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)[Int(place[1])! - 1]
        let value = String(Array(line)[(Int(place[2])! - 1)...]).trimmingCharacters(in: .whitespaces)
        let code = expected.firstRange(of: "[").flatMap { open in expected[open.upperBound...].firstIndex(of: "]").map { String(expected[open.upperBound..<$0]) } } ?? ""
        return (value, code)
    }
}

/// HTML escaping as the pages do it, for expectations.
enum HTMLEscape {
    static func text(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
