import Foundation
import Testing
@testable import TallyYAML

/// A diagnostic's lines read back from a file on disk (a chunk at a time, without holding it) are
/// the lines of the same bytes held in memory: every kind of line break, breaks split across the
/// chunks, Vietnamese text, the bytes that may start a break without being one, a byte-order mark.
@Suite struct SourceLinesTests {
    static let pieces: [[UInt8]] = ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "ổ", "Đoàn", " – ", "\u{A0}", "“x”", "a", "bc d",
                                    "\u{E2}", "\u{C2}"].map { Array($0.utf8) } + [[0xE2, 0x80], [0xE2], [0xC2], [0x0D]]

    @Test func fileLinesAreTheHeldLines() throws {
        var random = SplitMix(seed: 2028)
        let path = NSTemporaryDirectory() + "lines-\(getpid()).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        for size in [10, 1_000, 70_000, 200_000] {
            var bytes: [UInt8] = random.next() % 2 == 0 ? [0xEF, 0xBB, 0xBF] : []
            while bytes.count < size { bytes += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            let held = SourceFile(path: path, bytes: bytes), onDisk = SourceFile(path: path, bytes: nil)
            let count = held.lines(Set(1...100_000)).count
            #expect(count > (size > 100 ? 10 : 0))
            let wanted = Set((1...count).filter { _ in random.next() % 3 == 0 } + [1, count])
            #expect(onDisk.lines(wanted) == held.lines(wanted), "\(size) bytes")
            #expect(onDisk.lines(Set(1...count)) == held.lines(Set(1...count)), "\(size) bytes, every line")
        }
    }
}
