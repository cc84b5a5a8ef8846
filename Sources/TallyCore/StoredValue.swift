import Foundation

/// A field value packed into 64 bits: a 3-bit tag and a 61-bit payload. Texts, lists and
/// numbers too large to pack live in side tables of the record set, so a field costs
/// 12 bytes (id and value) however long a year of records is.
struct StoredValue: Sendable, Hashable {
    enum Tag: UInt64 { case text = 0, number, date, bool, list, decimal }

    let bits: UInt64

    init(_ tag: Tag, _ payload: UInt64) { bits = tag.rawValue << 61 | (payload & StoredValue.payloadMask) }

    static let payloadMask: UInt64 = (1 << 61) - 1
    var tag: Tag { Tag(rawValue: bits >> 61) ?? .text }
    var payload: UInt64 { bits & StoredValue.payloadMask }

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
