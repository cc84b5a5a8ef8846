import Foundation
import TallyYAML

extension StringProtocol {
    /// The text without white space (Foundation's `.whitespaces`, which also holds the
    /// zero-width space) at either end. Nearly every value has none, and Foundation's trimming
    /// costs more than the rest of reading it, so that case is checked first.
    var trimmedOfWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !isSpace(first) && !isSpace(last) { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }

    private func isSpace(_ scalar: Unicode.Scalar) -> Bool { WhiteSpace.isSpace(scalar) }
}

enum WhiteSpace {
    /// Printable ASCII (U+0021 to U+007F) is never white space: what each trimming checks first,
    /// on characters or on UTF-8 bytes (no byte of a longer character is below 0x80).
    static func neverIn(_ value: UInt32) -> Bool { (0x21..<0x80).contains(value) }

    /// Whether `scalar` is white space as trimming counts it (Foundation's `.whitespaces`): printable
    /// ASCII and the Latin letter blocks are answered at once, anything else is asked of the set.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        neverIn(scalar.value) || LatinBlocks.holds(scalar.value) ? false : CharacterSet.whitespaces.contains(scalar)
    }

    /// Whether neither the first nor the last character of UTF-8 `bytes` is white space, so that
    /// trimming would leave them as they are; false when either cannot be decoded (then the caller
    /// trims the long way). A Vietnamese text nearly always starts or ends with a letter beyond ASCII.
    static func edgesAreNotSpace(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if neverIn(UInt32(first)) && neverIn(UInt32(last)) { return true }
        guard let head = firstScalar(bytes), let tail = lastScalar(bytes) else { return false }
        return !isSpace(head) && !isSpace(tail)
    }

    /// The first character of UTF-8 `bytes`, if it is well formed.
    static func firstScalar(_ bytes: UnsafeRawBufferPointer) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The last character of UTF-8 `bytes`, if it is well formed: its lead byte is found by going
    /// back over at most three continuation bytes.
    static func lastScalar(_ bytes: UnsafeRawBufferPointer) -> Unicode.Scalar? {
        var start = bytes.count - 1
        while start > 0, bytes.count - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let tail = UnsafeRawBufferPointer(rebasing: bytes[start...])
        guard let scalar = firstScalar(tail), scalar.utf8.count == tail.count else { return nil }
        return scalar
    }
}
