import Foundation

/// Which roster member each value of a field names, worked out once per programme's evaluation
/// and shared by its `each:` targets: several of them group the same records by the same field and
/// roster, and matching a value to a member works out its `NameKey` (case, spaces, accents).
final class MemberPositions: @unchecked Sendable {
    struct Key: Hashable {
        let roster: String
        let field: FieldID
    }

    private let lock = NSLock()
    private var answers: [Key: [UInt64: Int?]] = [:]

    /// The answers found so far for `key`, taken out (so that adding to them does not copy them):
    /// give them back with `give`. Two targets asking at once each start with what is there.
    func take(_ key: Key) -> [UInt64: Int?] {
        lock.withLock { answers.removeValue(forKey: key) ?? [:] }
    }

    func give(_ found: [UInt64: Int?], for key: Key) {
        lock.withLock { answers[key] = found }
    }
}
