import Foundation
import Testing
@testable import TallyCore

/// Writing "atomically" means a temporary file renamed over the target; a device or a pipe given
/// as the output (`-o /dev/null`) is written straight to instead, and stays what it was.
@Suite struct AtomicFileTests {
    @Test func aPipeIsWrittenToAndStaysAPipe() throws {
        let folder = Scratch.folder("atomic-fifo")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("report").path
        #expect(mkfifo(path, 0o644) == 0)
        // The reading end is opened first (without waiting), so that opening it to write does not block.
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFile.replace(path, with: Array("Báo cáo\n".utf8))
        var bytes = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &bytes, bytes.count)
        #expect(count >= 0 && Array(bytes[0..<max(count, 0)]) == Array("Báo cáo\n".utf8))
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a pipe, not a file renamed over it")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["report"], "no temporary file left beside it: \(left)")
    }

    @Test func aRegularFileIsReplacedKeepingItsPermissions() throws {
        let folder = Scratch.folder("atomic-file")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("report.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o600) == 0)
        try AtomicFile.replace(path, with: Array("new".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.txt"])
    }
}
