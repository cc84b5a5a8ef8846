import Foundation

/// A decimal's integer value read straight from how Foundation stores it (exponent, sign, length
/// and mantissa words), for the whole numbers a roll-up asks about again and again (80% of each
/// member's headcount): Foundation's own comparisons and conversions allocate each time.
///
/// The layout is Foundation's, not a promise: it is checked once against Foundation's own answers
/// (`layoutKnown`), and when it does not match, every answer is nil and the callers take the
/// long way. (It matches swift-foundation on Linux; Darwin's Foundation packs the flags the other
/// way round, so there the check turns this reading off.) Nil also for anything but a whole number whose digits fit 48 bits, times a power of ten.
enum DecimalDigits {
    /// The value of `value` when it is a whole number of at most 15 digits (as `Exact.integer`) that
    /// this reading can tell; else nil.
    static func integer(_ value: Decimal) -> Int? {
        guard layoutKnown else { return nil }
        return read(value)
    }

    private static func read(_ value: Decimal) -> Int? {
        withUnsafeBytes(of: value) { raw -> Int? in
            guard raw.count >= 20 else { return nil }
            let exponent = Int(Int8(bitPattern: raw[0])), flags = raw[1]
            let length = Int(flags >> 4), negative = flags & 0x08 != 0
            // No digits: zero, or NaN when the sign is set.
            if length == 0 { return negative ? nil : 0 }
            guard length <= 3, (0...12).contains(exponent) else { return nil }
            var mantissa = 0
            for word in (0..<length).reversed() { mantissa = mantissa << 16 | Int(raw[4 + 2 * word]) | Int(raw[5 + 2 * word]) << 8 }
            for _ in 0..<exponent {
                let (next, overflow) = mantissa.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                mantissa = next
            }
            guard mantissa < 1_000_000_000_000_000 else { return nil }
            return negative ? -mantissa : mantissa
        }
    }

    /// Whether the layout is the one `read` expects: it gives Foundation's answers for values of
    /// every length, sign and exponent it reads, and nothing for a fraction.
    static let layoutKnown: Bool = {
        let samples = ["0", "7", "-12", "120", "1e3", "65536", "-4294967296", "281474976710655", "123456789012", "1000000"]
        for text in samples {
            guard let value = Decimal(string: text), read(value) == Int(NSDecimalNumber(decimal: value).int64Value) else { return false }
        }
        return read(Decimal(string: "1.5")!) == nil && read(Decimal(string: "-7.25")!) == nil
    }()
}
