import Foundation
import HTTPTypes
import Hummingbird
import TallyCore

/// Authentication, in one place (FORMAT.md section 13). When a users file exists, every page and
/// API call but `/login` and `/healthz` needs a session cookie or `Authorization: Bearer TOKEN`:
/// pages redirect to `/login`, the API answers `401`. A post made with a session must carry the
/// session's CSRF token (the `csrf` field of a form, `X-CSRF-Token` for JSON), else `403` before
/// any route runs. What each account may read or record is decided by Core's `Access`.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = TallyRequestContext
    let accounts: AccountDirectory
    let sessions: SessionStore

    static let cookieName = "tally_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!
    static let open: Set<String> = ["/login", "/healthz"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        switch accounts.current() {
        case .none:
            return try await next(request, context)
        case .broken:
            if path == "/healthz" { return try await next(request, context) }
            throw PageError.refusal(.serviceUnavailable, Diagnostic(.usersFileBroken, ["file": "\(accounts.path)"]))
        case .accounts(let file):
            var context = context
            context.identity = identify(request, in: file)
            if Self.open.contains(path) { return try await next(request, context) }
            guard let identity = context.identity else {
                if path.hasPrefix("/api/") { throw PageError.refusal(.unauthorized, Diagnostic(.signInNeeded)) }
                return Self.redirectToLogin(from: request)
            }
            var request = request
            if request.method == .post, let session = identity.session {
                let token: String?
                if path.hasPrefix("/api/") {
                    token = request.headers[Self.csrfHeader]
                } else {
                    let form = try await FormBody.read(&request, limit: FormBody.limit(for: path))
                    context.form = form
                    token = form.value("csrf")
                }
                guard let token, Credentials.constantTimeEqual(token, session.csrf) else {
                    throw PageError.refusal(.forbidden, Diagnostic(.formExpired))
                }
            }
            return try await next(request, context)
        }
    }

    /// The account a request proves: a valid Bearer token, else a live session cookie.
    func identify(_ request: Request, in file: AccountsFile) -> Identity? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer",
                  let account = file.account(token: parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
            return Identity(account: account, session: nil)
        }
        guard let id = request.cookies[Self.cookieName]?.value, let session = sessions.touch(id) else { return nil }
        guard let account = file.account(named: session.account), account.passwordHash == session.credential else {
            // The account was removed from the users file, or added again or given a new password:
            // its sessions end with it.
            sessions.end(id)
            return nil
        }
        return Identity(account: account, session: session)
    }

    /// `303` to the login page, which comes back here after signing in.
    static func redirectToLogin(from request: Request) -> Response {
        let back = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        let encoded = back.addingPercentEncoding(withAllowedCharacters: PathComponents.allowed) ?? "%2F"
        return Response(status: .seeOther, headers: [.location: "/login?next=" + encoded])
    }
}
