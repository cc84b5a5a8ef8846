import Foundation
import Testing

/// `tally serve` run as people run it: the built binary on a copy of the seed programmes.
@Suite("serve", .serialized)
struct ServeTests {
    /// A scratch folder holding `served/` (the seeds and a small programme) and the server's log.
    static func tree() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let served = folder.url.appendingPathComponent("served")
        try FileManager.default.createDirectory(at: served.appendingPathComponent("small"), withIntermediateDirectories: true)
        let seeds = TallyRunner.root.appendingPathComponent("programmes")
        for name in ["2024-cd-so-ldtbxh-thai-nguyen.yaml", "2020-tinh-doan-phu-tho.yaml", "records", "templates"] {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: served.appendingPathComponent(name))
        }
        try folder.write("served/small/club.yaml", """
        programme: Club plan
        organisation: Club
        period: 2024
        language: en
        activities: {meeting: Meeting}
        records: [records/*.yaml]
        targets:
          - {id: meetings, title: Hold 4 meetings, count: meeting, at-least: 4}

        """)
        try folder.write("served/small/records/2024.yaml", "- {date: 2024-02-01, activity: meeting}\n")
        return folder
    }

    @Test func everyAPIAnswerIsWhatCheckWrites() async throws {
        let folder = try Self.tree()
        let served = folder.url.appendingPathComponent("served")
        let server = try ServeProcess(folder: "served", in: folder.url)
        defer { _ = server.stop() }
        let (status, body, _) = try await server.get("/api/v1/programmes")
        #expect(status == 200)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]])
        let slugs = list.compactMap { $0["slug"] as? String }
        #expect(slugs == ["2020-tinh-doan-phu-tho", "2024-cd-so-ldtbxh-thai-nguyen", "small/club"])
        for slug in slugs {
            for date in [nil, "2024-06-30", "2020-12-31"] {
                let query = date.map { "?as-of=\($0)" } ?? ""
                let answer = try await server.get("/api/v1/programmes/\(slug)\(query)")
                // Files are named inside the served folder, as `check` names them run from there.
                let check = try TallyRunner.run(["check", "\(slug).yaml", "--format", "json"] + (date.map { ["--as-of", $0] } ?? []), in: served)
                #expect(answer.status == 200)
                #expect(answer.body == check.stdout, "\(slug) \(date ?? "today")")
            }
            let summary = try TallyRunner.run(["check", "served/\(slug).yaml", "--format", "json"], in: folder.url)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
            let row = try #require((document["summary"] as? [[String: Any]])?.first)
            let item = try #require(list.first { $0["slug"] as? String == slug })
            #expect(item["verdict"] as? String == row["verdict"] as? String)
            #expect(item["score"] as? Double == row["score"] as? Double)
            #expect(item["organisation"] as? String == row["organisation"] as? String)
        }
        #expect(server.stop() == 0)
        #expect(server.log.contains("GET /api/v1/programmes 200"))
    }

    @Test func editsShowWithoutARestartAndABrokenProgrammeLeavesTheOthersServed() async throws {
        let folder = try Self.tree()
        let server = try ServeProcess(folder: "served", in: folder.url)
        defer { _ = server.stop() }
        #expect(try await server.get("/p/small/club/t/meetings").body.contains("1 / 4"))
        try folder.write("served/small/records/2024.yaml", "- {date: 2024-02-01, activity: meeting}\n- {date: 2024-02-08, activity: meeting}\n")
        // The server looks at the files again every 0.5 s, so an edit shows within 2 s on a quiet
        // machine. Under the whole suite's load (the load test and
        // bcrypt run beside it) a request itself can take seconds, so the waits allow 10 s: this test is
        // about edits showing at all, without a restart, not about speed.
        let seen = try await server.waitFor("/p/small/club/t/meetings", seconds: 10) { $0.contains("2 / 4") }
        #expect(seen != nil, "the edit did not show within 10 s")
        try folder.write("served/small/records/2024-more.yaml", "- {date: 2024-03-01, activity: meeting}\n")
        #expect(try await server.waitFor("/api/v1/programmes/small/club", seconds: 10) { $0.contains("\"value\": 3") || $0.contains("\"value\":3") } != nil)

        try folder.write("served/small/club.yaml", "programme: Club plan\norganisation: Club\nperiod: 2024\ntargets: [oops\n")
        let broken = try await server.waitFor("/p/small/club", seconds: 10) { $0.contains("small/club.yaml:4") }
        #expect(broken != nil, "the broken programme's diagnostics did not show within 10 s")
        let document = try await server.get("/api/v1/programmes/small/club")
        #expect(document.body.contains("\"severity\": \"error\"") || document.body.contains("\"severity\":\"error\""))
        let other = try await server.get("/p/2024-cd-so-ldtbxh-thai-nguyen")
        #expect(other.status == 200)
        #expect(other.body.contains("Chương trình công tác công đoàn năm 2024"))
        let list = try await server.get("/api/v1/programmes")
        #expect(list.body.contains("\"invalid\""))
        #expect(server.stop() == 0)
    }

    @Test func pagesNameFilesInsideTheServedFolderNotTheServersPaths() async throws {
        let folder = try Self.tree()
        let absolute = folder.url.appendingPathComponent("served").path
        let server = try ServeProcess(folder: absolute, in: folder.url)
        defer { _ = server.stop() }
        for path in ["/", "/p/2024-cd-so-ldtbxh-thai-nguyen", "/p/2024-cd-so-ldtbxh-thai-nguyen/t/conferences", "/api/v1/programmes/2024-cd-so-ldtbxh-thai-nguyen"] {
            let page = try await server.get(path)
            #expect(page.status == 200, "\(path)")
            #expect(!page.body.contains(folder.url.path), "\(path) shows the server's own path")
        }
        let target = try await server.get("/p/2024-cd-so-ldtbxh-thai-nguyen/t/conferences")
        #expect(target.body.contains("records/2024-cd-so-ldtbxh-thai-nguyen/2024-q1.yaml:14"))
        #expect(target.body.contains("title=\"templates/2024-cdvc-thai-nguyen.yaml\""))
    }

    @Test func refusesAnotherHostWithoutAccounts() throws {
        let folder = try Self.tree()
        let run = try TallyRunner.run(["serve", "served", "--host", "0.0.0.0", "--port", "0"], in: folder.url)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("error[host-not-loopback]: --host 0.0.0.0 lets other machines in"))
        #expect(run.stderr.contains("tally user add NAME --role board --dir served"))
        #expect(run.stdout.isEmpty)
    }

    @Test func withAccountsAnotherHostIsAllowedAndEveryoneSignsIn() async throws {
        let folder = try Self.tree()
        let add = try TallyRunner.run(["user", "add", "kt", "--role", "inspector", "--password-stdin", "--dir", "served"], in: folder.url, input: "mật khẩu kiểm tra\n")
        #expect(add.status == 0, "\(add.stderr)")
        let server = try ServeProcess(folder: "served", in: folder.url, arguments: ["--host", "0.0.0.0"])
        #expect(try await server.get("/healthz").status == 200)
        #expect(try await server.get("/api/v1/programmes").status == 401)
        #expect(server.stop() == 0)
    }

    @Test func refusesToStartWithABrokenUsersFile() throws {
        let folder = try Self.tree()
        try folder.write("served/.tally/users.yaml", "- name: kt\n  role: inspectr\n")
        let run = try TallyRunner.run(["serve", "served", "--port", "0"], in: folder.url)
        #expect(run.status != 0)
        #expect(run.stderr.contains("has errors, so nobody is let in") && run.stderr.contains("tally user list --users served/.tally/users.yaml"))
        #expect(run.stdout.isEmpty)
    }

    @Test func logsOneLinePerRequestAndStopsOnSIGINT() async throws {
        let folder = try Self.tree()
        let server = try ServeProcess(folder: "served", in: folder.url)
        #expect(try await server.get("/healthz").body == "ok\n")
        #expect(try await server.get("/nowhere").status == 404)
        kill(server.process.processIdentifier, SIGINT)
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
        let lines = server.log.split(separator: "\n").filter { $0.contains("GET /") }
        #expect(lines.count == 2)
        #expect(lines.first?.contains("GET /healthz 200") == true)
        #expect(lines.last?.contains("GET /nowhere 404") == true)
        #expect(lines.allSatisfy { $0.hasSuffix(" ms") })
    }
}
