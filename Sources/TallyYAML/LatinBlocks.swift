/// The Unicode blocks Vietnamese letters are written in: Latin-1's letters (U+00C0 to U+00FF, with
/// × and ÷), Latin Extended-A and -B (to U+024F) and Latin Extended Additional (U+1E00 to U+1EFF).
/// None of their characters is white space, a combining mark or wide, so code that asks those
/// questions of each character answers them at once here before asking Unicode's tables.
public enum LatinBlocks {
    public static func holds(_ value: UInt32) -> Bool { (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) }
}
