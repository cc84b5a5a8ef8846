import Foundation

extension StringProtocol {
    /// The text without white space (Foundation's `.whitespaces`, which also holds the
    /// zero-width space) at either end. Nearly every value has none, and Foundation's trimming
    /// costs more than the rest of reading it, so that case is checked first.
    var trimmedOfWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII is never white space; anything else is asked of Foundation's set itself.
        (0x21..<0x80).contains(scalar.value) ? false : CharacterSet.whitespaces.contains(scalar)
    }
}
