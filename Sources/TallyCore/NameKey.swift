import Foundation

/// How names are compared: ignoring letter case, folding runs of white space,
/// and treating canonically equivalent Unicode (NFC and NFD Vietnamese) as equal.
public enum NameKey {
    /// The matching key of a name.
    public static func of(_ name: String) -> String {
        if let known = NameKeyMemo.shared.key(of: name) { return known }
        let key = computed(name)
        NameKeyMemo.shared.keep(key, for: name)
        return key
    }

    static func computed(_ name: String) -> String {
        if let simple = simpleKey(name) { return simple }
        // Runs of spaces (a clerk's double space, spaces at either end) folded on the bytes, then
        // the simple way again: any other white space or character leaves it to the long way.
        if let spaced = foldedSpaces(name), let simple = simpleKey(spaced) { return simple }
        // Letters written decomposed (NFD, as some keyboards and Mac files give them): composed by
        // Foundation, then the simple way when that leaves a simple name (nothing then to fold).
        if name.unicodeScalars.contains(where: { (0x300...0x36F).contains($0.value) }),
           let simple = simpleKey(name.precomposedStringWithCanonicalMapping) {
            return simple
        }
        return longKey(name)
    }

    /// The key the long way: white space folded by characters, Foundation's NFC, then lower case.
    static func longKey(_ name: String) -> String {
        let folded = name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return folded.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// `name` with each run of spaces (U+0020) made one and those at either end dropped; nil when it has none to fold.
    static func foldedSpaces(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var space = false, folded = false
        for byte in name.utf8 {
            if byte == 0x20 {
                if space || bytes.isEmpty { folded = true }
                space = true
                continue
            }
            if space && !bytes.isEmpty { bytes.append(0x20) }
            space = false
            bytes.append(byte)
        }
        guard folded || space else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The key of a name that is already folded and in NFC, found without Foundation's
    /// normalisation (the slow part): single spaces between words and only characters that NFC
    /// leaves alone (Latin letters and marks below U+0300, the precomposed Vietnamese letters
    /// U+1E00-U+1EFF, dashes and quotes U+2010-U+2027). Nil for any other name.
    static func simpleKey(_ name: String) -> String? {
        var afterSpace = true
        var shifts = true
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                if afterSpace { return nil }
                afterSpace = true
                continue
            }
            afterSpace = false
            if value < 0x21 || (value >= 0x7F && value <= 0xA0) { return nil }
            if value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value) {
                if shifts && lowercase(value) == nil { shifts = false }
                continue
            }
            return nil
        }
        if afterSpace && !name.isEmpty { return nil }
        return shifts ? shiftedToLowercase(name) : name.lowercased()
    }

    /// `name` with each letter replaced by `lowercase(_:)` of it, written straight into UTF-8: a letter
    /// and its lower case take as many bytes in every range that function shifts.
    static func shiftedToLowercase(_ name: String) -> String {
        String(unsafeUninitializedCapacity: name.utf8.count) { buffer in
            var written = 0
            for scalar in name.unicodeScalars {
                UTF8.encode(lowercase(scalar.value) ?? scalar) { byte in
                    if written < buffer.count { buffer[written] = byte }
                    written += 1
                }
            }
            return min(written, buffer.count)
        }
    }

    /// The lower case of one letter of a simple name where it is a plain shift (ASCII, Latin-1,
    /// the Latin Extended-A pairs, Ơ, Ư and the Vietnamese letters U+1E00-U+1EFF; the same as
    /// `String.lowercased()`, NameKeyTests compares every one); nil where it is not, and the
    /// whole name is then lowercased by the standard library.
    static func lowercase(_ value: UInt32) -> Unicode.Scalar? {
        let lower: UInt32?
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: lower = value + 0x20
        case 0...0x7F, 0xA1...0xBF, 0xD7, 0xDF...0xFF, 0x2010...0x2027, 0x1E96...0x1E9D, 0x1E9F: lower = value
        case 0x100...0x12F, 0x132...0x137, 0x14A...0x177, 0x1E00...0x1E95, 0x1EA0...0x1EFF: lower = value | 1
        case 0x139...0x148: lower = value % 2 == 1 ? value + 1 : value
        case 0x1A0, 0x1A1: lower = 0x1A1
        case 0x1AF, 0x1B0: lower = 0x1B0
        default: lower = nil
        }
        return lower.flatMap(Unicode.Scalar.init)
    }

    /// The name with diacritics removed (`Bảo trợ` -> `bao tro`, `Đoàn` -> `doan`), for suggestions.
    public static func unaccented(_ name: String) -> String {
        let key = of(name)
        return UnaccentedLetters.fold(key) ?? decomposedUnaccented(key)
    }

    /// `unaccented` the long way: Foundation's canonical decomposition, marks dropped.
    static func decomposedUnaccented(_ name: String) -> String {
        let key = name.decomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar {
            case "đ", "Đ": scalars.append("d")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

/// Finds the known words or names nearest to a mistyped one, for "did you mean" hints.
public enum Suggestion {
    /// Candidates within a small edit distance of `word`, nearest first.
    public static func nearest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(NameKey.unaccented(word))
        guard !target.isEmpty else { return [] }
        var scored: [(String, Int)] = []
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate).inserted {
            let other = Array(NameKey.unaccented(candidate))
            let distance = editDistance(target, other)
            let allowed = max(2, min(target.count, other.count) / 3)
            let contains = other.count >= 4 && target.count >= 4 &&
                (String(other).contains(String(target)) || String(target).contains(String(other)))
            if distance <= allowed || contains {
                scored.append((candidate, contains ? min(distance, 1) : distance))
            }
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    /// Whether a record field named `name` is probably a misspelling of the known field `known`
    /// (which then gets an unknown-field warning with "did you mean"): one letter wrong, missing,
    /// added or two swapped; two such slips only when both names have at least 8 letters. A
    /// clerk's own short field (`ho-ten`, a person's name) is not taken for `so-tien` two slips away.
    public static func isProbableMisspelling(_ name: String, of known: String) -> Bool {
        slips(Array(name), Array(known)) != nil
    }

    /// The known field `name` is most probably a misspelling of (the fewest slips, then the first).
    public static func probableMisspelling(of name: String, among known: [String]) -> String? {
        // Names of plain ASCII are compared byte by byte: each byte is one character there, and
        // comparing characters costs several times more (a roll-up asks this of every file).
        let plain = plainBytes(name)
        lazy var letters = Array(name)
        var best: (name: String, slips: Int)?
        for candidate in known {
            let found: Int?
            if let plain, let other = plainBytes(candidate) {
                guard abs(plain.count - other.count) <= 2 else { continue }
                found = slips(plain, other)
            } else {
                found = slips(letters, Array(candidate))
            }
            guard let found, found < (best?.slips ?? 3) else { continue }
            best = (candidate, found)
        }
        return best?.name
    }

    /// The bytes of `text` when each is one character (ASCII, no CR LF pair); nil otherwise.
    private static func plainBytes(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte >= 0x80 || (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            return nil
        }
        return bytes
    }

    /// How many slips apart a misspelling is from a known name (see `isProbableMisspelling`), or nil.
    private static func slips<Letter: Equatable>(_ a: [Letter], _ b: [Letter]) -> Int? {
        guard a != b, abs(a.count - b.count) <= 2 else { return nil }
        let distance = transpositionDistance(a, b, giveUpPast: 2)
        return distance == 1 || (distance == 2 && min(a.count, b.count) >= 8) ? distance : nil
    }

    /// The edit distance counting a swap of two neighbouring characters as one edit (optimal string
    /// alignment); past `limit` it stops at the first row whose every cell is over it, and answers
    /// that row's least (the distance is then at least that).
    static func transpositionDistance<Letter: Equatable>(_ a: [Letter], _ b: [Letter], giveUpPast limit: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // One flat table of (a.count + 1) × (b.count + 1) cells.
        let width = b.count + 1
        var cells = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in 0...a.count { cells[i * width] = i }
        for j in 0...b.count { cells[j] = j }
        for i in 1...a.count {
            var rowLeast = cells[i * width]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(cells[(i - 1) * width + j] + 1, cells[i * width + j - 1] + 1, cells[(i - 1) * width + j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, cells[(i - 2) * width + j - 2] + 1) }
                cells[i * width + j] = best
                rowLeast = min(rowLeast, best)
            }
            // A swap reads two rows back, so stop only when this row and the one before are both past the limit.
            if rowLeast > limit, i > 1, (0...b.count).allSatisfy({ cells[(i - 1) * width + $0] > limit }) { return rowLeast }
        }
        return cells[a.count * width + b.count]
    }

    /// Levenshtein distance between two character arrays.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension NameKey {
    /// What organisations are ordered by first, in roll-ups: letter case and diacritics aside
    /// (equal keys are then compared exactly).
    public static func forSorting(_ name: String) -> String { unaccented(lowercased(name)) }

    /// `name.lowercased()`, letter by letter when every letter is a plain shift (`lowercase(_:)`):
    /// the standard library's takes tens of thousands of instructions for a long Vietnamese name.
    static func lowercased(_ name: String) -> String {
        name.unicodeScalars.allSatisfy { lowercase($0.value) != nil } ? shiftedToLowercase(name) : name.lowercased()
    }
}
