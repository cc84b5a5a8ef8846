import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TallyCore
@testable import TallyServer

/// A scratch folder of programmes served in process: the seed programmes, a small English
/// programme with hostile text and evidence files, one in a sub-folder, and files outside it.
final class ServedFolder: @unchecked Sendable {
    let root: URL
    /// The served folder, inside `root` (so `root` can hold files that must not be served).
    let folder: URL

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init(seeds: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-serve-\(UUID().uuidString)")
        folder = root.appendingPathComponent("served")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if seeds {
            let seedsFolder = Self.packageRoot.appendingPathComponent("programmes")
            for name in ["2024-cd-so-ldtbxh-thai-nguyen.yaml", "2020-tinh-doan-phu-tho.yaml", "records", "templates"] {
                try FileManager.default.copyItem(at: seedsFolder.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
        }
        try write("small/club.yaml", Self.club)
        try write("small/records/2024.yaml", Self.clubRecords)
        try write("small/records/minutes/m1.pdf", "%PDF-1.4 minutes\n")
        // A hidden file that must never be served (not a users file: that would turn accounts on).
        try write(".tally/secret.yaml", "secret: yes\n")
        try write("north/unit.yaml", Self.club.replacingOccurrences(of: "Club <b>&</b> \"Co\"", with: "North unit"))
        try write("north/records/2024.yaml", "- {date: 2024-02-01, activity: meeting}\n")
        try "outside: secret\n".write(to: root.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("small/records/minutes/escape.txt").path,
                                                   withDestinationPath: root.appendingPathComponent("secret.txt").path)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ name: String, _ text: String) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The server over this folder, as of 30 June 2024 unless the address says otherwise.
    func server(secureCookies: Bool = false, clock: @escaping @Sendable () -> Date = { Date() }, trustedProxies: [String] = []) -> TallyServer {
        TallyServer(settings: ServerSettings(
            folder: folder.path, port: 0, recheck: 0,
            today: { Day(year: 2024, month: 6, day: 30)! },
            secureCookies: secureCookies, clock: clock, trustedProxies: trustedProxies
        ))
    }

    func application(secureCookies: Bool = false, clock: @escaping @Sendable () -> Date = { Date() }, trustedProxies: [String] = []) -> some ApplicationProtocol {
        server(secureCookies: secureCookies, clock: clock, trustedProxies: trustedProxies).application()
    }

    static let club = """
    programme: Club <b>&</b> "Co" plan
    organisation: Club <b>&</b> "Co"
    period: 2024
    language: en
    activities: {meeting: Meeting}
    records: [records/*.yaml]
    targets:
      - {id: meetings, title: Hold 4 meetings <script>alert(1)</script>, count: meeting, at-least: 4}
      - {id: early, title: One meeting by March, count: meeting, by: 2024-03-31}

    """

    static let clubRecords = """
    - date: 2024-02-01
      activity: meeting
      title: <script>alert('record')</script> & <img src=x onerror=alert(2)>
      evidence: [minutes/m1.pdf, minutes/escape.txt, ../../../secret.txt, "javascript:alert(3)", https://example.org/report]
    - date: 2024-05-02
      activity: meeting
      title: Second meeting

    """
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
