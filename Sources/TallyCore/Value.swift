import Foundation

/// A typed value of a record field or roster attribute.
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case text(String)
    case number(Decimal)
    case date(Day)
    case bool(Bool)
    case list([String])

    /// Types a plain (unquoted) scalar: `true`/`false`, numbers, dates, else text.
    /// Returns nil for an impossible date such as `2024-02-30`, which is an error.
    public static func typing(plain text: String) -> Value? {
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let first = text.utf8.first, first >= 48 && first <= 57 || first == UInt8(ascii: "-") {
            if case .number(let number) = ScalarText.number(text) { return .number(number) }
            switch ScalarText.date(text) {
            case .day(let day): return .date(day)
            case .impossible: return nil
            case .notADate: break
            }
        }
        return .text(text)
    }

    /// Whether a bare field name holds: present and not false, empty or zero.
    public var isTruthy: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .number(let number): !number.isZero
        case .date: true
        case .bool(let flag): flag
        case .list(let items): !items.isEmpty
        }
    }

    public var description: String {
        switch self {
        case .text(let text): text
        case .number(let number): number.description
        case .date(let day): day.description
        case .bool(let flag): flag ? "true" : "false"
        case .list(let items): items.joined(separator: " | ")
        }
    }
}
