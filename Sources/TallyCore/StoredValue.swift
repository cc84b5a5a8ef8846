import Foundation

/// A field value packed into 64 bits: a 3-bit tag and a 61-bit payload. A text is its place in
/// the record set's byte arena (offset and length); lists, numbers too large to pack and texts too
/// long to place live in side tables, so a field costs 12 bytes (id and value) however long a
/// year of records is, and a text only its UTF-8 bytes.
struct StoredValue: Sendable, Hashable {
    enum Tag: UInt64 { case text = 0, number, date, bool, list, decimal, longText }

    let bits: UInt64

    init(_ tag: Tag, _ payload: UInt64) { bits = tag.rawValue << 61 | (payload & StoredValue.payloadMask) }

    static let payloadMask: UInt64 = (1 << 61) - 1
    var tag: Tag { Tag(rawValue: bits >> 61) ?? .text }
    var payload: UInt64 { bits & StoredValue.payloadMask }

    /// Texts of up to this many bytes are placed in the arena by offset and length; longer ones go to a side table.
    static let textLengthBits: UInt64 = 21
    static let maxPlacedTextLength = (1 << Int(textLengthBits)) - 1

    /// A text at `offset` in the arena, `length` bytes long (at most `maxPlacedTextLength`).
    static func placedText(offset: Int, length: Int) -> StoredValue {
        StoredValue(.text, UInt64(offset) << textLengthBits | UInt64(length))
    }

    /// Where a placed text is in the arena: the layout is decoded here only.
    var textPlace: (offset: Int, length: Int) {
        (Int(payload >> StoredValue.textLengthBits), Int(payload & ((1 << StoredValue.textLengthBits) - 1)))
    }

    /// The same text when the arena it points into is appended after `base` other bytes.
    func movingText(by base: Int) -> StoredValue {
        StoredValue(.text, payload + UInt64(base) << StoredValue.textLengthBits)
    }

    /// Numbers up to this magnitude (before the decimal scale) pack exactly.
    static let magnitudeLimit: UInt64 = 1 << 56

    /// A number packed from its digits, or nil when it does not fit (it then goes to the side table).
    static func number(magnitude: UInt64, scale: Int, negative: Bool) -> StoredValue? {
        guard scale >= 0, scale <= 15, magnitude < magnitudeLimit else { return nil }
        let sign: UInt64 = negative && magnitude != 0 ? 1 << 60 : 0
        return StoredValue(.number, sign | magnitude << 4 | UInt64(scale))
    }

    /// A packed number's digits: the layout is decoded here only (sign bit 60, magnitude from bit 4, scale in bits 0-3).
    var packedNumber: (magnitude: UInt64, scale: Int, negative: Bool) {
        ((payload & ~(1 << 60)) >> 4, Int(payload & 0xF), payload >> 60 & 1 == 1)
    }

    /// The exact value of a packed number.
    var number: Decimal {
        let parts = packedNumber
        return Decimal(sign: parts.negative ? .minus : .plus, exponent: -parts.scale, significand: Decimal(parts.magnitude))
    }

    /// The packed form of a decimal, read back from its digits, or nil when it does not fit.
    static func number(_ value: Decimal) -> StoredValue? {
        var text = value.description
        return text.withUTF8 { bytes in
            ScalarText.exactParts(UnsafeRawBufferPointer(bytes)).flatMap { number(magnitude: $0.magnitude, scale: $0.scale, negative: $0.negative) }
        }
    }
}
