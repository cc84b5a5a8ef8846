/// `NameKey.unaccented` without Foundation's decomposition for the names it mostly sees: Latin
/// letters with their accents (Vietnamese among them), each mapped once to what the long way
/// makes of it alone. The long way decomposes each character on its own and drops the marks, so
/// letter by letter gives the same text; any other character sends the name the long way.
enum UnaccentedLetters {
    /// Latin-1 (its signs and letters, U+00A0–U+024F with Latin Extended-A/B), Latin Extended
    /// Additional (U+1E00–U+1EFF), and the common punctuation of names (dashes, quotes, bullets:
    /// U+2010–U+2027, U+2030–U+205E); a quarter of the deep-tree shape's organisations have an en dash.
    static let ranges: [ClosedRange<UInt32>] = [0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E]

    /// What each character of the ranges becomes, as UTF-8, one list per range; nil where it is not a character.
    private static let table: [[[UInt8]?]] = ranges.map { range in
        range.map { value in
            Unicode.Scalar(value).map { Array(NameKey.decomposedUnaccented(String(Character($0))).utf8) }
        }
    }

    /// The UTF-8 that character `value` of the ranges becomes; nil outside them.
    private static func letters(_ value: UInt32) -> [UInt8]? {
        for (index, range) in ranges.enumerated() where range.contains(value) {
            return table[index][Int(value - range.lowerBound)]
        }
        return nil
    }

    /// The name with its accents dropped, or nil when it holds a character outside the table.
    /// Written as bytes: appending to a `String` one character at a time costs several times more.
    static func fold(_ name: String) -> String? {
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                folded.append(UInt8(value))
            } else if value >= 0x300 && value < 0x370 {
                continue  // a combining mark (a name in NFD), dropped as the long way drops it
            } else if let letter = letters(value) {
                folded.append(contentsOf: letter)
            } else {
                return nil
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
