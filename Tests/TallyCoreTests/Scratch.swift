import Foundation

/// Scratch folders of the Core tests, all inside one folder per test process that is removed
/// when the process exits, so a run leaves nothing behind in the temporary directory.
enum Scratch {
    static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-core-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return root
    }()

    /// A new folder name (not yet created) for one test.
    static func folder(_ prefix: String) -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }
}
