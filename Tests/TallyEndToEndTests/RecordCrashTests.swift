import Foundation
import Testing

/// `tally record` killed (SIGKILL) at random moments: the journal always parses and holds every
/// record whose run said "recorded".
@Suite struct RecordCrashTests {
    @Test func killedWritersNeverTearTheJournal() throws {
        let folder = try TemporaryFolder()
        let programme = try folder.write("p.yaml", """
        programme: Test
        organisation: Org
        period: 2024
        records: [records.yaml]
        targets:
          - {id: a, title: A, count: meeting}
        """)
        let journal = try folder.write("records.yaml", "- {date: 2024-01-01, activity: meeting, id: seed}\n")
        var acknowledged: [String] = ["seed"]
        var generator = SystemRandomNumberGenerator()
        for index in 0..<40 {
            let process = Process()
            process.executableURL = TallyRunner.binary
            process.arguments = ["record", programme, "--date", "2024-02-01", "--activity", "meeting", "--id", "r\(index)", "--title", String(repeating: "x", count: 2000)]
            process.currentDirectoryURL = folder.url
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...40_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if process.terminationReason == .exit && process.terminationStatus == 0 && said.hasPrefix("recorded:") {
                acknowledged.append("r\(index)")
            }
            let lint = try TallyRunner.run(["lint", programme], in: folder.url)
            #expect(lint.status == 0, "after kill \(index): \(lint.stderr)")
        }
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        for id in acknowledged { #expect(text.contains("id: \"\(id)\"") || text.contains("id: \(id)"), "acknowledged \(id) is kept") }
    }
}
