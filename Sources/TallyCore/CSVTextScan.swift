import TallyYAML

/// One pass over a run of a CSV cell's text, up to the first byte that ends it: the separator, a
/// quote or a line break (in a quoted cell, only a quote or a line break). It finds the run's end,
/// counts its characters (its columns), tells whether each is one that `CharacterCount` counts
/// alone (then the run's width is its character count, without asking the standard library), and
/// checks UTF-8 as `UTF8Check` does, stopping at the first byte that breaks it.
///
/// The end is found eight bytes at a time; only a run with a byte beyond ASCII (or DEL) is then
/// read again for its UTF-8, from one such byte to the next, eight bytes at a time in between.
struct CSVTextScan {
    /// Where the run ended: at a byte that ends it, or at the end of the input.
    var end: Int
    /// How many characters (UTF-8 sequences) the run holds.
    var characters: Int
    /// Whether every character is printable ASCII, one of the simple ones beyond it (each one
    /// character on screen) or a combining mark of U+0300 to U+036F (Vietnamese typed with its
    /// accents apart), which joins the character before it: the run's width is then `width`.
    var simple: Bool
    /// The characters on screen when `simple`: the characters, less the combining marks, plus one
    /// when the run starts with a mark (it has nothing to join).
    var width: Int

    /// Scans `bytes` from `start`, a run that ends at `separator` (a quote again in a quoted cell),
    /// a quote or a line break. Throws `.notUTF8` at the first byte that breaks UTF-8 (only the
    /// failure's offset is meaningful).
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, separator: UInt8) throws(CSVParser.Failure) {
        let count = bytes.count
        // The bytes of the run from 0x7F up (DEL and all beyond ASCII) have their high bit set here.
        var index = start, high: UInt64 = 0, simple = true
        if let base = bytes.baseAddress {
            while true {
                if index &+ 8 <= count {
                    // Eight bytes at once: where the first that may end the run is, and whether any before it is 0x7F or above.
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let stops = Self.mayEnd(word, separator: separator)
                    guard stops != 0 else { high |= Self.fromDelete(word); index &+= 8; continue }
                    let before = stops.trailingZeroBitCount &>> 3
                    high |= Self.fromDelete(word) & ((1 &<< (before &* 8)) &- 1)
                    index &+= before
                } else {
                    // The last bytes of the input, one at a time.
                    while index < count, !Self.mayEnd(base[index], separator: separator) {
                        if base[index] >= 0x7F { high = 0x80 }
                        index &+= 1
                    }
                    guard index < count else { break }
                }
                let byte = base[index]
                if byte == separator || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                // Another control character (a tab): one character, though not a simple one.
                simple = false
                index &+= 1
            }
        }
        end = index
        var continuations = 0, marks = 0
        if high & 0x8080_8080_8080_8080 != 0, let base = bytes.baseAddress {
            try Self.checkUTF8(base, from: start, to: index, count: count, continuations: &continuations, marks: &marks, simple: &simple)
        }
        characters = index &- start &- continuations
        // A mark first (its lead byte CC or CD) counts as one character on screen.
        let markFirst = marks > 0 && bytes[start] & 0xFE == 0xCC
        width = characters &- marks &+ (markFirst ? 1 : 0)
        self.simple = simple
    }

    /// The bytes of `word` from 0x7F up, each with its high bit set (a carry from 0xFF may set
    /// more, but only above a byte that is so).
    @inline(__always)
    static func fromDelete(_ word: UInt64) -> UInt64 { word | (word &+ 0x0101_0101_0101_0101) }

    /// Whether `byte` may end a run: the separator, a quote, or an ASCII control character below
    /// 0x20 (line breaks among them).
    @inline(__always)
    static func mayEnd(_ byte: UInt8, separator: UInt8) -> Bool {
        byte < 0x20 || byte == separator || byte == UInt8(ascii: "\"")
    }

    /// The same for the eight bytes of `word`: the high bit of the first such byte is set (a borrow
    /// may set more, but only above one that is so); zero when none is.
    @inline(__always)
    static func mayEnd(_ word: UInt64, separator: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let separated = word ^ (ones &* UInt64(separator)), quoted = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let below = (word &- ones &* 0x20) & ~word
        let atSeparator = (separated &- ones) & ~separated, atQuote = (quoted &- ones) & ~quoted
        return (below | atSeparator | atQuote) & highs
    }

    /// Checks the UTF-8 of `start..<end`, counting its continuation bytes and combining marks
    /// (U+0300 to U+036F, each of them Grapheme_Cluster_Break=Extend), and clearing `simple` at a
    /// character `CharacterCount` does not count alone: it takes C3 to CB (U+00C0 to U+02FF), C2
    /// from U+00A0, E1 B8 to E1 BB (U+1E00 to U+1EFF, Vietnamese letters), and the dashes, quotes
    /// and other punctuation of U+2010 to U+2027 and U+2030 to U+205E as simple, as it does
    /// (`CharacterCount.simpleThreeBytes`; anything else is left to it). Between such characters every one
    /// starts a character on screen, and a mark never does but at the start (Unicode's rules GB9, GB999).
    @inline(__always)
    static func checkUTF8(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, count: Int,
                          continuations: inout Int, marks: inout Int, simple: inout Bool) throws(CSVParser.Failure) {
        var index = start
        while index < end {
            // On to the next byte from 0x7F up, eight bytes at a time where the input has them.
            if index &+ 8 <= count {
                let above = fromDelete(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
                guard above != 0 else { index &+= 8; continue }
                index &+= above.trailingZeroBitCount &>> 3
                guard index < end else { break }
            } else if base[index] < 0x7F {
                index &+= 1
                continue
            }
            let lead = base[index]
            // Vietnamese letters first, nearly every character of a Vietnamese text beyond ASCII:
            // C3 to CB (two bytes, U+00C0 to U+02FF) and E1 B8 to E1 BB (three, U+1E00 to U+1EFF).
            if lead &- 0xC3 <= 0xCB - 0xC3 {
                guard index &+ 2 <= end, base[index &+ 1] & 0xC0 == 0x80 else { throw broken(at: index) }
                index &+= 2
                continuations &+= 1
                continue
            }
            if lead == 0xE1, index &+ 3 <= end, base[index &+ 1] &- 0xB8 <= 0xBB - 0xB8, base[index &+ 2] & 0xC0 == 0x80 {
                index &+= 3
                continuations &+= 2
                continue
            }
            if lead == 0x7F { simple = false; index &+= 1; continue }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: throw broken(at: index)
            }
            guard index &+ length <= end else { throw broken(at: index) }
            let second = base[index &+ 1]
            var trailing = second & 0xC0 == 0x80
            if length > 2 { trailing = trailing && base[index &+ 2] & 0xC0 == 0x80 }
            if length > 3 { trailing = trailing && base[index &+ 3] & 0xC0 == 0x80 }
            guard trailing else { throw broken(at: index) }
            switch lead {
            case 0xC3...0xCB: break
            case 0xC2: if second < 0xA0 { simple = false }
            case 0xCC: marks &+= 1
            case 0xCD: if second <= 0xAF { marks &+= 1 } else { simple = false }
            case 0xE1: if second < 0xB8 || second > 0xBB { simple = false }
            case 0xE2: if !CharacterCount.simpleThreeBytes(lead, second, base[index &+ 2]) { simple = false }
            case 0xE0: guard second >= 0xA0 else { throw broken(at: index) }; simple = false
            case 0xED: guard second <= 0x9F else { throw broken(at: index) }; simple = false
            case 0xF0: guard second >= 0x90 else { throw broken(at: index) }; simple = false
            case 0xF4: guard second <= 0x8F else { throw broken(at: index) }; simple = false
            default: simple = false
            }
            index &+= length
            continuations &+= length &- 1
        }
    }

    private static func broken(at offset: Int) -> CSVParser.Failure {
        CSVParser.Failure(code: .notUTF8, mark: Mark(line: 0, column: 0, offset: offset))
    }
}
