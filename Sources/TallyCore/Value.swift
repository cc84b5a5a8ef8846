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
        switch PlainScalar.of(text) {
        case .bool(let flag): .bool(flag)
        case .packed(let packed): .number(packed.number)
        case .number(let number): .number(number)
        case .date(let day): .date(day)
        case .impossibleDate: nil
        case .text: .text(text)
        }
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
