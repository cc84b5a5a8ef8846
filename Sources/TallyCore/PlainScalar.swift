import Foundation

/// How a plain (unquoted) scalar is typed (FORMAT.md section 4): `true`/`false`, numbers, dates, else text.
/// The one rule for record fields, CSV cells, roster attributes and `tally record`.
enum PlainScalar {
    case bool(Bool)
    /// A number that packs into a stored value (most amounts and counts).
    case packed(StoredValue)
    case number(Decimal)
    case date(Day)
    /// Written like a date but not a real one (`2024-02-30`): an error, with why.
    case impossibleDate(LocalizedText)
    case text

    static func of(_ bytes: UnsafeRawBufferPointer) -> PlainScalar {
        guard let first = bytes.first else { return .text }
        if first == UInt8(ascii: "t") || first == UInt8(ascii: "f") {
            if equals(bytes, "true") { return .bool(true) }
            if equals(bytes, "false") { return .bool(false) }
        } else if (first >= 48 && first <= 57) || first == UInt8(ascii: "-") {
            if let parts = ScalarText.exactParts(bytes), !ScalarText.looksGrouped(bytes),
               let packed = StoredValue.number(magnitude: parts.magnitude, scale: parts.scale, negative: parts.negative) {
                return .packed(packed)
            }
            if case .number(let number) = ScalarText.number(bytes: bytes) { return .number(number) }
            switch ScalarText.date(bytes: bytes) {
            case .day(let day): return .date(day)
            case .impossible(let why): return .impossibleDate(why)
            case .notADate: break
            }
        }
        return .text
    }

    static func of(_ text: String) -> PlainScalar {
        var copy = text
        return copy.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    static func equals(_ bytes: UnsafeRawBufferPointer, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        for index in 0..<bytes.count where bytes[index] != word.utf8Start[index] { return false }
        return true
    }
}
