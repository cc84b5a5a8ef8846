import TallyCore

/// Who a request comes from: the account, and the session when it came with a cookie (a Bearer
/// token has none, and its posts need no CSRF field: browsers never send it on their own).
public struct Identity: Sendable {
    public var account: Account
    public var session: SessionStore.Session?
}
