import Foundation
import Testing

/// The pages in a real browser: Tests/Browser/browse.py drives headless Chromium (Selenium) over
/// `tally serve` on the seed programmes and saves screenshots under .build/browser-screenshots/.
/// Without Chromium, chromedriver or Selenium the test is skipped locally and fails under CI=true.
@Suite("browser")
struct BrowserTests {
    static let missing: [String] = {
        var missing: [String] = []
        if BrowserTools.find(["chromium", "chromium-browser", "google-chrome"]) == nil { missing.append("chromium") }
        if BrowserTools.find(["chromedriver"]) == nil { missing.append("chromium-driver") }
        if (try? TallyRunner.shell(["python3", "-c", "import selenium"]).status) != 0 { missing.append("selenium (pip install selenium)") }
        return missing
    }()

    static let required = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(.enabled(if: missing.isEmpty || required, "skipped: \(missing.joined(separator: ", ")) missing (.ci/run installs them)"))
    func aPersonBrowsesTheSite() async throws {
        try #require(Self.missing.isEmpty, "CI=true needs \(Self.missing.joined(separator: ", ")) for the browser test")
        let folder = try TemporaryFolder()
        let seeds = TallyRunner.root.appendingPathComponent("programmes")
        try FileManager.default.copyItem(at: seeds, to: folder.url.appendingPathComponent("programmes"))
        try folder.write("programmes/small/club.yaml", """
        programme: Kế hoạch của câu lạc bộ
        organisation: Câu lạc bộ <b>thanh niên</b>
        period: 2024
        language: vi
        activities: {meeting: Sinh hoạt}
        records: [records/*.yaml]
        targets:
          - {id: meetings, title: Sinh hoạt 4 lần, count: meeting, at-least: 4}

        """)
        try folder.write("programmes/small/records/2024.yaml", "- {date: 2024-02-01, activity: meeting, title: \"<script>alert(1)</script>\"}\n")
        let server = try ServeProcess(folder: "programmes", in: folder.url)
        defer { _ = server.stop() }
        let shots = TallyRunner.root.appendingPathComponent(".build/browser-screenshots")
        let script = TallyRunner.root.appendingPathComponent("Tests/Browser/browse.py")
        let run = try TallyRunner.shell(["python3", script.path, server.base, shots.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("passed, 0 failed"))
        #expect(server.stop() == 0)
    }
}

enum BrowserTools {
    /// The first of `names` found on PATH.
    static func find(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }
}

extension TallyRunner {
    /// Runs a program found on PATH (not `tally`) and captures what it prints.
    static func shell(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
