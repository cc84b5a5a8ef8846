import Foundation
import Testing
@testable import TallyCore

/// The line and character counts the second part of a split file starts from: the same as a
/// plain count, whatever the chunk size, and no count at all when a break other than LF is before
/// the cut, including one that straddles two chunks.
@Suite struct LinesBeforeTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let url = Scratch.folder("lines-before").appendingPathExtension("yaml")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// LFs, and Unicode scalars as libyaml counts them (a leading BOM is not one).
    func naive(_ bytes: [UInt8]) -> (lines: Int, characters: Int) {
        let lines = bytes.filter { $0 == 0x0A }.count
        var characters = bytes.filter { $0 & 0xC0 != 0x80 }.count
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { characters -= 1 }
        return (lines, characters)
    }

    static let vietnamese = Array("- {date: 2024-03-05, activity: họp – đại hội, unit: Trung tâm Bảo trợ xã hội}\n".utf8)

    @Test(arguments: [7, 64, 1 << 22])
    func countsAgreeWithAPlainCount(chunkSize: Int) throws {
        let bytes = Array(repeating: Self.vietnamese, count: 40).flatMap { $0 }
        let path = try file(bytes)
        for end in [1, 2, 3, 50, 81, bytes.count / 2, bytes.count] {
            let counted = try #require(LinesBefore(path, end: end, chunkSize: chunkSize))
            let expected = naive(Array(bytes[0..<end]))
            #expect(counted.lines == expected.lines, "end \(end)")
            #expect(counted.characters == expected.characters, "end \(end)")
        }
    }

    @Test func aByteOrderMarkIsNotACharacter() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Self.vietnamese + Self.vietnamese
        let counted = try #require(LinesBefore(try file(bytes), end: bytes.count, chunkSize: 5))
        #expect(counted.lines == 2)
        #expect(counted.characters == naive(bytes).characters)
    }

    @Test func aCarriageReturnBeforeTheCutRefusesButOneAfterItDoesNot() throws {
        let bytes = Self.vietnamese + [0x0D, 0x0A] + Self.vietnamese
        let path = try file(bytes)
        #expect(LinesBefore(path, end: bytes.count, chunkSize: 7) == nil)
        #expect(LinesBefore(path, end: Self.vietnamese.count, chunkSize: 7) != nil)
    }

    /// NEL, LS and PS at every offset against a 7-byte chunk, so each lands across a boundary.
    @Test(arguments: [[0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9]] as [[UInt8]])
    func aMultiByteBreakRefusesWhereverTheChunksFall(separator: [UInt8]) throws {
        for offset in 0..<8 {
            let bytes = Array(repeating: UInt8(ascii: "a"), count: 10 + offset) + separator + Array("tail\n".utf8)
            #expect(LinesBefore(try file(bytes), end: bytes.count, chunkSize: 7) == nil, "offset \(offset)")
        }
    }

    /// The en dash (E2 80 93) and a NEL's lead byte followed by something else are text, not breaks.
    @Test func lookAlikesOfBreaksAreText() throws {
        let bytes = Array("– ”…\u{A0}x\n".utf8) + [0xC2, 0xA9] + Array("\n".utf8)
        for chunkSize in [1, 2, 3, 7, 100] {
            let counted = try #require(LinesBefore(try file(bytes), end: bytes.count, chunkSize: chunkSize))
            #expect(counted.lines == 2)
            #expect(counted.characters == naive(bytes).characters)
        }
    }
}
