import Foundation
import TallyCore

/// The users file as the server sees it: read again when it changes on disk (so `tally user add`,
/// `remove` and `token` take effect on the next request), absent when there is no file (the
/// read-only server of section 12), and failing closed when the file has errors.
final class AccountDirectory: @unchecked Sendable {
    enum State: Sendable {
        /// No users file: the read-only server, loopback only.
        case none
        case accounts(AccountsFile)
        /// The file exists but cannot be used: nobody is let in until it is fixed.
        case broken
    }

    let path: String
    private let lock = NSLock()
    private var stamp: FileStamp?
    private var cached: State?

    init(path: String) { self.path = path }

    /// The accounts as the file says now.
    func current() -> State {
        lock.withLock {
            let now = FileStamp.of(path)
            if let cached, now == stamp { return cached }
            stamp = now
            let state: State
            if now == nil {
                state = .none
            } else {
                do { state = .accounts(try AccountsFile.load(path: path)) } catch { state = .broken }
            }
            cached = state
            return state
        }
    }
}
