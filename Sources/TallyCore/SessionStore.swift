import Foundation

/// Signed-in sessions of the web server: random 256-bit ids (from the system's CSPRNG) held in memory, each with
/// its account name and its CSRF token, ended after 12 hours idle or at logout.
public final class SessionStore: @unchecked Sendable {
    public struct Session: Sendable {
        public var id: String
        public var account: String
        public var csrf: String
        public var lastSeen: Date
        /// The account's password hash when the session began: an account removed and added again
        /// under the same name, or given a new password, does not inherit the session.
        public var credential: String? = nil
    }

    public static let idleLimit: TimeInterval = 12 * 3600
    private var sessions: [String: Session] = [:]
    private let lock = NSLock()
    private let clock: @Sendable () -> Date

    public init(clock: @escaping @Sendable () -> Date = { Date() }) { self.clock = clock }

    /// Starts a session for `account`.
    public func start(account: String, credential: String? = nil) -> Session {
        let session = Session(id: Credentials.randomHex(bytes: 32), account: account, csrf: Credentials.randomHex(bytes: 32),
                              lastSeen: clock(), credential: credential)
        lock.withLock {
            sweep()
            sessions[session.id] = session
        }
        return session
    }

    /// The live session with `id`, its idle time restarted; nil when unknown or expired.
    public func touch(_ id: String) -> Session? {
        lock.withLock {
            let now = clock()
            guard var session = sessions[id] else { return nil }
            guard now.timeIntervalSince(session.lastSeen) < Self.idleLimit else {
                sessions[id] = nil
                return nil
            }
            session.lastSeen = now
            sessions[id] = session
            return session
        }
    }

    public func end(_ id: String) { lock.withLock { _ = sessions.removeValue(forKey: id) } }

    /// Ends every session of an account (removed from the users file).
    public func end(account: String) { lock.withLock { sessions = sessions.filter { !Account.sameName($0.value.account, account) } } }

    private func sweep() {
        let now = clock()
        if sessions.count > 1000 { sessions = sessions.filter { now.timeIntervalSince($0.value.lastSeen) < Self.idleLimit } }
    }
}
