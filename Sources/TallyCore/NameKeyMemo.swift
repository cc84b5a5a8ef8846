import Foundation

/// The matching keys of the names seen in this process: a roll-up's programmes name the same
/// units again and again, and working out a key (case, white space, Unicode form) costs more than
/// looking it up by the name's bytes. Short names only, at most `limit`; past that it starts again.
final class NameKeyMemo: @unchecked Sendable {
    static let shared = NameKeyMemo()
    static let limit = 16_384
    static let longestName = 256

    private let lock = NSLock()
    /// Each name's key, by the name's bytes.
    private var keys = BytesTable<String>(limit: NameKeyMemo.limit, capacity: 1_024)

    func key(of name: String) -> String? {
        guard name.utf8.count <= Self.longestName else { return nil }
        var name = name
        return name.withUTF8 { bytes in lock.withLock { keys.value(for: UnsafeRawBufferPointer(bytes)) } }
    }

    func keep(_ key: String, for name: String) {
        guard name.utf8.count <= Self.longestName else { return }
        var name = name
        name.withUTF8 { bytes in lock.withLock { keys.keep(key, for: UnsafeRawBufferPointer(bytes)) } }
    }
}
