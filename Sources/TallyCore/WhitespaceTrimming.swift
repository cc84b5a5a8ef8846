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
        // Anything but printable ASCII is asked of Foundation's set itself.
        WhiteSpace.neverIn(scalar.value) ? false : CharacterSet.whitespaces.contains(scalar)
    }
}

enum WhiteSpace {
    /// Printable ASCII (U+0021 to U+007F) is never white space: what each trimming checks first,
    /// on characters or on UTF-8 bytes (no byte of a longer character is below 0x80).
    static func neverIn(_ value: UInt32) -> Bool { (0x21..<0x80).contains(value) }
}
