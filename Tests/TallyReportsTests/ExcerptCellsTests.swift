import Testing
@testable import TallyReports

/// The cells a character takes on a terminal, answered at once for ASCII and `LatinBlocks`: the
/// same answer as from its Unicode properties, for every character of those blocks.
@Suite struct ExcerptCellsTests {
    @Test func quickBlocksAgreeWithTheProperties() {
        for value in Array(0x20..<0x7F) + Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(Excerpt.cells(scalar) == Excerpt.cellsByProperties(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(Excerpt.cells("\u{301}") == 0 && Excerpt.cells("漢") == 2 && Excerpt.cells("\u{7F}") == 1)
    }
}
