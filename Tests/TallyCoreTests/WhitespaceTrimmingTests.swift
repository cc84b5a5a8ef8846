import Foundation
import Testing
@testable import TallyCore
import TallyYAML

/// The quick trimming gives what Foundation's `.whitespaces` trimming gives, on the spaces a
/// spreadsheet or a phone keyboard puts around values.
@Suite struct WhitespaceTrimmingTests {
    @Test(arguments: ["", " ", "Hội nghị", " Hội nghị ", "\tx", "x\t", "\u{A0}Đoàn\u{A0}", "\u{3000}x", "x\u{2003}",
                      "\nx\n", "x\r", "\u{200B}x", "  ", "\u{1EA0}", "a b", "\u{202F}y", "\u{0B}x\u{0C}", "\u{85}x", "x\u{1680}", "\u{FEFF}x"])
    func agreesWithFoundation(text: String) {
        #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespaces))
    }
}

/// The byte-level check of a value's first and last characters, which lets a CSV cell be read
/// without trimming it: it says "nothing to trim" exactly when trimming would change nothing.
@Suite struct WhiteSpaceEdgeTests {
    @Test func letterBlocksHoldNoWhiteSpace() {
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(LatinBlocks.holds(scalar.value))
            #expect(!CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(!LatinBlocks.holds(0xA0) && !LatinBlocks.holds(0x1680) && !LatinBlocks.holds(0x2000))
    }

    /// Random texts from pieces with every kind of edge: ASCII, Vietnamese letters, combining
    /// marks and the white spaces of other scripts.
    @Test func agreesWithTrimmingOnRandomTexts() {
        let pieces = ["a", "Đ", "ệ", "ạ", " ", "\t", "\u{A0}", "\u{3000}", "\u{2003}", "\u{1680}", "\u{301}", "\u{200B}", "\u{FEFF}",
                      "漢", "😀", "\u{1EF9}", "\u{24F}", "\u{250}", "x y", "\r", "\n"]
        var random = TestRandom(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<20_000 {
            let text = random.text(from: pieces, most: 4)
            var copy = text
            let quick = copy.withUTF8 { WhiteSpace.edgesAreNotSpace(UnsafeRawBufferPointer($0)) }
            let scalars = text.unicodeScalars
            let expected = !CharacterSet.whitespaces.contains(scalars.first!) && !CharacterSet.whitespaces.contains(scalars.last!)
            #expect(quick == expected, "\(text.debugDescription)")
            if quick { #expect(text.trimmingCharacters(in: .whitespaces) == text) }
        }
    }

    /// Bytes that are not well formed at either end are left to the long way.
    @Test(arguments: [[0x80, 0x61], [0x61, 0xE1, 0xBB], [0xFF], [0x61, 0xC3]] as [[UInt8]])
    func malformedEdgesGoTheLongWay(bytes: [UInt8]) {
        #expect(!bytes.withUnsafeBytes { WhiteSpace.edgesAreNotSpace($0) })
    }

    @Test func emptyHasNoEdges() {
        #expect(!WhiteSpace.edgesAreNotSpace(UnsafeRawBufferPointer(start: nil, count: 0)))
    }
}
