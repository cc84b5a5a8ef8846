import Testing
@testable import TallyCore
@testable import TallyYAML

/// The CSV parser, which finds a cell's end eight bytes at a time, follows columns as it goes and
/// checks UTF-8 on the way, reads every file as the byte-by-byte parser it replaced
/// (`CSVReferenceParser`): the same rows, cells, places, widths, texts and syntax failures. On a
/// file that is not UTF-8 it may stop early, but only at the byte `UTF8Check` finds first, and it
/// reads a whole file only when there is none.
@Suite struct CSVParserEquivalenceTests {
    /// Texts a cell may hold: ASCII, Vietnamese composed and with combining marks, punctuation past
    /// ASCII, controls, emoji, flags, joiners, Hangul, and runs longer than eight bytes.
    static let texts: [[UInt8]] = ["a", "12", "Đoàn", "ổ", "e\u{301}", "\u{301}", "\u{300}\u{323}", "\t", " ", "–", "“x”", "😀", "x y", "漢",
                                   "\u{7F}", "\u{A0}", "\u{85}", "ạ", "🇻🇳", "\u{200D}", "\u{1100}\u{1161}", "\u{0}", "\u{1B}", "ʼ",
                                   "\u{36F}", "\u{370}", "\u{34F}", "…", "‰", "\u{205E}", "\u{205F}", "\u{2028}", "\u{200F}", "\u{2027}", "\u{2030}", "\u{2010}", "\u{2040}", "a\u{300}\u{301}\u{302}", "abcdefghijklmnopqrstuvwxyz", "Trao tiền hỗ trợ đoàn viên Đặng Thị Mai", "2024-01-11"].map { Array($0.utf8) }
    /// Bytes that are not UTF-8: a lone continuation, overlong forms, surrogates, past U+10FFFF, cut sequences.
    static let broken: [[UInt8]] = [[0xFF], [0xC3], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0x80], [0xF4, 0x90, 0x80, 0x80],
                                    [0xF0, 0x80, 0x80, 0x80], [0xE0, 0x80, 0x80], [0xC2], [0xF0, 0x9F, 0x98], [0xF5, 0x80]]

    @Test func readsAsTheReferenceParser() {
        var random = TestRandom(seed: 2032)
        for _ in 0..<30_000 {
            Self.compare(Self.file(&random))
        }
    }

    /// A random file: rows of unquoted and quoted cells (with separators, doubled quotes and line
    /// breaks inside), now and then a stray quote, text after a closing quote, an unclosed quote,
    /// blank lines, a byte-order mark, or bytes that are not UTF-8.
    static func file(_ random: inout TestRandom) -> [UInt8] {
        let separator: [UInt8] = random.next(2) == 0 ? [UInt8(ascii: ",")] : [UInt8(ascii: ";")]
        let ends: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x0D]]
        let end = ends[random.next(3)]
        var bytes: [UInt8] = random.next(3) == 0 ? [0xEF, 0xBB, 0xBF] : []
        func text(_ random: inout TestRandom) -> [UInt8] {
            (0..<random.next(4)).flatMap { _ in
                random.next(40) == 0 ? broken[random.next(broken.count)] : texts[random.next(texts.count)]
            }
        }
        for row in 0..<(1 + random.next(6)) {
            if row > 0 { bytes += random.next(8) == 0 ? end + end : end }
            for column in 0..<(1 + random.next(6)) {
                if column > 0 { bytes += separator }
                switch random.next(40) {
                case 0: bytes += text(&random) + [UInt8(ascii: "\"")] + text(&random)
                case 1: bytes += [UInt8(ascii: "\"")] + text(&random) + [UInt8(ascii: "\"")] + text(&random)
                case 2: bytes += [UInt8(ascii: "\"")] + text(&random)
                case 3...14:
                    let inside: [[UInt8]] = [separator, Array("\"\"".utf8)] + ends
                    bytes += [UInt8(ascii: "\"")] + (0..<random.next(5)).flatMap { _ in
                        random.next(3) == 0 ? inside[random.next(inside.count)] : text(&random)
                    } + [UInt8(ascii: "\"")]
                default: bytes += text(&random)
                }
            }
        }
        return random.next(2) == 0 ? bytes + end : bytes
    }

    static func compare(_ bytes: [UInt8]) {
        let bad = UTF8Check.firstInvalidByte(bytes)
        var reference = CSVReferenceParser(bytes: bytes), parser = CSVParser(bytes: bytes)
        #expect(parser.separator == reference.separator)
        var expected: [CSVParser.Cell] = [], cells: [CSVParser.Cell] = []
        while true {
            let wanted = Result { () throws(CSVParser.Failure) -> Int? in try reference.nextRow(into: &expected) }
            let got = Result { () throws(CSVParser.Failure) -> Int? in try parser.nextRow(into: &cells) }
            switch (got, wanted) {
            case (.failure(let failure), _) where failure.code == .notUTF8:
                #expect(bad == failure.mark.offset, "\(bytes)")
                return
            case (.failure(let failure), .failure(let reason)):
                #expect(failure.code == reason.code && failure.mark == reason.mark, "\(failure) \(reason) in \(bytes)")
                return
            case (.success(let line), .success(let wantedLine)):
                #expect(line == wantedLine, "\(bytes)")
                guard let line else {
                    #expect(bad == nil, "read to the end past a byte that is not UTF-8: \(bytes)")
                    return
                }
                #expect(cells.count == expected.count, "row at line \(line) of \(bytes)")
                for (cell, wanted) in zip(cells, expected) {
                    #expect(cell.mark == wanted.mark && cell.width == wanted.width && cell.unescaped == wanted.unescaped, "\(cell) \(wanted) in \(bytes)")
                    #expect(cell.start == wanted.start && cell.end == wanted.end, "\(cell) \(wanted) in \(bytes)")
                    #expect(parser.text(of: cell) == reference.text(of: wanted), "\(bytes)")
                }
                if cells.count != expected.count { return }
            default:
                Issue.record("\(got) but \(wanted) in \(bytes)")
                return
            }
        }
    }
}
