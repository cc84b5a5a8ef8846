import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TallyCore
import TallyReports
import Testing
@testable import TallyServer

@Suite("API")
struct APIRouteTests {
    func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(response.text.utf8))
    }

    @Test func listsEveryProgrammeWithVerdictAndScore() async throws {
        let served = try ServedFolder()
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/programmes", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let list = try #require(try json(response) as? [[String: Any]])
                #expect(list.map { $0["slug"] as? String } == ["2020-tinh-doan-phu-tho", "2024-cd-so-ldtbxh-thai-nguyen", "north/unit", "small/club"])
                let club = try #require(list.last)
                #expect(club["organisation"] as? String == "Club <b>&</b> \"Co\"")
                #expect(club["programme"] as? String == "Club <b>&</b> \"Co\" plan")
                #expect(Set(club.keys) == ["slug", "programme", "organisation", "verdict", "score", "rating"])
                #expect(["compliant", "at-risk", "non-compliant"].contains(club["verdict"] as? String ?? ""))
            }
        }
    }

    @Test func documentIsTheCheckReportOfThatProgramme() async throws {
        let served = try ServedFolder()
        let path = served.folder.path + "/small/club.yaml"
        let loaded = LoadedProgramme.load(path: path)
        let result = Evaluator(programme: try #require(loaded.programme), records: loaded.records, asOf: Day(year: 2024, month: 3, day: 31)!).evaluate()
        let expected = JSONReport().render(Report(results: [result], diagnostics: loaded.diagnostics.items))
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/programmes/small/club?as-of=2024-03-31", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == expected)
            }
        }
    }

    @Test func unknownProgrammeAndBadDateAreJSONErrors() async throws {
        let served = try ServedFolder(seeds: false)
        try await served.application().test(.router) { client in
            for uri in ["/api/v1/programmes/nowhere", "/api/v1/programmes/small", "/api/v1/nothing", "/api/v1/programmes/small/club/extra"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8", "\(uri)")
                    let object = try json(response) as? [String: Any]
                    #expect(object?["error"] is String, "\(uri)")
                }
            }
            for uri in ["/api/v1/programmes/small/club?as-of=2024-13-01", "/api/v1/programmes?as-of=tomorrow"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    let object = try json(response) as? [String: Any]
                    let message = object?["error"] as? String ?? ""
                    #expect(message.contains("as-of"), "\(uri)")
                }
            }
        }
    }

    @Test func aBrokenProgrammeIsListedInvalidWithItsDiagnostics() async throws {
        let served = try ServedFolder(seeds: false)
        try served.write("north/unit.yaml", "programme: North\norganisation: North unit\nperiod: 2024\ntargets: [oops\n")
        try await served.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/programmes", method: .get) { response in
                let list = try #require(try json(response) as? [[String: Any]])
                let north = try #require(list.first { $0["slug"] as? String == "north/unit" })
                #expect(north["verdict"] as? String == "invalid")
                #expect(north["errors"] as? Int == 1)
                #expect(list.contains { $0["slug"] as? String == "small/club" && $0["verdict"] as? String != "invalid" })
            }
            try await client.execute(uri: "/api/v1/programmes/north/unit", method: .get) { response in
                #expect(response.status == .ok)
                let document = try #require(try json(response) as? [String: Any])
                #expect((document["programmes"] as? [Any])?.isEmpty == true)
                let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
                #expect(diagnostics.first?["severity"] as? String == "error")
                #expect((diagnostics.first?["file"] as? String)?.hasSuffix("north/unit.yaml") == true)
            }
        }
    }
}
