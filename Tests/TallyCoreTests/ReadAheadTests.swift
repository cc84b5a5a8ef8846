import Foundation
import Testing
@testable import TallyCore

/// Files the finder read whole are given to the loader once, and only while they are unchanged.
@Suite struct ReadAheadTests {
    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("read-ahead-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test func aFileIsGivenOutOnceWhileUnchanged() throws {
        let path = try Self.file("organisation: A\nprogramme: P\n")
        let read = try #require(ReadAhead.read(path))
        let bytes = try #require(read.whole)
        #expect(bytes == Array("organisation: A\nprogramme: P\n".utf8))
        let ahead = ReadAhead()
        ahead.keep(bytes, of: path, seen: read.seen)
        #expect(ahead.take(path) == bytes)
        #expect(ahead.take(path) == nil, "given out once")
    }

    @Test func aFileChangedSinceIsReadAgain() throws {
        let path = try Self.file("organisation: A\n")
        let read = try #require(ReadAhead.read(path))
        let ahead = ReadAhead()
        ahead.keep(try #require(read.whole), of: path, seen: read.seen)
        // Rewritten whole (another inode), as `tally record` and editors save.
        let replacement = try Self.file("organisation: B\n")
        #expect(rename(replacement, path) == 0)
        #expect(ahead.take(path) == nil)
        // Written in place to another size.
        let other = try Self.file("organisation: A\n")
        let again = try #require(ReadAhead.read(other))
        ahead.keep(try #require(again.whole), of: other, seen: again.seen)
        try "organisation: AB\n".write(toFile: other, atomically: false, encoding: .utf8)
        #expect(ahead.take(other) == nil)
    }

    @Test func largeFilesAndFoldersAreNotKept() throws {
        let text = String(repeating: "# x\n", count: ReadAhead.largest / 4 + 1)
        let path = try Self.file(text)
        let large = try #require(ReadAhead.read(path))
        #expect(large.head == Array(text.utf8.prefix(4096)) && large.whole == nil, "a large file: its head only")
        #expect(ReadAhead.read(FileManager.default.temporaryDirectory.path) == nil)
        #expect(ReadAhead.read(path + "-missing") == nil)
    }

    /// A file whose head says no more is wanted is read only to its head: a records file is not read whole.
    @Test func onlyTheHeadWhenNoMoreIsWanted() throws {
        let text = "- date: 2024-01-02\n  activity: visit\n" + String(repeating: "# padding\n", count: 1_000)
        let path = try Self.file(text)
        let read = try #require(ReadAhead.read(path, head: 64, wantsRest: { _ in false }))
        #expect(read.head == Array(text.utf8.prefix(64)) && read.whole == nil)
        let all = try #require(ReadAhead.read(path, head: 64))
        #expect(all.whole == Array(text.utf8) && all.head.count == 64)
        #expect(!ProgrammeFinder.isProgramme(path))
        #expect(ReadAhead.shared.take(path) == nil, "a records file is not kept")
    }

    /// The finder keeps what it read of a programme for the loader, and the programme loads the same.
    @Test func theFinderHandsAProgrammeToTheLoader() throws {
        let path = try Self.file("programme: P\norganisation: A\nperiod: 2024\nactivities: [visit]\ntargets:\n  - {id: v, title: V, count: visit, at-least: 1}\n")
        #expect(ProgrammeFinder.isProgramme(path))
        let loaded = LoadedProgramme.load(path: path)
        #expect(loaded.programme?.targets.map(\.id) == ["v"])
        #expect(ReadAhead.shared.take(path) == nil, "taken by the loader")
    }
}
