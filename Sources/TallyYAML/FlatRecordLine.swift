/// One line of a records file written the plain way, as `FlatRecordEvents` reads it:
///
///     - key: value        (a record's first field)
///       key: value        (another field of the same record)
///     # a comment         (at the start of the line), or a line of spaces only
///
/// where the key is up to 512 ASCII letters, digits, `_`, `-` and `.` (not starting with `-` or `.`), and
/// the value is a plain scalar on one line that holds no `: `, ` #`, tab or control character
/// and starts with no indicator, or a quoted scalar with no escape, no quote inside and nothing
/// but spaces after it. Every character is printable UTF-8 of one to three bytes, with no BOM
/// and none of YAML 1.1's other line breaks (NEL, LS, PS).
///
/// Lines end with LF or CR LF. On these lines libyaml's events are certain: the key and value scalars, their styles and
/// marks. Any other line (`parse` answers nil) is left to libyaml, with the whole file.
struct FlatRecordLine {
    enum Kind { case blank, item, field }

    var kind: Kind
    /// The key's bytes start at byte 2 of the line (after `- ` or two spaces).
    var keyLength = 0
    /// The value's content: its first byte and byte count (inside the quotes for a quoted one).
    var valueStart = 0
    var valueLength = 0
    /// Where the value's token starts (its first character, or the opening quote): a byte index,
    /// which is also the character column since all before it is ASCII.
    var valueColumn = 0
    /// The value token's width in characters, quotes included.
    var valueWidth = 0
    var style = ScalarStyle.plain
    /// The characters of the whole line, without its line break.
    var characters = 0

    /// The line `bytes[0..<count]` (without its LF), or nil when it is not of the plain shape.
    static func parse(_ bytes: UnsafePointer<UInt8>, count: Int) -> FlatRecordLine? {
        guard count > 0 else { return FlatRecordLine(kind: .blank) }
        let first = bytes[0]
        if first == UInt8(ascii: "#") {
            guard let continuations = UTF8Text.check(bytes, from: 1, to: count) else { return nil }
            return FlatRecordLine(kind: .blank, characters: count - continuations)
        }
        var line: FlatRecordLine
        if first == UInt8(ascii: "-") {
            guard count > 2, bytes[1] == 0x20 else { return nil }
            line = FlatRecordLine(kind: .item)
        } else if first == 0x20 {
            var index = 1
            while index < count && bytes[index] == 0x20 { index += 1 }
            if index == count { return FlatRecordLine(kind: .blank, characters: count) }
            guard index == 2 else { return nil }
            line = FlatRecordLine(kind: .field)
        } else {
            return nil
        }
        // The key, then ": " and any more spaces.
        var index = 2
        guard isKeyStart(bytes[index]) else { return nil }
        while index < count && isKeyByte(bytes[index]) { index += 1 }
        line.keyLength = index - 2
        // libyaml forgets a possible key after 1,024 characters (the line is then an error there).
        guard line.keyLength <= maxKeyLength else { return nil }
        guard index + 1 < count, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == 0x20 else { return nil }
        index += 2
        while index < count && bytes[index] == 0x20 { index += 1 }
        guard index < count else { return nil }
        line.valueColumn = index
        let continuations: Int
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard let quoted = quotedValue(bytes, at: index, count: count, into: &line) else { return nil }
            continuations = quoted
        default:
            guard let plain = plainValue(bytes, at: index, count: count, into: &line) else { return nil }
            continuations = plain
        }
        line.characters = count - continuations
        return line
    }

    /// A plain value from `start` to the end of the line, its trailing spaces left out; the
    /// count of UTF-8 continuation bytes on the line, or nil.
    private static func plainValue(_ bytes: UnsafePointer<UInt8>, at start: Int, count: Int, into line: inout FlatRecordLine) -> Int? {
        let first = bytes[start]
        if isIndicator(first) {
            // "-5" and "-abc" are plain scalars; "-" before a space or at the end is not.
            guard first == UInt8(ascii: "-"), start + 1 < count, isKeyByte(bytes[start + 1]) else { return nil }
        }
        var last = count - 1
        while bytes[last] == 0x20 { last -= 1 }
        // One pass: no ": " or ":" at the end, no " #", only printable characters.
        var index = start, continuations = 0
        while index <= last {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte <= UInt8(ascii: ":") {
                    if byte < 0x20 { return nil }
                    if byte == UInt8(ascii: ":") && (index == last || bytes[index + 1] == 0x20) { return nil }
                    // Not at the end: the last byte is not a space.
                    if byte == 0x20 && bytes[index + 1] == UInt8(ascii: "#") { return nil }
                } else if byte == 0x7F {
                    return nil
                }
                index += 1
            } else {
                guard let width = UTF8Text.width(bytes, at: index, end: last + 1) else { return nil }
                index += width
                continuations += width - 1
            }
        }
        line.valueStart = start
        line.valueLength = last + 1 - start
        line.valueWidth = line.valueLength - continuations
        line.style = .plain
        return continuations
    }

    /// A value in quotes with no escape and no quote inside, then only spaces; the count of
    /// UTF-8 continuation bytes on the line, or nil.
    private static func quotedValue(_ bytes: UnsafePointer<UInt8>, at start: Int, count: Int, into line: inout FlatRecordLine) -> Int? {
        let quote = bytes[start]
        var close = start + 1
        while close < count && bytes[close] != quote {
            if bytes[close] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") { return nil }
            close += 1
        }
        guard close < count else { return nil }
        for index in (close + 1)..<count where bytes[index] != 0x20 { return nil }
        guard let continuations = UTF8Text.check(bytes, from: start + 1, to: close) else { return nil }
        line.valueStart = start + 1
        line.valueLength = close - start - 1
        line.valueWidth = line.valueLength - continuations + 2
        line.style = quote == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
        return continuations
    }

    /// The longest key read here: well within libyaml's 1,024 characters for a simple key.
    static let maxKeyLength = 512

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// The characters that may not start a plain scalar (YAML's c-indicator), and space.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"), 0x20:
            true
        default:
            false
        }
    }
}

/// Checks text for `FlatRecordLine`: printable UTF-8 of one to three bytes a character.
enum UTF8Text {
    /// The count of continuation bytes in `bytes[from..<to]`, or nil when a byte is a tab or a
    /// control character, the UTF-8 is not valid, or a character is C1, a line break other than LF
    /// (NEL, LS, PS), a BOM, a noncharacter, or takes four bytes.
    static func check(_ bytes: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        var index = from, continuations = 0
        while index < to {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte >= 0x20 && byte != 0x7F else { return nil }
                index += 1
                continue
            }
            guard let width = width(bytes, at: index, end: to) else { return nil }
            index += width
            continuations += width - 1
        }
        return continuations
    }

    /// The bytes of the non-ASCII character at `index` (before `end`), or nil when it is not
    /// valid UTF-8 or is refused (see `check`).
    @inline(__always)
    static func width(_ bytes: UnsafePointer<UInt8>, at index: Int, end: Int) -> Int? {
        let byte = bytes[index]
        if byte >= 0xC2 && byte <= 0xDF {
            // Two bytes: U+0080 to U+07FF, of which U+0080 to U+009F (C1, NEL) are refused.
            guard index + 1 < end else { return nil }
            let second = bytes[index + 1]
            guard second <= 0xBF && (second >= 0xA0 || (byte > 0xC2 && second >= 0x80)) else { return nil }
            return 2
        }
        guard byte >= 0xE0 && byte <= 0xEF, index + 2 < end else { return nil }
        let second = bytes[index + 1], third = bytes[index + 2]
        guard second >= 0x80 && second <= 0xBF && third >= 0x80 && third <= 0xBF else { return nil }
        if byte == 0xE0 && second < 0xA0 { return nil }             // overlong
        if byte == 0xED && second >= 0xA0 { return nil }            // surrogates
        if byte == 0xE2 && second == 0x80 && (third == 0xA8 || third == 0xA9) { return nil }   // LS, PS
        if byte == 0xEF && second == 0xBB && third == 0xBF { return nil }                      // BOM
        if byte == 0xEF && second == 0xBF && third >= 0xBE { return nil }                      // U+FFFE, U+FFFF
        return 3
    }
}
