import Foundation

/// How names are compared: ignoring letter case, folding runs of white space,
/// and treating canonically equivalent Unicode (NFC and NFD Vietnamese) as equal.
public enum NameKey {
    /// The matching key of a name.
    public static func of(_ name: String) -> String {
        if let simple = simpleKey(name) { return simple }
        let folded = name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return folded.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// The key of a name that is already folded and in NFC, found without Foundation's
    /// normalisation (the slow part): single spaces between words and only characters that NFC
    /// leaves alone (Latin letters and marks below U+0300, the precomposed Vietnamese letters
    /// U+1E00-U+1EFF, dashes and quotes U+2010-U+2027). Nil for any other name.
    static func simpleKey(_ name: String) -> String? {
        var afterSpace = true
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                if afterSpace { return nil }
                afterSpace = true
                continue
            }
            afterSpace = false
            if value < 0x21 || (value >= 0x7F && value <= 0xA0) { return nil }
            if value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value) { continue }
            return nil
        }
        if afterSpace && !name.isEmpty { return nil }
        return name.lowercased()
    }

    /// The name with diacritics removed (`Bảo trợ` -> `bao tro`, `Đoàn` -> `doan`), for suggestions.
    public static func unaccented(_ name: String) -> String {
        let key = of(name).decomposedStringWithCanonicalMapping
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
