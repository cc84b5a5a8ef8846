import Foundation

/// The matching keys of the names seen in this process: a roll-up's programmes name the same
/// units again and again, and working out a key (case, white space, Unicode form) costs more than
/// looking it up by the name's bytes. Short names only, at most `limit`; past that it starts again.
final class NameKeyMemo: @unchecked Sendable {
    static let shared = NameKeyMemo()
    static let limit = 16_384
    static let longestName = 256

    private let lock = NSLock()
    private var keys: [UTF8Key: String] = [:]

    func key(of name: String) -> String? {
        guard name.utf8.count <= Self.longestName else { return nil }
        let name = UTF8Key(name)
        return lock.withLock { keys[name] }
    }

    func keep(_ key: String, for name: String) {
        guard name.utf8.count <= Self.longestName else { return }
        lock.withLock {
            if keys.count >= Self.limit { keys = [:] }
            keys[UTF8Key(name)] = key
        }
    }
}
