import Foundation

/// Schema-directed conversion of scalar text: dates, numbers, percentages, durations.
///
/// Nothing is typed implicitly: each field asks for the type it expects.
public enum ScalarText {
    /// The outcome of reading a date.
    public enum DateResult: Equatable {
        case day(Day)
        /// Shaped like a date, but the day does not exist (`2024-02-30`).
        case impossible(LocalizedText)
        case notADate
    }

    /// Reads `YYYY-MM-DD` or day-first `D/M/YYYY`.
    public static func date(_ text: String) -> DateResult {
        var copy = text
        return copy.withUTF8 { date(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Reads a date from UTF-8 bytes, without creating a string.
    public static func date(bytes: UnsafeRawBufferPointer) -> DateResult {
        let count = bytes.count
        @inline(__always) func digits(_ from: Int, _ to: Int) -> Int? {
            guard from < to, to <= count else { return nil }
            var value = 0
            for index in from..<to {
                let byte = bytes[index]
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        var parts: (Int, Int, Int)?
        if count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           let y = digits(0, 4), let m = digits(5, 7), let d = digits(8, 10) {
            parts = (y, m, d)
        } else if count >= 8 && count <= 10 {
            // The places of the first two slashes, and how many there are.
            var first = -1, second = -1, slashes = 0
            for index in 0..<count where bytes[index] == UInt8(ascii: "/") {
                if slashes == 0 { first = index } else if slashes == 1 { second = index }
                slashes += 1
            }
            if slashes == 2, (1...2).contains(first), (1...2).contains(second - first - 1),
               count - second - 1 == 4, let d = digits(0, first), let m = digits(first + 1, second),
               let y = digits(second + 1, count) {
                parts = (y, m, d)
            }
        }
        guard let (y, m, d) = parts else { return .notADate }
        if let day = Day(year: y, month: m, day: d) { return .day(day) }
        if !(1...12).contains(m) { return .impossible(LocalizedText(en: "there is no month \(m)", vi: "không có tháng \(m)")) }
        let days = Day.daysIn(month: m, year: y)
        return .impossible(LocalizedText(en: "month \(m) of \(y) has \(days) days", vi: "tháng \(m) năm \(y) chỉ có \(days) ngày"))
    }

    /// The outcome of reading a number.
    public enum NumberResult: Equatable {
        case number(Decimal)
        /// Written with thousands separators or a decimal comma; the payload is how to write it.
        case separated(suggestion: String)
        case notANumber
    }

    /// Reads plain digits with an optional sign and decimal point (`2000000`, `12.5`, `-3`).
    public static func number(_ text: String) -> NumberResult {
        var copy = text
        return copy.withUTF8 { number(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The digits of a plain decimal number (`-12.50`): magnitude, decimal scale and sign; nil for anything else.
    static func exactParts(_ bytes: UnsafeRawBufferPointer) -> (magnitude: UInt64, scale: Int, negative: Bool)? {
        var magnitude: UInt64 = 0, scale = 0, sawDigit = false, sawPoint = false, negative = false
        for index in 0..<bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "-") where index == 0: negative = true
            case UInt8(ascii: "+") where index == 0: break
            case UInt8(ascii: ".") where !sawPoint && sawDigit: sawPoint = true
            case 48...57:
                sawDigit = true
                let (times, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(UInt64(byte - 48))
                if o1 || o2 { return nil }
                magnitude = plus
                if sawPoint { scale += 1 }
            default: return nil
            }
        }
        return sawDigit && bytes.last != UInt8(ascii: ".") ? (magnitude, scale, negative) : nil
    }

    /// Reads a number from UTF-8 bytes; only unusual input creates a string.
    public static func number(bytes: UnsafeRawBufferPointer) -> NumberResult {
        var mantissa: UInt64 = 0
        var fractionDigits = 0
        var sawDigit = false
        var sawPoint = false
        var negative = false
        var overflow = false
        var groupedCandidate = false
        for index in 0..<bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "-") where index == 0: negative = true
            case UInt8(ascii: "+") where index == 0: break
            case UInt8(ascii: "."):
                if sawPoint || !sawDigit { return separated(String(decoding: bytes, as: UTF8.self)) }
                sawPoint = true
                groupedCandidate = bytes.count - index - 1 >= 3
            case 48...57:
                sawDigit = true
                let (times, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(UInt64(byte - 48))
                overflow = overflow || o1 || o2
                mantissa = plus
                if sawPoint { fractionDigits += 1 }
            default:
                return separated(String(decoding: bytes, as: UTF8.self))
            }
        }
        guard sawDigit, bytes.last != UInt8(ascii: ".") else { return .notANumber }
        if groupedCandidate {
            let text = String(decoding: bytes, as: UTF8.self)
            if isThousandsGrouped(text.hasPrefix("-") || text.hasPrefix("+") ? String(text.dropFirst()) : text, separator: ".") {
                return separated(text)
            }
        }
        if overflow {
            guard let value = Decimal(string: String(decoding: bytes, as: UTF8.self), locale: Locale(identifier: "en_US_POSIX")) else { return .notANumber }
            return .number(value)
        }
        return .number(Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(mantissa)))
    }

    /// Whether a number's bytes might be a grouped amount such as `2.000` (a point followed by
    /// exactly three digits), which `number(bytes:)` then examines closely.
    static func looksGrouped(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let point = bytes.firstIndex(of: UInt8(ascii: ".")) else { return false }
        return bytes.count - point - 1 >= 3
    }

    /// Whether `text` looks like a grouped amount: `2.000.000` or `2,000,000`.
    static func isThousandsGrouped(_ text: String, separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        // A group never starts with 0 (0.125 is a decimal), and one dot group is read as
        // thousands only when it stands for an amount of at least 1.000.
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count), first.first != "0" else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func separated(_ text: String) -> NumberResult {
        let core = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.dropFirst()) : text
        if isThousandsGrouped(core, separator: ".") || isThousandsGrouped(core, separator: ",") {
            return .separated(suggestion: text.filter { $0 != "." && $0 != "," })
        }
        let parts = core.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) {
            return .separated(suggestion: text.replacingOccurrences(of: ",", with: "."))
        }
        return .notANumber
    }

    /// Reads a percentage such as `90%` or `12.5%`, returning the number before `%`.
    public static func percent(_ text: String) -> Decimal? {
        guard text.hasSuffix("%") else { return nil }
        let body = String(text.dropLast()).trimmedOfWhitespace
        guard case .number(let value) = number(body), value >= 0 else { return nil }
        return value
    }

    /// Reads a duration, `Nd` (days) or `Nw` (weeks), as a number of days.
    public static func duration(_ text: String) -> Int? {
        guard let unit = text.last, let count = Int(text.dropLast()), count >= 0, count < 100_000 else { return nil }
        switch unit {
        case "d": return count
        case "w": return count * 7
        default: return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
