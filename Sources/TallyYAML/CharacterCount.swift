/// How many characters (grapheme clusters) a text has, as `String.count` says, without Unicode's
/// grapheme rules when no character of the text can join another: printable ASCII, Latin-1 and the
/// Latin extensions (U+00A0 to U+02FF), the precomposed Vietnamese letters (U+1E00 to U+1EFF) and
/// common punctuation (dashes, quotes, bullets; not the zero-width and direction marks). Each of
/// those is one character alone; any other text is counted by `String.count`.
public enum CharacterCount {
    public static func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in simple(bytes) } ?? text.count
    }

    /// The same for text given as valid UTF-8 bytes.
    public static func of(utf8 bytes: UnsafeRawBufferPointer) -> Int {
        simple(bytes.assumingMemoryBound(to: UInt8.self)) ?? String(decoding: bytes, as: UTF8.self).count
    }

    /// The count when every character is one of the simple ones above, else nil.
    static func simple(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0, count = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte >= 0x20 && byte < 0x7F else { return nil }
                index += 1
            } else if byte >= 0xC2 && byte <= 0xCB {
                // U+0080 to U+02FF, of which U+0080 to U+009F are C1 controls.
                guard index + 1 < end, byte > 0xC2 || bytes[index + 1] >= 0xA0 else { return nil }
                index += 2
            } else if byte == 0xE1 || byte == 0xE2 {
                guard index + 2 < end, simpleThreeBytes(byte, bytes[index + 1], bytes[index + 2]) else { return nil }
                index += 3
            } else {
                return nil
            }
            count += 1
        }
        return count
    }

    /// Whether the three-byte character `first second third` is one counted alone: a precomposed
    /// Vietnamese letter, a dash, a quotation mark or other common punctuation (the CSV scan asks too).
    @inline(__always)
    @inlinable
    public static func simpleThreeBytes(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        if first == 0xE1 { return second >= 0xB8 && second <= 0xBB }              // U+1E00 to U+1EFF
        if second == 0x80 { return (third >= 0x90 && third <= 0xA7) || third >= 0xB0 }  // U+2010 to U+2027, U+2030 to U+203F
        return second == 0x81 && third >= 0x80 && third <= 0x9E                      // U+2040 to U+205E
    }
}
