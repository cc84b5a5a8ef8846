import Foundation

/// A `where` or `that` condition over one record, parsed once when the programme loads.
public indirect enum Expression: Sendable, Equatable {
    /// Something a condition compares: a record field or a literal value.
    public enum Operand: Sendable, Equatable {
        case field(String)
        case literal(Value)
    }

    public enum Comparison: String, Sendable {
        case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    }

    /// A bare operand: holds when present and not false, empty or zero.
    case truthy(Operand)
    case compare(Operand, Comparison, Operand)
    case inList(Operand, [Value])
    case inRoster(Operand, String)
    case contains(Operand, Operand)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case not(Expression)

    /// Every field name the expression reads.
    public var fieldNames: [String] {
        func names(_ operand: Operand) -> [String] {
            if case .field(let name) = operand { return [name] }
            return []
        }
        switch self {
        case .truthy(let a): return names(a)
        case .compare(let a, _, let b), .contains(let a, let b): return names(a) + names(b)
        case .inList(let a, _), .inRoster(let a, _): return names(a)
        case .and(let a, let b), .or(let a, let b): return a.fieldNames + b.fieldNames
        case .not(let a): return a.fieldNames
        }
    }

    /// Every roster the expression names with `in ROSTER`.
    public var rosterNames: [String] {
        switch self {
        case .inRoster(_, let roster): [roster]
        case .and(let a, let b), .or(let a, let b): a.rosterNames + b.rosterNames
        case .not(let a): a.rosterNames
        default: []
        }
    }

    /// Fields tested bare (`attended`), which hold whenever they are not false, empty or zero.
    public var truthyFields: [String] {
        switch self {
        case .truthy(.field(let name)): [name]
        case .and(let a, let b), .or(let a, let b): a.truthyFields + b.truthyFields
        case .not(let a): a.truthyFields
        default: []
        }
    }

    /// Fields compared with a number literal, which records must therefore hold as numbers.
    public var numericFields: [String] {
        switch self {
        case .compare(.field(let name), _, .literal(.number)), .compare(.literal(.number), _, .field(let name)): [name]
        case .and(let a, let b), .or(let a, let b): a.numericFields + b.numericFields
        case .not(let a): a.numericFields
        default: []
        }
    }
}

/// The context an expression is evaluated in: the records and the programme's rosters.
public struct ExpressionContext: Sendable {
    public let records: RecordSet
    public let rosters: [String: Roster]

    public init(records: RecordSet, rosters: [String: Roster]) {
        self.records = records
        self.rosters = rosters
    }

    /// The value an operand has in record `index`; `date` and `activity` are the record's own.
    func resolve(_ operand: Expression.Operand, _ index: Int) -> Value? {
        switch operand {
        case .literal(let value): return value
        case .field("date"): return .date(records.records[index].day)
        case .field("activity"): return .text(records.kind(of: index))
        case .field(let name):
            guard let id = records.existingFieldID(name) else { return nil }
            return records.value(id, of: index)
        }
    }
}

extension Expression {
    /// Whether the condition holds for record `index`.
    public func holds(for index: Int, in context: ExpressionContext) -> Bool {
        switch self {
        case .truthy(let operand):
            return context.resolve(operand, index)?.isTruthy ?? false
        case .compare(let a, let op, let b):
            guard let left = context.resolve(a, index), let right = context.resolve(b, index) else { return false }
            return Expression.compare(left, op, right)
        case .inList(let a, let items):
            guard let left = context.resolve(a, index) else { return false }
            return items.contains { Expression.compare(left, .equal, $0) }
        case .inRoster(let a, let rosterName):
            guard let roster = context.rosters[rosterName], let left = context.resolve(a, index) else { return false }
            if case .list(let items) = left { return items.contains { roster.member(named: $0) != nil } }
            return roster.member(named: left.description) != nil
        case .contains(let a, let b):
            guard let left = context.resolve(a, index), let right = context.resolve(b, index) else { return false }
            let needle = NameKey.of(right.description)
            if case .list(let items) = left { return items.contains { NameKey.of($0) == needle } }
            guard case .text(let text) = left else { return false }
            return NameKey.of(text).contains(needle)
        case .and(let a, let b): return a.holds(for: index, in: context) && b.holds(for: index, in: context)
        case .or(let a, let b): return a.holds(for: index, in: context) || b.holds(for: index, in: context)
        case .not(let a): return !a.holds(for: index, in: context)
        }
    }

    /// Compares two values of the same type; a comparison across types is false.
    static func compare(_ left: Value, _ op: Comparison, _ right: Value, key: (String) -> String = NameKey.of) -> Bool {
        let order: ComparisonResult
        switch (left, right) {
        case (.text(let a), .text(let b)):
            let (x, y) = a == b ? (a, a) : (key(a), key(b))
            order = x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
        case (.number(var a), .number(var b)):
            // One comparison of the two decimals, not `==` then `<` (each is a whole comparison).
            // (A value read from a file is never NaN; if one were, it is compared as before.)
            order = a.isNaN || b.isNaN ? (a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)) : NSDecimalCompare(&a, &b)
        case (.date(let a), .date(let b)):
            order = a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        case (.bool(let a), .bool(let b)):
            guard op == .equal || op == .notEqual else { return false }
            order = a == b ? .orderedSame : .orderedAscending
        default:
            return false
        }
        switch op {
        case .equal: return order == .orderedSame
        case .notEqual: return order != .orderedSame
        case .less: return order == .orderedAscending
        case .lessOrEqual: return order != .orderedDescending
        case .greater: return order == .orderedDescending
        case .greaterOrEqual: return order != .orderedAscending
        }
    }
}

/// Remembers the matching key of each text seen, so conditions over millions of records
/// normalise each distinct value once.
final class NameKeyCache {
    private var keys: [String: String] = [:]

    func key(_ text: String) -> String {
        if let known = keys[text] { return known }
        let key = NameKey.of(text)
        keys[text] = key
        return key
    }
}

extension Expression {
    /// The condition as a closure over record indices, with field ids resolved once.
    /// Gives the same answers as `holds(for:in:)`.
    func compiled(_ context: ExpressionContext) -> (Int) -> Bool {
        let cache = NameKeyCache()
        return compile(context, cache)
    }

    private func compile(_ context: ExpressionContext, _ cache: NameKeyCache) -> (Int) -> Bool {
        let records = context.records
        func operand(_ operand: Operand) -> (Int) -> Value? {
            switch operand {
            case .literal(let value): return { _ in value }
            case .field("date"): return { .date(records.records[$0].day) }
            case .field("activity"): return { .text(records.kind(of: $0)) }
            case .field(let name):
                guard let id = records.existingFieldID(name) else { return { _ in nil } }
                return { records.value(id, of: $0) }
            }
        }
        switch self {
        case .truthy(let a):
            let left = operand(a)
            return { left($0)?.isTruthy ?? false }
        case .compare(let a, let op, let b):
            let left = operand(a), right = operand(b)
            return { index in
                guard let x = left(index), let y = right(index) else { return false }
                return Expression.compare(x, op, y, key: cache.key)
            }
        case .inList(let a, let items):
            let left = operand(a)
            return { index in
                guard let value = left(index) else { return false }
                return items.contains { Expression.compare(value, .equal, $0, key: cache.key) }
            }
        case .inRoster(let a, let rosterName):
            let left = operand(a)
            guard let roster = context.rosters[rosterName] else { return { _ in false } }
            let members = MembershipCache(roster)
            return { index in
                guard let value = left(index) else { return false }
                if case .list(let items) = value { return items.contains(where: members.contains) }
                return members.contains(value.description)
            }
        case .contains(let a, let b):
            let left = operand(a), right = operand(b)
            return { index in
                guard let haystack = left(index), let needle = right(index) else { return false }
                let key = cache.key(needle.description)
                if case .list(let items) = haystack { return items.contains { cache.key($0) == key } }
                guard case .text(let text) = haystack else { return false }
                return cache.key(text).contains(key)
            }
        case .and(let a, let b):
            let x = a.compile(context, cache), y = b.compile(context, cache)
            return { x($0) && y($0) }
        case .or(let a, let b):
            let x = a.compile(context, cache), y = b.compile(context, cache)
            return { x($0) || y($0) }
        case .not(let a):
            let x = a.compile(context, cache)
            return { !x($0) }
        }
    }
}

/// Remembers whether each text seen names a member of a roster.
final class MembershipCache {
    private let roster: Roster
    /// By the text's bytes: hashing a `String` key normalises it again each time.
    private var known: [UTF8Key: Bool] = [:]

    init(_ roster: Roster) { self.roster = roster }

    func contains(_ text: String) -> Bool {
        let key = UTF8Key(text)
        if let answer = known[key] { return answer }
        let answer = roster.member(named: text) != nil
        known[key] = answer
        return answer
    }
}
