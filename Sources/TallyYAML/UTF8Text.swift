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
